package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link TrackEndEvent#original()} is the {@link Track} object the bot passed to {@code play},
 * with its user data, for every end reason, whichever the client sees first: the node's REST
 * answer that already reflects the end, or the WebSocket events that report it. The order is
 * forced with {@link WireControl}, which holds one side back until the other arrived.
 *
 * <p>Runs against the fake node only: {@code Player.play} waits for a voice connection, which a
 * real node opens only to Discord; and a real node ends a track as {@code finished} or {@code
 * loadFailed} only while Discord reads its audio.
 */
@ExtendWith(ConformanceExtension.class)
@FakeNodeOnly(TrackEndOriginalTest.WHY_FAKE_ONLY)
class TrackEndOriginalTest {
  private static final long GUILD = 900_000_000_000_000_001L;
  private static final long CHANNEL = 900_000_000_000_000_002L;
  /** Any endpoint that is not a refusing loopback address connects on the fake node. */
  private static final String ENDPOINT = "c-fra05-conformance.discord.media:443";
  /** A minute without reads, then up to ten seconds until the node's next cleanup check. */
  private static final Duration CLEANUP_BOUND = Duration.ofSeconds(90);
  static final String WHY_FAKE_ONLY = "Player.play waits for a voice connection, which a"
      + " real node opens only to Discord";

  /** Which the client sees first. */
  enum Arrival {
    /** The WebSocket events, then the REST answer. */
    EVENTS_FIRST,
    /** The REST answer, then the WebSocket events. */
    ANSWER_FIRST
  }

  private FakeLavalink fake;
  private NodeTime time;
  private ConformanceClient client;
  private Player player;
  private Track toneA;
  private Track toneB;

  @BeforeEach
  void playWithVoice(ConformanceTarget target, ConformanceClient connected) {
    fake = target.requireFake(WHY_FAKE_ONLY);
    time = target.time();
    client = connected;
    player = client.player(GUILD);
    toneA = client.loadRequested(target.media().toneA(), "erin");
    toneB = client.loadRequested(target.media().toneB(), "frank");
    client.lavalink().onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    client.lavalink().onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    NodeTime.awaitIo("the player connected to voice", player::connected);
    join(player.play(toneA));
    assertThat(client.awaitStart(GUILD, toneA).original()).isSameAs(toneA);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Arrival.class)
  void play_replacingATrack_endEventCarriesTheReplacedOriginal(Arrival arrival) {
    TrackEndEvent end = endByCommand(arrival, () -> player.play(toneB), TrackEndReason.REPLACED);

    assertThat(end.original()).isSameAs(toneA);
    assertThat(client.awaitStart(GUILD, toneB).original()).isSameAs(toneB);
    assertThat(player.originalTrack()).isSameAs(toneB);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Arrival.class)
  void stop_playingTrack_endEventCarriesTheStoppedOriginal(Arrival arrival) {
    TrackEndEvent end = endByCommand(arrival, player::stop, TrackEndReason.STOPPED);

    assertThat(end.original()).isSameAs(toneA);
    assertThat(player.originalTrack()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Arrival.class)
  void trackReachesItsEnd_finished_endEventCarriesTheOriginal(Arrival arrival) {
    TrackEndEvent end = endByNode(arrival, () -> { }, Duration.ofSeconds(10),
        TrackEndReason.FINISHED);

    assertThat(end.original()).isSameAs(toneA);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Arrival.class)
  void trackFailsToLoad_loadFailed_endAndExceptionEventsCarryTheOriginal(Arrival arrival) {
    FakeSession session = fake.session(client.sessionId()).orElseThrow();

    TrackEndEvent end = endByNode(arrival, () -> session.failTrack(GUILD,
            "The file is no longer there.", "common",
            "java.io.FileNotFoundException: " + toneA.info().identifier()),
        Duration.ofSeconds(1), TrackEndReason.LOAD_FAILED);

    assertThat(end.original()).isSameAs(toneA);
    assertThat(client.events().first(TrackExceptionEvent.class, failed -> true).orElseThrow()
        .original()).isSameAs(toneA);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Arrival.class)
  void nobodyReadsAudioForAMinute_cleanup_endEventCarriesTheOriginal(Arrival arrival) {
    FakeSession session = fake.session(client.sessionId()).orElseThrow();

    // Discord's voice server went away (4015: it crashed), so nothing reads the player's audio.
    TrackEndEvent end = endByNode(arrival,
        () -> session.emitWebSocketClosed(GUILD, 4015, "Voice server crashed", true),
        CLEANUP_BOUND, TrackEndReason.CLEANUP);

    assertThat(end.original()).isSameAs(toneA);
  }

  /**
   * Ends track A with a command, the client seeing the command's answer and the end event in the
   * given order.
   */
  private TrackEndEvent endByCommand(Arrival arrival, Supplier<CompletableFuture<?>> command,
      TrackEndReason reason) {
    WireControl wire = client.wire();
    if (arrival == Arrival.EVENTS_FIRST) {
      wire.holdRestReads();
      CompletableFuture<?> answer = command.get();
      TrackEndEvent end = client.awaitEnd(GUILD, toneA, reason);
      assertThat(answer).as("the answer, held back").isNotDone();
      wire.release();
      join(answer);
      return end;
    }
    wire.holdWebSocketReads();
    join(command.get());
    assertThat(client.events().all(TrackEndEvent.class)).as("end events, held back").isEmpty();
    wire.release();
    return client.awaitEnd(GUILD, toneA, reason);
  }

  /**
   * Lets the node end track A by itself after {@code trigger}; a command sent after the end gets
   * an answer without the track, which the client sees before or after the end event.
   */
  private TrackEndEvent endByNode(Arrival arrival, Runnable trigger, Duration bound,
      TrackEndReason reason) {
    if (arrival == Arrival.EVENTS_FIRST) {
      trigger.run();
      time.until(reason + " end event", bound, () -> client.events().has(TrackEndEvent.class,
          end -> end.reason() == reason));
      join(player.setVolume(90));
      return client.awaitEnd(GUILD, toneA, reason);
    }
    client.wire().holdWebSocketReads();
    trigger.run();
    time.until("the node ended the track", bound, () -> client.nodePlayer(GUILD).track() == null);
    join(player.setVolume(90));
    assertThat(client.events().all(TrackEndEvent.class)).as("end events, held back").isEmpty();
    client.wire().release();
    return client.awaitEnd(GUILD, toneA, reason);
  }
}
