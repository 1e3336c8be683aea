package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Track events carry the bot's own track object, with its user data, whichever of the REST answer
 * and the WebSocket events the client sees first. The fake node forces each order: it holds the
 * WebSocket messages back until the answers arrived, or the answers until the events arrived.
 */
class TrackEndOriginalTest {
  private static final Duration LENGTH = Duration.ofSeconds(60);

  /** What the client sees first. */
  enum Order {
    /** The REST answer, then the WebSocket events the command caused. */
    ANSWER_FIRST,
    /** The WebSocket events, then the REST answer of the command that caused them. */
    EVENTS_FIRST
  }

  record Owner(String owner) {}

  private PlayerHarness harness;
  private Player player;

  private void start() {
    harness = new PlayerHarness();
    harness.joinVoice();
    player = harness.player();
  }

  @AfterEach
  void close() {
    if (harness != null) {
      harness.close();
    }
  }

  private static Track owned(String id, String owner) {
    JsonObject data = new JsonObject();
    data.addProperty("owner", owner);
    return track(id, LENGTH.toMillis()).withUserData(data);
  }

  private static Track copyFor(Track track, String owner) {
    JsonObject data = new JsonObject();
    data.addProperty("owner", owner);
    return track.withUserData(data);
  }

  private FakeLavalink fake() {
    return harness.fake;
  }

  private GuildPlayer guildPlayer() {
    return (GuildPlayer) player;
  }

  /** Plays a track and waits until its start event was delivered. */
  private void playAndAwaitStart(Track track) throws Exception {
    int starts = harness.eventsOf(TrackStartEvent.class).size();
    join(player.play(track));
    harness.awaitEvent(TrackStartEvent.class, starts + 1);
  }

  private TrackEndEvent awaitEnd(String id, TrackEndReason reason) {
    await().atMost(IO_TIMEOUT).until(() -> findEnd(id, reason) != null);
    return findEnd(id, reason);
  }

  private TrackEndEvent findEnd(String id, TrackEndReason reason) {
    return harness.eventsOf(TrackEndEvent.class).stream()
        .filter(end -> end.track().info().identifier().equals(id) && end.reason() == reason)
        .findFirst().orElse(null);
  }

  private TrackStartEvent awaitStart(String id) {
    await().atMost(IO_TIMEOUT).until(() -> startsOf(id).size() > 0);
    return startsOf(id).get(0);
  }

  private List<TrackStartEvent> startsOf(String id) {
    return harness.eventsOf(TrackStartEvent.class).stream()
        .filter(start -> start.track().info().identifier().equals(id)).toList();
  }

  private static void assertOriginal(Track actual, Track expected, String owner) {
    assertThat(actual).as("the original").isSameAs(expected);
    assertThat(actual.userData(Owner.class).owner()).isEqualTo(owner);
  }

  // ---- every end reason, both orders --------------------------------------------------------

  /**
   * a plays with c queued; then a ends for the reason (or, for loadFailed, b replaces it and fails
   * to load). The end event must carry the object that was played, and the queue must advance
   * with it when the reason says so.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("reasonsAndOrders")
  void endEvent_carriesTheOriginal_whateverArrivesFirst(TrackEndReason reason, Order order)
      throws Exception {
    start();
    Track a = owned("a", "alice");
    Track b = owned("b", "bob");
    Track c = owned("c", "carol");
    player.queue().add(c);
    playAndAwaitStart(a);

    if (order == Order.ANSWER_FIRST) {
      endWithAnswersFirst(reason, b);
    } else {
      endWithEventsFirst(reason, b);
    }

    Track subject = reason == TrackEndReason.LOAD_FAILED ? b : a;
    TrackEndEvent end = awaitEnd(subject.info().identifier(), reason);
    assertOriginal(end.original(), subject, subject == a ? "alice" : "bob");
    if (reason == TrackEndReason.REPLACED || reason == TrackEndReason.LOAD_FAILED) {
      assertOriginal(awaitEnd("a", TrackEndReason.REPLACED).original(), a, "alice");
      assertOriginal(awaitStart("b").original(), b, "bob");
    }
    if (reason == TrackEndReason.LOAD_FAILED) {
      TrackExceptionEvent exception = harness.awaitEvent(TrackExceptionEvent.class);
      assertOriginal(exception.original(), b, "bob");
    }
    if (reason.mayStartNext()) {
      // The queue advanced with the original (a finished track goes to the history, one that
      // failed to load does not), and c started as itself.
      assertOriginal(awaitStart("c").original(), c, "carol");
      await().atMost(IO_TIMEOUT).until(() -> player.originalTrack() == c);
      if (reason == TrackEndReason.FINISHED) {
        assertThat(player.queue().history()).singleElement().isSameAs(subject);
      } else {
        assertThat(player.queue().history()).isEmpty();
      }
      assertThat(player.queue().isEmpty()).isTrue();
    } else {
      assertThat(player.queue().snapshot()).containsExactly(c);
      assertThat(startsOf("c")).isEmpty();
      assertThat(player.originalTrack()).isSameAs(reason == TrackEndReason.REPLACED ? b : null);
    }
    // Every end seen: only what still plays is waited for.
    await().atMost(IO_TIMEOUT).until(() -> guildPlayer().liveOriginalCount()
        == (player.originalTrack() == null ? 0 : 1));
  }

  static List<Object[]> reasonsAndOrders() {
    List<Object[]> cases = new ArrayList<>();
    for (TrackEndReason reason : TrackEndReason.values()) {
      for (Order order : Order.values()) {
        cases.add(new Object[] {reason, order});
      }
    }
    return cases;
  }

  /**
   * The WebSocket messages are held while the end happens and while a REST answer that no longer
   * shows the ended track arrives; they are sent only then.
   */
  private void endWithAnswersFirst(TrackEndReason reason, Track b) throws Exception {
    fake().holdWebSocketMessages(true);
    switch (reason) {
      case FINISHED -> {
        fake().clock().advance(LENGTH.plusSeconds(1));
        join(player.setVolume(50));
      }
      case CLEANUP -> {
        harness.session().endTrack(GUILD, "cleanup");
        join(player.setVolume(50));
      }
      case STOPPED -> join(player.stop());
      case REPLACED -> join(player.play(b));
      case LOAD_FAILED -> {
        join(player.play(b));
        harness.session().failTrack(GUILD, "Broken", "common", "java.io.IOException: gone");
        join(player.setVolume(50));
      }
      default -> throw new AssertionError(reason);
    }
    // The answers were taken over before any of the events came.
    assertThat(player.track() == null ? null : player.track().info().identifier())
        .isEqualTo(reason == TrackEndReason.REPLACED ? "b" : null);
    assertThat(fake().heldMessages()).isPositive();
    assertThat(harness.eventsOf(TrackEndEvent.class)).isEmpty();
    fake().holdWebSocketMessages(false);
  }

  /**
   * The answer of the command that ends the track is held until the client delivered the end
   * event; an end that the node makes on its own is delivered before the next command is sent.
   */
  private void endWithEventsFirst(TrackEndReason reason, Track b) throws Exception {
    switch (reason) {
      case FINISHED -> {
        fake().clock().advance(LENGTH.plusSeconds(1));
        awaitEnd("a", reason);
        join(player.setVolume(50));
      }
      case CLEANUP -> {
        harness.session().endTrack(GUILD, "cleanup");
        awaitEnd("a", reason);
        join(player.setVolume(50));
      }
      case STOPPED -> heldUntil(() -> player.stop(), () -> awaitEnd("a", reason));
      case REPLACED -> heldUntil(() -> player.play(b), () -> awaitStart("b"));
      case LOAD_FAILED -> heldUntil(() -> player.play(b), () -> {
        awaitStart("b");
        harness.session().failTrack(GUILD, "Broken", "common", "java.io.IOException: gone");
        awaitEnd("b", reason);
      });
      default -> throw new AssertionError(reason);
    }
  }

  /** Sends a command whose answer the node holds until the events were delivered. */
  private void heldUntil(ThrowingSupplier<CompletableFuture<Player>> command, Runnable events)
      throws Exception {
    fake().holdNextAnswers(1);
    CompletableFuture<Player> sent = command.get();
    fake().awaitHeldAnswers(1, IO_TIMEOUT);
    events.run();
    assertThat(sent).as("the answer, held until the events were delivered").isNotDone();
    fake().releaseAnswers();
    join(sent);
  }

  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  /**
   * Stuck and exception events of a track, sent before the play that replaced it but delivered
   * after that play's answer, carry the replaced track's object.
   */
  @Test
  void stuckAndExceptionOfAReplacedTrack_deliveredAfterTheAnswer_carryItsObject() throws Exception {
    start();
    Track a = owned("a", "alice");
    Track b = owned("b", "bob");
    playAndAwaitStart(a);
    fake().holdWebSocketMessages(true);
    harness.session().emitTrackStuck(GUILD, 10_000);
    harness.session().emitTrackException(GUILD, "Hiccup", "suspicious", "java.io.IOException: x");
    join(player.play(b));

    fake().holdWebSocketMessages(false);

    assertOriginal(harness.awaitEvent(TrackStuckEvent.class).original(), a, "alice");
    assertOriginal(harness.awaitEvent(TrackExceptionEvent.class).original(), a, "alice");
    assertOriginal(awaitEnd("a", TrackEndReason.REPLACED).original(), a, "alice");
    assertOriginal(awaitStart("b").original(), b, "bob");
  }

  // ---- the same track again ------------------------------------------------------------------

  /** sameTrack compares the encoded track or its source id, not user data: a copy is the same. */
  @ParameterizedTest
  @EnumSource(Order.class)
  void replacedByACopyOfItself_eachEventCarriesItsOwnObject(Order order) throws Exception {
    start();
    Track a = owned("a", "alice");
    Track copy = copyFor(a, "bob");
    assertThat(copy.encoded()).isEqualTo(a.encoded());
    playAndAwaitStart(a);

    replaceWith(copy, order);

    assertOriginal(awaitEnd("a", TrackEndReason.REPLACED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> startsOf("a").size() == 2);
    assertOriginal(startsOf("a").get(1).original(), copy, "bob");
    assertThat(player.originalTrack()).isSameAs(copy);
    fake().clock().advance(LENGTH.plusSeconds(1));
    assertOriginal(awaitEnd("a", TrackEndReason.FINISHED).original(), copy, "bob");
    await().atMost(IO_TIMEOUT).until(() -> guildPlayer().liveOriginalCount() == 0);
  }

  @ParameterizedTest
  @EnumSource(Order.class)
  void replacedByTheSameObject_everyEventCarriesIt(Order order) throws Exception {
    start();
    Track a = owned("a", "alice");
    playAndAwaitStart(a);

    replaceWith(a, order);

    assertOriginal(awaitEnd("a", TrackEndReason.REPLACED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> startsOf("a").size() == 2);
    assertOriginal(startsOf("a").get(1).original(), a, "alice");
    fake().clock().advance(LENGTH.plusSeconds(1));
    assertOriginal(awaitEnd("a", TrackEndReason.FINISHED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> guildPlayer().liveOriginalCount() == 0);
  }

  private void replaceWith(Track next, Order order) throws Exception {
    int starts = harness.eventsOf(TrackStartEvent.class).size();
    if (order == Order.ANSWER_FIRST) {
      fake().holdWebSocketMessages(true);
      join(player.play(next));
      assertThat(player.originalTrack()).isSameAs(next);
      fake().holdWebSocketMessages(false);
    } else {
      heldUntil(() -> player.play(next),
          () -> harness.awaitEvent(TrackStartEvent.class, starts + 1));
    }
  }

  /** Several plays answered before any of their events: each end and start gets its object. */
  @Test
  void manyPlaysAnsweredBeforeTheirEvents_eachEventCarriesItsObject() throws Exception {
    start();
    List<Track> tracks = new ArrayList<>();
    Track first = owned("t0", "u0");
    tracks.add(first);
    playAndAwaitStart(first);
    fake().holdWebSocketMessages(true);
    for (int i = 1; i < Originals.LIMIT; i++) {
      // Every other one is a copy of the one before: the same track with other user data.
      Track next = i % 2 == 0 ? copyFor(tracks.get(i - 1), "u" + i) : owned("t" + i, "u" + i);
      tracks.add(next);
      join(player.play(next));
    }
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(Originals.LIMIT);

    fake().holdWebSocketMessages(false);

    await().atMost(IO_TIMEOUT).until(() -> harness.eventsOf(TrackEndEvent.class).size()
        == Originals.LIMIT - 1 && harness.eventsOf(TrackStartEvent.class).size() == Originals.LIMIT);
    List<TrackEndEvent> ends = harness.eventsOf(TrackEndEvent.class);
    List<TrackStartEvent> starts = harness.eventsOf(TrackStartEvent.class);
    for (int i = 0; i < Originals.LIMIT - 1; i++) {
      assertOriginal(ends.get(i).original(), tracks.get(i), "u" + i);
      assertOriginal(starts.get(i + 1).original(), tracks.get(i + 1), "u" + (i + 1));
    }
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(1);
  }

  /** The list is bounded: when the events lag too far behind, the oldest ends lose their object. */
  @Test
  void morePlaysAnsweredBeforeTheirEventsThanTheLimit_keepsOnlyTheNewest() throws Exception {
    start();
    fake().holdWebSocketMessages(true);
    List<Track> tracks = new ArrayList<>();
    int plays = Originals.LIMIT + 4;
    for (int i = 0; i < plays; i++) {
      Track next = owned("t" + i, "u" + i);
      tracks.add(next);
      join(player.play(next));
    }
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(Originals.LIMIT);

    fake().holdWebSocketMessages(false);

    await().atMost(IO_TIMEOUT).until(() -> harness.eventsOf(TrackEndEvent.class).size() == plays - 1);
    List<TrackEndEvent> ends = harness.eventsOf(TrackEndEvent.class);
    for (int i = 0; i < plays - 1; i++) {
      if (i < plays - Originals.LIMIT) {
        assertThat(ends.get(i).original()).as("end %d, dropped", i).isNull();
      } else {
        assertOriginal(ends.get(i).original(), tracks.get(i), "u" + i);
      }
    }
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(1);
  }

  /**
   * A start event that arrives after the answer of a later play (the client saw both answers
   * before either start) carries its own object but does not take the player back to its track.
   */
  @Test
  void startOfAnOlderPlayAfterTheAnswerOfALaterOne_keepsTheLaterState() throws Exception {
    start();
    Track a = owned("a", "alice");
    Track b = owned("b", "bob");
    fake().holdWebSocketMessages(true);
    join(player.play(a));
    join(player.play(b));

    // The node's start of a, as the reader thread would hand it over before the held messages.
    guildPlayer().onTrackStart(a);

    assertThat(player.originalTrack()).isSameAs(b);
    assertThat(player.track().info().identifier()).isEqualTo("b");
    assertOriginal(awaitStart("a").original(), a, "alice");
    fake().holdWebSocketMessages(false);
    assertOriginal(awaitEnd("a", TrackEndReason.REPLACED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> startsOf("b").size() == 1);
    assertOriginal(startsOf("b").get(0).original(), b, "bob");
    assertThat(player.originalTrack()).isSameAs(b);
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(1);
  }

  /**
   * A play that a later play answered first made current: its track finishing (both plays raced
   * the end on the node) does not clear the later one.
   */
  @Test
  void finishedAfterTheAnswerOfALaterPlayOfTheSameTrack_keepsTheLaterPlayCurrent() throws Exception {
    start();
    Track a = owned("a", "alice");
    Track copy = copyFor(a, "bob");
    playAndAwaitStart(a);
    fake().holdWebSocketMessages(true);
    fake().clock().advance(LENGTH.plusSeconds(1));
    join(player.play(copy));

    fake().holdWebSocketMessages(false);

    assertOriginal(awaitEnd("a", TrackEndReason.FINISHED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> startsOf("a").size() == 2);
    assertOriginal(startsOf("a").get(1).original(), copy, "bob");
    assertThat(player.originalTrack()).isSameAs(copy);
    assertThat(player.track()).isNotNull();
  }

  /** With noReplace, a copy of the playing track leaves that track, and its object, playing. */
  @Test
  void noReplaceCopyOfThePlayingTrack_leavesItsOriginalInPlace() throws Exception {
    start();
    Track a = owned("a", "alice");
    playAndAwaitStart(a);

    join(player.play(copyFor(a, "bob"), dev.tonearm.player.PlayOptions.builder().noReplace(true)
        .build()));

    assertThat(player.originalTrack()).isSameAs(a);
    fake().clock().advance(LENGTH.plusSeconds(1));
    assertOriginal(awaitEnd("a", TrackEndReason.FINISHED).original(), a, "alice");
    await().atMost(IO_TIMEOUT).until(() -> player.track() == null);
    assertThat(guildPlayer().liveOriginalCount()).isZero();
  }

  // ---- ends that never come ------------------------------------------------------------------

  @Test
  void destroyed_withEndsStillToCome_forgetsThem() throws Exception {
    start();
    playAndAwaitStart(owned("a", "alice"));
    fake().holdWebSocketMessages(true);
    join(player.play(owned("b", "bob")));
    assertThat(guildPlayer().liveOriginalCount()).isEqualTo(2);

    join(player.destroy());

    assertThat(guildPlayer().liveOriginalCount()).isZero();
    fake().holdWebSocketMessages(false);
  }

  /**
   * The session is lost with a replaced track's end still held back: that end never comes. The
   * player is created again on the new session and plays on with the right objects.
   */
  @Test
  void sessionLost_withEndsStillToCome_forgetsThemAndPlaysOnWithTheOriginal() throws Exception {
    start();
    Track a = owned("a", "alice");
    Track b = owned("b", "bob");
    playAndAwaitStart(a);
    fake().holdWebSocketMessages(true);
    join(player.play(b));
    String lost = player.node().sessionId();

    fake().refuseConnections(true);
    fake().dropConnections();
    TestLavalink.awaitState(player.node(), NodeState.RECONNECTING);
    fake().clock().advance(Duration.ofSeconds(61));
    await().atMost(IO_TIMEOUT).until(() -> fake().session(lost).isEmpty());
    fake().holdWebSocketMessages(false);
    fake().refuseConnections(false);
    TestLavalink.advanceUntilState(fake().clock(), player.node(), NodeState.CONNECTED);

    assertOriginal(awaitStart("b").original(), b, "bob");
    assertThat(findEnd("a", TrackEndReason.REPLACED)).isNull();
    await().atMost(IO_TIMEOUT).until(() -> guildPlayer().liveOriginalCount() == 1);
    Track copy = copyFor(a, "carol");
    replaceWith(copy, Order.ANSWER_FIRST);
    assertOriginal(awaitEnd("b", TrackEndReason.REPLACED).original(), b, "bob");
    assertOriginal(startsOf("a").get(startsOf("a").size() - 1).original(), copy, "carol");
  }

  /**
   * The player moves while the answer to its play is on its way back from the old node: the old
   * node will not report that track's end, so the answer must not leave an entry behind. The new
   * node's events carry the object, and its end clears the player.
   */
  @Test
  void movedWhileAPlayIsAnswered_theOldNodesAnswerLeavesNothingBehind() throws Exception {
    try (MultiNodeHarness nodes = new MultiNodeHarness(UnaryOperator.identity(), "n1", "n2")) {
      Player moving = nodes.joinVoice(1, "fra");
      GuildPlayer internal = (GuildPlayer) moving;
      Track a = owned("a", "alice");
      Track b = owned("b", "bob");
      join(moving.play(a));
      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).size() == 1);
      String home = moving.node().name();
      String other = home.equals("n1") ? "n2" : "n1";
      FakeLavalink old = nodes.fake(home);
      old.holdWebSocketMessages(true);
      old.holdNextAnswers(1);
      CompletableFuture<Player> played = moving.play(b);
      old.awaitHeldAnswers(1, IO_TIMEOUT);

      CompletableFuture<Player> moved = moving.moveTo(nodes.node(other));
      old.releaseAnswers();
      join(played);
      nodes.clock.advance(FailoverPolicy.DEFAULT.voiceResendDelay());
      join(moved);

      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).size() == 2);
      TrackStartEvent there = nodes.eventsOf(TrackStartEvent.class).get(1);
      assertThat(there.node().name()).isEqualTo(other);
      assertOriginal(there.original(), b, "bob");
      assertThat(internal.liveOriginalCount()).isEqualTo(1);
      nodes.clock.advance(LENGTH.plusSeconds(1));
      await().atMost(IO_TIMEOUT).until(() -> !nodes.eventsOf(TrackEndEvent.class).isEmpty());
      TrackEndEvent end = nodes.eventsOf(TrackEndEvent.class).get(0);
      assertThat(end.reason()).isEqualTo(TrackEndReason.FINISHED);
      assertOriginal(end.original(), b, "bob");
      await().atMost(IO_TIMEOUT).until(() -> moving.track() == null);
      assertThat(moving.originalTrack()).isNull();
      assertThat(internal.liveOriginalCount()).isZero();
    }
  }

  /**
   * The node dies with a replaced track's end still held back; the player fails over to another
   * node, where its events carry the right objects, whatever order they come in.
   */
  @ParameterizedTest
  @EnumSource(Order.class)
  void failover_withEndsStillToCome_forgetsThemAndPlaysOnWithTheOriginal(Order order)
      throws Exception {
    try (MultiNodeHarness nodes = new MultiNodeHarness(UnaryOperator.identity(), "n1", "n2")) {
      Player moving = nodes.joinVoice(1, "fra");
      GuildPlayer internal = (GuildPlayer) moving;
      Track a = owned("a", "alice");
      Track b = owned("b", "bob");
      join(moving.play(a));
      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).size() == 1);
      String home = moving.node().name();
      String other = home.equals("n1") ? "n2" : "n1";
      nodes.fake(home).holdWebSocketMessages(true);
      join(moving.play(b));
      assertThat(internal.liveOriginalCount()).isEqualTo(2);

      nodes.kill(home);
      nodes.clock.advance(FailoverPolicy.DEFAULT.grace());
      nodes.clock.advance(FailoverPolicy.DEFAULT.voiceResendDelay());
      await().atMost(IO_TIMEOUT).until(() -> !nodes.eventsOf(PlayerMovedEvent.class).isEmpty());

      assertThat(moving.node().name()).isEqualTo(other);
      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).stream()
          .anyMatch(start -> start.node().name().equals(other)));
      TrackStartEvent restarted = nodes.eventsOf(TrackStartEvent.class).stream()
          .filter(start -> start.node().name().equals(other)).findFirst().orElseThrow();
      assertOriginal(restarted.original(), b, "bob");
      assertThat(internal.liveOriginalCount()).isEqualTo(1);

      // On the new node, b is replaced by a copy of it, in either order.
      Track copy = copyFor(b, "carol");
      FakeLavalink there = nodes.fake(other);
      if (order == Order.ANSWER_FIRST) {
        there.holdWebSocketMessages(true);
        join(moving.play(copy));
        there.holdWebSocketMessages(false);
      } else {
        there.holdNextAnswers(1);
        CompletableFuture<Player> sent = moving.play(copy);
        there.awaitHeldAnswers(1, IO_TIMEOUT);
        await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).size() == 3);
        there.releaseAnswers();
        join(sent);
      }
      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackEndEvent.class).stream()
          .anyMatch(end -> end.node().name().equals(other)));
      TrackEndEvent replaced = nodes.eventsOf(TrackEndEvent.class).stream()
          .filter(end -> end.node().name().equals(other)).findFirst().orElseThrow();
      assertThat(replaced.reason()).isEqualTo(TrackEndReason.REPLACED);
      assertOriginal(replaced.original(), b, "bob");
      await().atMost(IO_TIMEOUT).until(() -> nodes.eventsOf(TrackStartEvent.class).size() == 3);
      assertOriginal(nodes.eventsOf(TrackStartEvent.class).get(2).original(), copy, "carol");
      assertThat(internal.liveOriginalCount()).isEqualTo(1);
    }
  }
}
