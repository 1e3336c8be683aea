package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.CHANNEL;
import static dev.tonearm.internal.player.PlayerHarness.ENDPOINT;
import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.OTHER_CHANNEL;
import static dev.tonearm.internal.player.PlayerHarness.failure;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.player.Player;
import dev.tonearm.player.VoiceNotReadyException;
import dev.tonearm.testkit.RecordedCall;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuildPlayerVoiceTest {
  private final PlayerHarness harness = new PlayerHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  private static JsonObject voiceOf(RecordedCall call) {
    return JsonParser.parseString(call.body()).getAsJsonObject().getAsJsonObject("voice");
  }

  @Test
  void voice_stateThenServer_sendsOneCompleteVoiceUpdateWithChannelId() {
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);

    await().atMost(IO_TIMEOUT).until(() -> harness.player().connected());
    assertThat(harness.voicePatches()).singleElement().satisfies(call -> assertThat(voiceOf(call))
        .isEqualTo(JsonParser.parseString("{\"token\":\"voice-token\",\"endpoint\":\"" + ENDPOINT
            + "\",\"sessionId\":\"voice-session\",\"channelId\":\"" + CHANNEL + "\"}")));
    assertThat(harness.player().channelId()).isEqualTo(CHANNEL);
  }

  @Test
  void voice_serverThenState_sendsOneCompleteVoiceUpdate() {
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");

    await().atMost(IO_TIMEOUT).until(() -> harness.player().connected());
    assertThat(harness.voicePatches()).hasSize(1);
  }

  @Test
  void voice_stateOnly_sendsNothing() {
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");

    harness.fake.clock().advance(Duration.ofSeconds(1));

    assertThat(harness.voicePatches()).isEmpty();
  }

  @Test
  void voice_nullEndpoint_isIgnoredUntilTheNextServerUpdate() {
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    harness.lavalink.onVoiceServerUpdate(GUILD, "first-token", null);
    assertThat(harness.voicePatches()).isEmpty();

    harness.lavalink.onVoiceServerUpdate(GUILD, "second-token", ENDPOINT);

    await().atMost(IO_TIMEOUT).until(() -> harness.player().connected());
    assertThat(harness.voicePatches()).singleElement()
        .satisfies(call -> assertThat(voiceOf(call).get("token").getAsString()).isEqualTo("second-token"));
  }

  @Test
  void voice_identicalRepeats_areNotSentAgain() {
    harness.joinVoice();

    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");

    assertThat(harness.voicePatches()).hasSize(1);
  }

  @Test
  void voice_channelMove_sendsTheNewChannelAndKeepsPlaying() throws Exception {
    harness.joinVoice();
    join(harness.player().play(track("a", 180_000)));

    harness.lavalink.onVoiceStateUpdate(GUILD, OTHER_CHANNEL, "voice-session");

    await().atMost(IO_TIMEOUT).until(() -> harness.voicePatches().size() == 2);
    assertThat(voiceOf(harness.voicePatches().get(1)).get("channelId").getAsString())
        .isEqualTo(Long.toString(OTHER_CHANNEL));
    assertThat(harness.player().channelId()).isEqualTo(OTHER_CHANNEL);
    assertThat(harness.fakePlayer().encodedTrack()).isNotNull();
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class)).isEmpty();
  }

  @Test
  void voice_leftChannel_destroysThePlayerAndReportsTheTrigger() throws Exception {
    harness.joinVoice();
    Player player = harness.player();
    join(player.play(track("a", 180_000)));

    harness.lavalink.onVoiceStateUpdate(GUILD, 0, "voice-session");

    PlayerDisconnectEvent event = harness.awaitEvent(PlayerDisconnectEvent.class);
    assertThat(event.trigger()).isEqualTo(DisconnectTrigger.LEFT_CHANNEL);
    assertThat(event.channelId()).isEqualTo(CHANNEL);
    assertThat(player.isDestroyed()).isTrue();
    assertThat(harness.lavalink.existingPlayer(GUILD)).isEmpty();
    await().atMost(IO_TIMEOUT).until(() -> harness.session().player(GUILD).isEmpty());
  }

  @Test
  void destroy_voiceUpdatesInFlightAndQueued_deleteReachesTheNodeLastAndNoPlayerComesBack()
      throws Exception {
    harness.joinVoice();
    join(harness.player().play(track("a", 180_000)));
    harness.fake.holdNextAnswers(1);
    harness.lavalink.onVoiceServerUpdate(GUILD, "moved-token", ENDPOINT);
    harness.fake.awaitHeldAnswers(1, IO_TIMEOUT);
    // Queued behind the held one: it must never be sent once the player is destroyed.
    harness.lavalink.onVoiceServerUpdate(GUILD, "later-token", ENDPOINT);

    CompletableFuture<Void> destroyed = harness.player().destroy();
    harness.fake.releaseAnswers();
    join(destroyed);

    List<RecordedCall> calls = harness.fake.calls().stream()
        .filter(call -> call.path().endsWith("/players/" + GUILD)).toList();
    assertThat(calls.get(calls.size() - 1).method()).isEqualTo("DELETE");
    assertThat(harness.voicePatches()).noneMatch(call -> call.body().contains("later-token"));
    assertThat(harness.session().player(GUILD)).isEmpty();
  }

  @Test
  void disconnect_sendsLeaveThroughTheGatewayAndReportsRequested() throws Exception {
    harness.joinVoice();

    join(harness.player().disconnect());

    assertThat(harness.gatewayCalls).singleElement().isEqualTo(new long[] {GUILD, 0});
    assertThat(harness.awaitEvent(PlayerDisconnectEvent.class).trigger()).isEqualTo(DisconnectTrigger.REQUESTED);
  }

  @Test
  void connect_asksTheGatewayToJoin() {
    harness.player().connect(CHANNEL, false, true);

    assertThat(harness.gatewayCalls).singleElement().isEqualTo(new long[] {GUILD, CHANNEL});
  }

  @Test
  void play_beforeVoice_isSentRightAfterTheVoiceUpdate() throws Exception {
    Track song = track("early", 180_000);
    CompletableFuture<Player> played = harness.player().play(song);
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    PlayerHarness.assertPending(played);

    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");

    join(played);
    List<RecordedCall> patches = harness.fake.calls().stream().filter(call -> call.method().equals("PATCH")
        && call.path().endsWith("/players/" + GUILD)).toList();
    assertThat(patches).hasSize(2);
    assertThat(patches.get(0).body()).contains("\"voice\"").doesNotContain("\"track\"");
    assertThat(patches.get(1).body()).contains("\"track\"");
    assertThat(harness.awaitEvent(TrackStartEvent.class).original()).isSameAs(song);
  }

  @Test
  void play_voiceServerNeverArrives_failsAfterTheTimeoutSayingWhatIsMissing() throws Exception {
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    CompletableFuture<Player> played = harness.player().play(track("a", 1000));

    harness.fake.clock().advance(Duration.ofSeconds(10));

    assertThat(failure(played)).isInstanceOf(VoiceNotReadyException.class)
        .hasMessageContaining("VOICE_SERVER_UPDATE").hasMessageContaining("Connect permission");
  }

  @Test
  void play_neverJoined_failsSayingTheBotIsInNoChannel() throws Exception {
    CompletableFuture<Player> played = harness.player().play(track("a", 1000));

    harness.fake.clock().advance(Duration.ofSeconds(10));

    assertThat(failure(played)).isInstanceOf(VoiceNotReadyException.class)
        .hasMessageContaining("no VOICE_STATE_UPDATE");
  }

  @Test
  void play_voiceRefusedByTheNode_failsWithTheNodesError() throws Exception {
    harness.fake.failVoiceConnections(true);
    CompletableFuture<Player> played = harness.player().play(track("a", 1000));

    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);

    assertThat(failure(played)).isInstanceOf(VoiceNotReadyException.class)
        .hasMessageContaining("Failed to connect to voice server");
  }

  @Test
  void play_afterRefusedVoiceIsRetried_succeeds() throws Exception {
    harness.fake.failVoiceConnections(true);
    harness.lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    await().atMost(IO_TIMEOUT).until(() -> harness.voicePatches().size() == 1
        && harness.voicePatches().get(0).status() == 500);
    harness.fake.failVoiceConnections(false);

    harness.lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    join(harness.player().play(track("a", 1000)));

    assertThat(harness.voicePatches()).hasSize(2);
  }
}
