package dev.tonearm.internal.player;

import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.Player;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuildPlayerQueueTest {
  private PlayerHarness harness;

  private Player start(UnaryOperator<dev.tonearm.Lavalink.Builder> customize) {
    harness = new PlayerHarness(customize);
    harness.joinVoice();
    return harness.player();
  }

  private Player start() {
    return start(UnaryOperator.identity());
  }

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void finished_withQueuedTracks_startsTheNextQueuedObject() throws Exception {
    Player player = start();
    Track first = track("first", 10_000);
    Track second = track("second", 10_000);
    player.queue().add(second);
    join(player.play(first));

    harness.fake.clock().advance(Duration.ofSeconds(11));

    TrackStartEvent next = harness.awaitEvent(TrackStartEvent.class, 2);
    assertThat(next.original()).isSameAs(second);
    assertThat(player.queue().isEmpty()).isTrue();
    assertThat(player.queue().history()).containsExactly(first);
  }

  @Test
  void loadFailed_withQueuedTracks_skipsToTheNext() throws Exception {
    Player player = start();
    Track second = track("second", 10_000);
    player.queue().add(second);
    join(player.play(track("broken", 10_000)));

    harness.session().failTrack(GUILD, "Unavailable", "common", "java.lang.Exception: gone");

    assertThat(harness.awaitEvent(TrackEndEvent.class).reason()).isEqualTo(TrackEndReason.LOAD_FAILED);
    assertThat(harness.awaitEvent(TrackStartEvent.class, 2).original()).isSameAs(second);
  }

  @Test
  void replacedAndStopped_neverAdvanceTheQueue() throws Exception {
    Player player = start();
    player.queue().add(track("queued", 10_000));
    join(player.play(track("a", 10_000)));

    join(player.play(track("b", 10_000)));
    join(player.stop());
    harness.awaitEvent(TrackEndEvent.class, 2);

    assertThat(harness.eventsOf(TrackEndEvent.class)).extracting(TrackEndEvent::reason)
        .containsExactly(TrackEndReason.REPLACED, TrackEndReason.STOPPED);
    assertThat(player.queue().size()).isEqualTo(1);
    assertThat(harness.eventsOf(TrackStartEvent.class)).hasSize(2);
  }

  @Test
  void cleanup_neverAdvancesTheQueue() throws Exception {
    Player player = start();
    Track leaked = track("leaked", 100_000);
    player.queue().add(track("queued", 10_000));
    join(player.play(leaked));
    String trackJson = com.google.gson.JsonParser.parseString(
        harness.fake.calls().stream().filter(call -> call.body().contains("\"track\"")).findFirst()
            .orElseThrow().body()).getAsJsonObject().getAsJsonObject("track").get("encoded").toString();

    harness.session().sendRaw("{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"" + GUILD
        + "\",\"track\":{\"encoded\":" + trackJson + ",\"info\":{\"identifier\":\"leaked\","
        + "\"sourceName\":\"youtube\",\"length\":100000},\"pluginInfo\":{},\"userData\":{}},"
        + "\"reason\":\"cleanup\"}");

    TrackEndEvent end = harness.awaitEvent(TrackEndEvent.class);
    assertThat(end.reason()).isEqualTo(TrackEndReason.CLEANUP);
    assertThat(end.original()).isSameAs(leaked);
    assertThat(player.queue().size()).isEqualTo(1);
    assertThat(harness.eventsOf(TrackStartEvent.class)).hasSize(1);
  }

  @Test
  void repeatTrack_replaysTheSameTrackFromTheStart() throws Exception {
    Player player = start();
    Track loop = track("loop", 5_000);
    player.queue().setRepeatMode(RepeatMode.TRACK);
    join(player.play(loop));

    harness.fake.clock().advance(Duration.ofSeconds(6));
    TrackStartEvent again = harness.awaitEvent(TrackStartEvent.class, 2);

    assertThat(again.original()).isSameAs(loop);
    assertThat(again.track().info().position()).isZero();
  }

  @Test
  void repeatQueue_cyclesThroughTheQueue() throws Exception {
    Player player = start();
    Track a = track("a", 5_000);
    Track b = track("b", 5_000);
    player.queue().setRepeatMode(RepeatMode.QUEUE);
    player.queue().add(b);
    join(player.play(a));

    for (int i = 0; i < 3; i++) {
      int startsBefore = harness.eventsOf(TrackStartEvent.class).size();
      harness.fake.clock().advance(Duration.ofSeconds(6));
      harness.awaitEvent(TrackStartEvent.class, startsBefore + 1);
    }

    assertThat(harness.eventsOf(TrackStartEvent.class)).extracting(TrackStartEvent::original)
        .containsExactly(a, b, a, b);
  }

  @Test
  void skip_withQueue_playsTheNextAndRecordsTheSkipped() throws Exception {
    Player player = start();
    Track a = track("a", 50_000);
    Track b = track("b", 50_000);
    player.queue().add(b);
    join(player.play(a));

    join(player.skip());

    assertThat(harness.awaitEvent(TrackStartEvent.class, 2).original()).isSameAs(b);
    assertThat(harness.awaitEvent(TrackEndEvent.class).reason()).isEqualTo(TrackEndReason.REPLACED);
  }

  @Test
  void queueRunsOut_emitsQueueEndWithTheLastTrack() throws Exception {
    Player player = start();
    Track last = track("last", 5_000);
    join(player.play(last));

    harness.fake.clock().advance(Duration.ofSeconds(6));

    QueueEndEvent end = harness.awaitEvent(QueueEndEvent.class);
    assertThat(end.lastTrack()).isSameAs(last);
    assertThat(player.track()).isNull();
  }

  @Test
  void queueRunsOut_withAutoplay_queuesAndStartsWhatItFinds() throws Exception {
    Track related = track("related", 5_000);
    Player player = start(builder -> builder.autoplay(
        (p, lastTrack) -> CompletableFuture.completedFuture(List.of(related))));
    join(player.play(track("seed", 5_000)));

    harness.fake.clock().advance(Duration.ofSeconds(6));

    assertThat(harness.awaitEvent(TrackStartEvent.class, 2).original()).isSameAs(related);
    assertThat(harness.eventsOf(QueueEndEvent.class)).isEmpty();
  }

  @Test
  void inactivity_afterQueueEnd_emitsTheEventAndDisconnects() throws Exception {
    Player player = start(builder -> builder.inactivity(
        new InactivityPolicy(Duration.ofMinutes(2), InactivityPolicy.Action.DISCONNECT)));
    join(player.play(track("a", 5_000)));
    harness.fake.clock().advance(Duration.ofSeconds(6));
    harness.awaitEvent(QueueEndEvent.class);

    harness.fake.clock().advance(Duration.ofSeconds(119));
    assertThat(harness.eventsOf(InactivePlayerEvent.class)).isEmpty();
    harness.fake.clock().advance(Duration.ofSeconds(1));

    InactivePlayerEvent inactive = harness.awaitEvent(InactivePlayerEvent.class);
    assertThat(inactive.reason()).isEqualTo(InactivityReason.QUEUE_ENDED);
    assertThat(inactive.idleFor()).isEqualTo(Duration.ofMinutes(2));
    assertThat(harness.awaitEvent(PlayerDisconnectEvent.class).trigger()).isEqualTo(DisconnectTrigger.INACTIVE);
    assertThat(harness.gatewayCalls).anySatisfy(call -> assertThat(call).containsExactly(GUILD, 0));
    assertThat(player.isDestroyed()).isTrue();
  }

  @Test
  void inactivity_withAGatewayThatAnswersAtOnce_stillReportsInactive() throws Exception {
    java.util.concurrent.atomic.AtomicReference<dev.tonearm.Lavalink> client = new java.util.concurrent.atomic.AtomicReference<>();
    Player player = start(builder -> builder
        .inactivity(new InactivityPolicy(Duration.ofMinutes(1), InactivityPolicy.Action.DISCONNECT))
        .voiceGateway((guildId, channelId, mute, deaf) -> client.get().onVoiceStateUpdate(guildId,
            channelId, "voice-session")));
    client.set(harness.lavalink);
    join(player.play(track("a", 5_000)));
    harness.fake.clock().advance(Duration.ofSeconds(6));
    harness.awaitEvent(QueueEndEvent.class);

    harness.fake.clock().advance(Duration.ofMinutes(1));

    assertThat(harness.awaitEvent(PlayerDisconnectEvent.class).trigger()).isEqualTo(DisconnectTrigger.INACTIVE);
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class)).hasSize(1);
  }

  @Test
  void inactivity_pausedThenResumed_resetsTheTimer() throws Exception {
    Player player = start(builder -> builder.inactivity(
        new InactivityPolicy(Duration.ofMinutes(1), InactivityPolicy.Action.NOTHING)));
    join(player.play(track("a", 600_000)));

    join(player.setPaused(true));
    harness.fake.clock().advance(Duration.ofSeconds(50));
    join(player.setPaused(false));
    harness.fake.clock().advance(Duration.ofSeconds(50));
    assertThat(harness.eventsOf(InactivePlayerEvent.class)).isEmpty();
    join(player.setPaused(true));
    harness.fake.clock().advance(Duration.ofSeconds(60));

    assertThat(harness.awaitEvent(InactivePlayerEvent.class).reason()).isEqualTo(InactivityReason.PAUSED);
    assertThat(player.isDestroyed()).isFalse();
  }

  @Test
  void inactivity_aloneInChannel_isReportedAfterTheTimeout() throws Exception {
    Player player = start(builder -> builder.inactivity(
        new InactivityPolicy(Duration.ofMinutes(1), InactivityPolicy.Action.NOTHING)));
    join(player.play(track("a", 600_000)));

    harness.lavalink.reportAlone(GUILD, true);
    harness.fake.clock().advance(Duration.ofSeconds(30));
    harness.lavalink.reportAlone(GUILD, false);
    harness.fake.clock().advance(Duration.ofSeconds(60));
    assertThat(harness.eventsOf(InactivePlayerEvent.class)).isEmpty();
    harness.lavalink.reportAlone(GUILD, true);
    harness.fake.clock().advance(Duration.ofSeconds(60));

    assertThat(harness.awaitEvent(InactivePlayerEvent.class).reason()).isEqualTo(InactivityReason.ALONE);
  }
}
