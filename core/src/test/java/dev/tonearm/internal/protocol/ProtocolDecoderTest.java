package dev.tonearm.internal.protocol;

import static dev.tonearm.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.gson.JsonParser;
import dev.tonearm.ProtocolException;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.json.JsonView;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.PlayerState;
import dev.tonearm.player.VoiceState;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.RoutePlannerStatus;
import dev.tonearm.rest.SessionSettings;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.PlaylistInfo;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolDecoderTest {
  private static final String RICK_ENCODED = "QAAAjQIAJVJpY2sgQXN0bGV5IC0gTmV2ZXIgR29ubmEgR2l2ZSBZb3UgVXAADlJpY2tBc3RsZXlWRVZPAAAAAAADPCAAC2RRdzR3OVdnWGNRAAEAK2h0dHBzOi8vd3d3LnlvdXR1YmUuY29tL3dhdGNoP3Y9ZFF3NHc5V2dYY1EAB3lvdXR1YmUAAAAAAAAAAA==";

  private static TrackInfo rickInfo(long position) {
    return new TrackInfo("dQw4w9WgXcQ", true, "RickAstleyVEVO", 212000, false, position,
        "Rick Astley - Never Gonna Give You Up", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg", null, "youtube");
  }

  private static ServerMessage example(String name) {
    return ProtocolDecoder.message(read("protocol-examples/" + name));
  }

  @Test
  void message_readyExample_givesReady() {
    assertThat(example("ws-op-ready.json")).isEqualTo(new ServerMessage.Ready(false, "..."));
  }

  @Test
  void message_playerUpdateExample_givesEveryStateField() {
    assertThat(example("ws-op-player-update.json"))
        .isEqualTo(new ServerMessage.PlayerUpdate("...", new PlayerState(1500467109, 60000, true, 50)));
  }

  @Test
  void message_statsExample_givesEveryField() {
    assertThat(example("ws-op-stats.json")).isEqualTo(new ServerMessage.Stats(new NodeStats(1, 1,
        123456789, new NodeStats.Memory(123456789, 123456789, 123456789, 123456789),
        new NodeStats.Cpu(4, 0.5, 0.5), new NodeStats.FrameStats(6000, 10, -3010))));
  }

  @Test
  void message_statsWithNullFrameStats_givesNullFrameStats() {
    ServerMessage message = ProtocolDecoder.message(read("protocol/ws-stats-before-ready-null-framestats.json"));

    assertThat(message).asInstanceOf(type(ServerMessage.Stats.class))
        .extracting(stats -> stats.stats().frameStats()).isNull();
  }

  @Test
  void message_trackStartExample_givesTrackWithEmptyUserData() {
    assertThat(example("ws-event-track-start.json")).isEqualTo(new ServerMessage.TrackStart("...",
        Track.of(RICK_ENCODED, rickInfo(0))));
  }

  @Test
  void message_trackEndExample_givesReason() {
    assertThat(example("ws-event-track-end.json")).isEqualTo(new ServerMessage.TrackEnd("...",
        Track.of(RICK_ENCODED, rickInfo(0)), TrackEndReason.FINISHED));
  }

  @Test
  void message_trackExceptionExample_givesException() {
    assertThat(example("ws-event-track-exception.json")).isEqualTo(new ServerMessage.TrackException(
        "...", Track.of(RICK_ENCODED, rickInfo(0)), new TrackError("...", Severity.COMMON, "...", "...")));
  }

  @Test
  void message_trackStuckExample_givesThreshold() {
    assertThat(example("ws-event-track-stuck.json")).isEqualTo(new ServerMessage.TrackStuck("...",
        Track.of(RICK_ENCODED, rickInfo(0)), 123456789));
  }

  @Test
  void message_webSocketClosedExample_givesCodeReasonAndByRemote() {
    assertThat(example("ws-event-websocket-closed.json")).isEqualTo(new ServerMessage.WebSocketClosed(
        "...", 4006, "Your session is no longer valid.", true));
  }

  @Test
  void message_genericEventExample_givesUnknownEventWithRawJson() {
    assertThat(example("ws-op-event-generic.json")).isEqualTo(new ServerMessage.UnknownEvent(
        "...", "...", JsonParser.parseString(read("protocol-examples/ws-op-event-generic.json")).getAsJsonObject()));
  }

  @Test
  void message_pluginEvent_keepsEveryFieldOfTheRawJson() {
    ServerMessage message = ProtocolDecoder.message(read("protocol/ws-event-plugin.json"));

    assertThat(message).asInstanceOf(type(ServerMessage.UnknownEvent.class)).satisfies(event -> {
      assertThat(event.type()).isEqualTo("SegmentSkipped");
      assertThat(event.guildId()).isEqualTo("817327181659111454");
      assertThat(event.raw().getAsJsonObject("segment").get("end").getAsInt()).isEqualTo(5000);
    });
  }

  @Test
  void message_genericMessageExample_failsOnUnknownOp() {
    assertThatThrownBy(() -> example("ws-message-generic.json"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unknown op '...'")
        .extracting(e -> ((ProtocolException) e).field()).isEqualTo("op");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"op\":\"ready\",\"resumed\":false}                         | sessionId",
      "{\"op\":\"ready\",\"resumed\":\"no\",\"sessionId\":\"a\"}    | resumed",
      "{\"resumed\":false,\"sessionId\":\"a\"}                      | op",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\"}                  | state",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":\"x\",\"connected\":true}} | state.position",
      "{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"1\",\"track\":{\"info\":{}},\"reason\":\"finished\"} | track.encoded",
      "{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{}},\"reason\":\"exploded\"} | reason",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{\"length\":1.5}}} | track.info.length",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"track\":{\"encoded\":\"x\",\"info\":{}}} | guildId",
      "{\"op\":\"stats\",\"players\":1,\"playingPlayers\":1,\"uptime\":1,\"memory\":{\"free\":1,\"used\":1,\"allocated\":1},\"cpu\":{\"cores\":1,\"systemLoad\":0,\"lavalinkLoad\":0}} | memory.reservable",
      "{\"op\":\"event\",\"type\":\"TrackExceptionEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{}},\"exception\":{\"severity\":\"awful\",\"cause\":\"c\"}} | exception.severity",
  })
  void message_malformedField_namesTheField(String frame, String field) {
    assertThatThrownBy(() -> ProtocolDecoder.message(frame))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(field)
        .extracting(e -> ((ProtocolException) e).field()).isEqualTo(field);
  }

  @Test
  void message_invalidJson_failsWithoutField() {
    assertThatThrownBy(() -> ProtocolDecoder.message("{\"op\":"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("invalid JSON")
        .extracting(e -> ((ProtocolException) e).field()).isNull();
  }

  @Test
  void message_notAnObject_fails() {
    assertThatThrownBy(() -> ProtocolDecoder.message("[1]"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("expected a JSON object");
  }

  @Test
  void message_unknownFields_areIgnored() {
    assertThat(ProtocolDecoder.message("{\"op\":\"ready\",\"resumed\":true,\"sessionId\":\"s\",\"new\":{\"a\":[1]}}"))
        .isEqualTo(new ServerMessage.Ready(true, "s"));
  }

  @Test
  void loadResult_trackExample_givesTrackWithPlaceholderInfo() {
    LoadResult result = ProtocolDecoder.loadResult(read("protocol-examples/rest-loadtracks-track.json"));

    assertThat(result).isEqualTo(new LoadResult.TrackLoaded(Track.of("...",
        new TrackInfo("", true, "", 0, false, 0, "", null, null, null, ""))));
  }

  @Test
  void loadResult_playlistExample_givesEmptyPlaylist() {
    LoadResult result = ProtocolDecoder.loadResult(read("protocol-examples/rest-loadtracks-playlist.json"));

    assertThat(result).asInstanceOf(type(LoadResult.PlaylistLoaded.class)).satisfies(playlist -> {
      assertThat(playlist.info()).isEqualTo(new PlaylistInfo("", -1));
      assertThat(playlist.tracks()).isEmpty();
      assertThat(playlist.selectedTrack()).isEmpty();
      assertThat(playlist.pluginInfo().size()).isZero();
    });
  }

  @Test
  void loadResult_fullPlaylist_keepsTracksSelectionPluginInfoAndUserData() {
    LoadResult result = ProtocolDecoder.loadResult(read("protocol/loadtracks-playlist-full.json"));

    assertThat(result).asInstanceOf(type(LoadResult.PlaylistLoaded.class)).satisfies(playlist -> {
      assertThat(playlist.info()).isEqualTo(new PlaylistInfo("Mix", 1));
      assertThat(playlist.tracks()).extracting(Track::encoded).containsExactly("QAAA", "QAAB");
      Track radio = playlist.selectedTrack().orElseThrow();
      assertThat(radio.info()).isEqualTo(new TrackInfo("b", false, "B", Long.MAX_VALUE, true, 0,
          "Radio", "https://radio.example/live", null, "USRC17607839", "http"));
      assertThat(radio.userData().getString("requester")).isEqualTo("42");
      assertThat(radio.pluginInfo().getInt("p")).isEqualTo(1);
      assertThat(playlist.pluginInfo()).isEqualTo(JsonView.parse(
          "{\"type\":\"album\",\"nested\":{\"list\":[1,2.5,\"x\",null]}}"));
    });
  }

  @Test
  void loadResult_searchExample_givesOneTrack() {
    LoadResult result = ProtocolDecoder.loadResult(read("protocol-examples/rest-loadtracks-search.json"));

    assertThat(result).asInstanceOf(type(LoadResult.SearchLoaded.class))
        .extracting(search -> search.tracks().get(0).encoded()).isEqualTo("...");
  }

  @Test
  void loadResult_emptyWithObjectOrNullData_givesEmpty() {
    assertThat(ProtocolDecoder.loadResult(read("protocol-examples/rest-loadtracks-empty.json")))
        .isEqualTo(new LoadResult.Empty());
    assertThat(ProtocolDecoder.loadResult(read("protocol/loadtracks-empty-null-data.json")))
        .isEqualTo(new LoadResult.Empty());
  }

  @Test
  void loadResult_errorExample_givesEveryField() {
    assertThat(ProtocolDecoder.loadResult(read("protocol-examples/rest-loadtracks-error.json")))
        .isEqualTo(new LoadResult.Failed(new TrackError("Something went wrong", Severity.FAULT, "...", "...")));
  }

  @Test
  void loadResult_errorFromOldServer_hasNoStackTrace() {
    assertThat(ProtocolDecoder.loadResult(read("protocol/loadtracks-error-without-stacktrace.json")))
        .isEqualTo(new LoadResult.Failed(new TrackError(null, Severity.SUSPICIOUS,
            "java.io.IOException: boom", null)));
  }

  @Test
  void loadResult_unknownLoadType_namesLoadType() {
    assertThatThrownBy(() -> ProtocolDecoder.loadResult("{\"loadType\":\"weird\",\"data\":null}"))
        .isInstanceOf(ProtocolException.class)
        .extracting(e -> ((ProtocolException) e).field()).isEqualTo("loadType");
  }

  @Test
  void track_decodeTrackExample_givesEveryField() {
    assertThat(ProtocolDecoder.track(read("protocol-examples/rest-decodetrack-response.json")))
        .isEqualTo(Track.of(RICK_ENCODED, rickInfo(0)));
  }

  @Test
  void tracks_decodeTracksExample_givesOneTrack() {
    assertThat(ProtocolDecoder.tracks(read("protocol-examples/rest-decodetracks-response.json")))
        .containsExactly(Track.of(RICK_ENCODED, rickInfo(0)));
  }

  @Test
  void player_getExample_givesEveryField() {
    LavalinkPlayer player = ProtocolDecoder.player(read("protocol-examples/rest-player-get-response.json"));

    assertThat(player.guildId()).isEqualTo("...");
    assertThat(player.track()).isEqualTo(Track.of(RICK_ENCODED, rickInfo(60000)));
    assertThat(player.volume()).isEqualTo(100);
    assertThat(player.paused()).isFalse();
    assertThat(player.state()).isEqualTo(new PlayerState(1500467109, 60000, true, 50));
    assertThat(player.voice()).isEqualTo(new VoiceState("...", "...", "...", null));
    assertThat(player.filters().isEmpty()).isTrue();
  }

  @Test
  void player_updateResponseExample_equalsGetExample() {
    assertThat(ProtocolDecoder.player(read("protocol-examples/rest-player-update-response.json")))
        .isEqualTo(ProtocolDecoder.player(read("protocol-examples/rest-player-get-response.json")));
  }

  @Test
  void player_neverConnected_hasEmptyVoiceAndNoTrack() {
    LavalinkPlayer player = ProtocolDecoder.player(read("protocol/player-no-voice.json"));

    assertThat(player.track()).isNull();
    assertThat(player.voice()).isEqualTo(new VoiceState("", "", "", null));
    assertThat(player.voice().isComplete()).isFalse();
    assertThat(player.state().ping()).isEqualTo(-1);
  }

  @Test
  void players_listExample_givesOnePlayer() {
    List<LavalinkPlayer> players = ProtocolDecoder.players(read("protocol-examples/rest-players-list-response.json"));

    assertThat(players).hasSize(1);
    assertThat(players.get(0).track()).isEqualTo(Track.of(RICK_ENCODED, rickInfo(60000)));
  }

  @Test
  void stats_restExample_hasNoFrameStats() {
    assertThat(ProtocolDecoder.stats(read("protocol-examples/rest-stats-response.json")))
        .isEqualTo(new NodeStats(1, 1, 123456789,
            new NodeStats.Memory(123456789, 123456789, 123456789, 123456789),
            new NodeStats.Cpu(4, 0.5, 0.5), null));
  }

  @Test
  void session_responseExample_givesSettings() {
    assertThat(ProtocolDecoder.session(read("protocol-examples/rest-session-update-response.json")))
        .isEqualTo(new SessionSettings(true, Duration.ofSeconds(60)));
  }

  @Test
  void info_example_givesEveryFieldAndIgnoresBuild() {
    NodeInfo info = ProtocolDecoder.info(read("protocol-examples/rest-info-response.json"));

    assertThat(info).isEqualTo(new NodeInfo(new NodeInfo.Version("3.7.0-rc.1+test", 3, 7, 0, "rc.1"),
        1664223916812L, new NodeInfo.Git("master", "85c5ab5", 1664223916812L), "18.0.2.1",
        "1.3.98.4-original", List.of("youtube", "soundcloud"),
        List.of("equalizer", "karaoke", "timescale", "channelMix"),
        List.of(new NodeInfo.Plugin("some-plugin", "1.0.0"), new NodeInfo.Plugin("foo-plugin", "1.2.3"))));
    assertThat(info.version().isAtLeast(4, 2)).isFalse();
  }

  @Test
  void info_emptyPreRelease_becomesNull() {
    NodeInfo info = ProtocolDecoder.info(read("protocol/info-prerelease-empty.json"));

    assertThat(info.version().preRelease()).isNull();
    assertThat(info.version().isAtLeast(4, 2)).isTrue();
  }

  @Test
  void routePlannerStatus_example_givesBaseAndDetailFields() {
    RoutePlannerStatus status = ProtocolDecoder.routePlannerStatus(
        read("protocol-examples/rest-routeplanner-status-response.json"));

    assertThat(status).isEqualTo(new RoutePlannerStatus("RotatingNanoIpRoutePlanner",
        new RoutePlannerStatus.IpBlock("Inet6Address", "1208925819614629174706176"),
        List.of(new RoutePlannerStatus.FailingAddress("/1.0.0.0", 1573520707545L,
            "Mon Nov 11 20:05:07 EST 2019")),
        Map.of("blockIndex", "0", "currentAddressIndex", "36792023813")));
  }
}
