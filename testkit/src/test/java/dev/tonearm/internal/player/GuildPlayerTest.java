package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.failure;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.stream;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Filters;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.player.PlayerDestroyedException;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuildPlayerTest {
  private final PlayerHarness harness = new PlayerHarness();
  private Player player;

  @BeforeEach
  void joinVoice() {
    harness.joinVoice();
    player = harness.player();
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private static Track withRequester(Track track, String requester) {
    JsonObject data = new JsonObject();
    data.addProperty("requester", requester);
    return track.withUserData(data);
  }

  @Test
  void play_track_startsItOnTheNodeAndKeepsTheOriginalObject() throws Exception {
    Track song = withRequester(track("a", 180_000), "42");

    join(player.play(song));

    assertThat(harness.fakePlayer().trackInfo()).isEqualTo(song.info());
    assertThat(harness.fakePlayer().userData().get("requester").getAsString()).isEqualTo("42");
    assertThat(player.track().info()).isEqualTo(song.info());
    assertThat(player.originalTrack()).isSameAs(song);
    TrackStartEvent start = harness.awaitEvent(TrackStartEvent.class);
    assertThat(start.original()).isSameAs(song);
    assertThat(start.player()).isSameAs(player);
    assertThat(start.track().userData(Requester.class).requester()).isEqualTo("42");
  }

  record Requester(String requester) {}

  @Test
  void play_withOptions_sendsStartEndPausedAndVolume() throws Exception {
    join(player.play(track("a", 180_000), PlayOptions.builder().startPosition(10_000)
        .endTime(60_000).paused(true).volume(70).build()));

    assertThat(harness.fakePlayer().position()).isEqualTo(10_000);
    assertThat(harness.fakePlayer().endTime()).isEqualTo(60_000);
    assertThat(harness.fakePlayer().paused()).isTrue();
    assertThat(harness.fakePlayer().volume()).isEqualTo(70);
    assertThat(player.endTime()).isEqualTo(60_000);
    assertThat(player.paused()).isTrue();
  }

  @Test
  void setPaused_roundTrip_freezesThePosition() throws Exception {
    join(player.play(track("a", 180_000)));
    harness.fake.clock().advance(Duration.ofSeconds(20));

    join(player.setPaused(true));
    harness.fake.clock().advance(Duration.ofSeconds(30));

    assertThat(player.paused()).isTrue();
    assertThat(harness.fakePlayer().paused()).isTrue();
    assertThat(player.position()).isEqualTo(20_000);
    join(player.setPaused(false));
    harness.fake.clock().advance(Duration.ofSeconds(5));
    assertThat(player.position()).isEqualTo(25_000);
  }

  @Test
  void position_whilePlaying_isInterpolatedAndCappedAtTheLength() throws Exception {
    join(player.play(track("a", 180_000)));

    harness.fake.clock().advance(Duration.ofMillis(12_345));
    assertThat(player.position()).isEqualTo(12_345);
    assertThat(harness.fakePlayer().position()).isEqualTo(12_345);

    join(player.setPaused(true));
    harness.fake.clock().advance(Duration.ofMinutes(10));
    join(player.seek(179_000));
    join(player.setPaused(false));
    harness.fake.clock().advance(Duration.ofMillis(999));
    assertThat(player.position()).isEqualTo(179_999);
  }

  @Test
  void seek_roundTrip_movesThePosition() throws Exception {
    join(player.play(track("a", 180_000)));

    join(player.seek(90_000));

    assertThat(harness.fakePlayer().position()).isEqualTo(90_000);
    assertThat(player.position()).isEqualTo(90_000);
  }

  @Test
  void setVolume_roundTrip_setsTheNodesVolume() throws Exception {
    join(player.setVolume(250));

    assertThat(harness.fakePlayer().volume()).isEqualTo(250);
    assertThat(player.volume()).isEqualTo(250);
  }

  @Test
  void setFilters_roundTrip_appliesAndReadsBackTheFilters() throws Exception {
    Filters filters = FilterPresets.nightcore().merge(Filters.builder().volume(0.8f).build());

    join(player.setFilters(filters));

    assertThat(harness.fakePlayer().filters().getAsJsonObject("timescale").get("speed").getAsDouble())
        .isEqualTo(filters.timescale().speed());
    assertThat(player.filters()).isEqualTo(filters);
  }

  @Test
  void stop_roundTrip_endsTheTrackAsStoppedWithoutAdvancing() throws Exception {
    player.queue().add(track("next", 1000));
    join(player.play(track("a", 180_000)));

    join(player.stop());

    assertThat(harness.awaitEvent(TrackEndEvent.class).reason()).isEqualTo(TrackEndReason.STOPPED);
    assertThat(player.track()).isNull();
    assertThat(harness.fakePlayer().encodedTrack()).isNull();
    assertThat(player.queue().size()).isEqualTo(1);
  }

  @Test
  void destroy_roundTrip_removesThePlayerAndRefusesLaterCommands() throws Exception {
    join(player.play(track("a", 180_000)));

    join(player.destroy());

    await().atMost(IO_TIMEOUT).until(() -> harness.session().player(GUILD).isEmpty());
    assertThat(player.isDestroyed()).isTrue();
    assertThat(failure(player.setVolume(10))).isInstanceOf(PlayerDestroyedException.class);
    assertThat(harness.lavalink.player(GUILD)).isNotSameAs(player);
  }

  @Test
  void commands_inARow_reachTheNodeInCallOrder() throws Exception {
    join(player.play(track("a", 180_000)));
    for (int volume = 1; volume <= 30; volume++) {
      player.setVolume(volume);
    }
    join(player.seek(5000));

    assertThat(harness.fake.calls().stream().filter(call -> call.body().startsWith("{\"volume\""))
        .map(call -> call.body())).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30)
        .mapToObj(volume -> "{\"volume\":" + volume + "}").toList());
    assertThat(player.volume()).isEqualTo(30);
  }

  @Test
  void validation_outOfRangeValues_failBeforeSendingAndNameTheField() throws Exception {
    join(player.play(track("a", 180_000)));
    int calls = harness.fake.calls().size();

    assertThatThrownBy(() -> player.setVolume(1001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volume must be in [0, 1000], was 1001");
    assertThatThrownBy(() -> player.seek(180_001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must be in [0, 180000] ms (the track's length), was 180001");
    assertThatThrownBy(() -> player.play(track("b", 1000), PlayOptions.builder().startPosition(5000).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startPosition must be in [0, 1000]");
    assertThatThrownBy(() -> Filters.builder().volume(6f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("volume").hasMessageContaining("6.0");
    assertThat(harness.fake.calls()).hasSize(calls);
  }

  @Test
  void seek_onAStream_isRefused() throws Exception {
    join(player.play(stream("radio")));

    assertThatThrownBy(() -> player.seek(1000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not seekable");
  }

  @Test
  void seek_withoutTrack_isRefused() {
    assertThatThrownBy(() -> player.seek(1000)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no track");
  }

  @Test
  void events_ofOneTrack_arriveInTheOrderTheNodeSentThem() throws Exception {
    join(player.play(track("a", 12_000)));

    harness.fake.clock().advance(Duration.ofSeconds(13));

    harness.awaitEvent(TrackEndEvent.class);
    assertThat(harness.events.stream().map(event -> event.getClass().getSimpleName())
        .filter(name -> name.startsWith("Track")).toList())
        .containsExactly("TrackStartEvent", "TrackEndEvent");
    int start = harness.events.indexOf(harness.eventsOf(TrackStartEvent.class).get(0));
    int end = harness.events.indexOf(harness.eventsOf(TrackEndEvent.class).get(0));
    assertThat(harness.eventsOf(PlayerUpdateEvent.class).stream().map(harness.events::indexOf))
        .anyMatch(index -> index > start && index < end);
    assertThat(harness.eventsOf(TrackEndEvent.class).get(0).reason()).isEqualTo(TrackEndReason.FINISHED);
  }

  @Test
  void listener_thatThrows_doesNotStopOtherListenersOrLaterEvents() throws Exception {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    harness.lavalink.on(TrackStartEvent.class, event -> {
      throw new IllegalStateException("listener bug");
    });
    harness.lavalink.on(TrackStartEvent.class, event -> seen.add(event.track().info().identifier()));

    join(player.play(track("a", 180_000)));
    join(player.play(track("b", 180_000)));

    await().atMost(IO_TIMEOUT).until(() -> seen.size() == 2);
    assertThat(seen).containsExactly("a", "b");
  }

  @Test
  void subscription_unsubscribed_receivesNothingMore() throws Exception {
    java.util.List<TrackStartEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    dev.tonearm.Subscription subscription = harness.lavalink.on(TrackStartEvent.class, seen::add);
    join(player.play(track("a", 180_000)));
    harness.awaitEvent(TrackStartEvent.class, 1);

    subscription.unsubscribe();
    join(player.play(track("b", 180_000)));
    harness.awaitEvent(TrackStartEvent.class, 2);

    assertThat(seen).extracting(event -> event.track().info().identifier()).containsExactly("a");
  }

  @Test
  void trackException_andStuck_carryTheOriginal() throws Exception {
    Track song = track("a", 180_000);
    join(player.play(song));
    harness.fake.clock().advance(Duration.ofSeconds(3));

    harness.session().emitTrackStuck(GUILD, 10_000);
    harness.session().emitTrackException(GUILD, "Something broke", "suspicious", "java.io.IOException: x");

    TrackStuckEvent stuck = harness.awaitEvent(TrackStuckEvent.class);
    TrackExceptionEvent exception = harness.awaitEvent(TrackExceptionEvent.class);
    assertThat(stuck.thresholdMs()).isEqualTo(10_000);
    assertThat(stuck.original()).isSameAs(song);
    assertThat(exception.exception().severity()).isEqualTo(Severity.SUSPICIOUS);
    assertThat(exception.exception().message()).isEqualTo("Something broke");
    assertThat(exception.original()).isSameAs(song);
  }

  @Test
  void webSocketClosed_carriesTheRawCodeAndTheDiscordMeaning() {
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected.", true);

    WebSocketClosedEvent event = harness.awaitEvent(WebSocketClosedEvent.class);
    assertThat(event.code()).isEqualTo(4014);
    assertThat(event.closeCode()).isEqualTo(DiscordVoiceCloseCode.DISCONNECTED);
    assertThat(event.byRemote()).isTrue();
    assertThat(player.isDestroyed()).isFalse();
  }

  @Test
  void pluginEvent_becomesExtraEventWithTheRawJson() {
    JsonObject extra = new JsonObject();
    extra.addProperty("category", "sponsor");

    harness.session().emitEvent(GUILD, "SegmentSkipped", extra);

    ExtraEvent event = harness.awaitEvent(ExtraEvent.class);
    assertThat(event.type()).isEqualTo("SegmentSkipped");
    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.player()).isSameAs(player);
    assertThat(event.raw().getString("category")).isEqualTo("sponsor");
  }
}
