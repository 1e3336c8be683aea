package dev.tonearm.queue;

import static dev.tonearm.queue.QueueTracks.queueOf;
import static dev.tonearm.queue.QueueTracks.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tonearm.event.TrackEndReason;
import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link TrackQueue#next} and the skips do, for every end reason and repeat mode. */
class TrackQueueNextTest {
  private static final Track ENDED = track(0);
  private static final Track B = track(2);
  private static final Track C = track(3);

  /**
   * Starting from the queue [B, C] with ENDED having just ended: what next returns, the queue
   * afterwards and the history afterwards. "-" means empty.
   */
  static Stream<Arguments> withTracksQueued() {
    return Stream.of(
        arguments(TrackEndReason.FINISHED, RepeatMode.OFF, "B", "C", "ENDED"),
        arguments(TrackEndReason.FINISHED, RepeatMode.TRACK, "ENDED", "B,C", "ENDED"),
        arguments(TrackEndReason.FINISHED, RepeatMode.QUEUE, "B", "C,ENDED", "ENDED"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.OFF, "B", "C", "-"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.TRACK, "B", "C", "-"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.QUEUE, "B", "C", "-"),
        arguments(TrackEndReason.STOPPED, RepeatMode.OFF, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.STOPPED, RepeatMode.TRACK, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.STOPPED, RepeatMode.QUEUE, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.OFF, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.TRACK, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.QUEUE, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.OFF, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.TRACK, "-", "B,C", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.QUEUE, "-", "B,C", "ENDED"));
  }

  /** The same, starting from an empty queue. */
  static Stream<Arguments> withEmptyQueue() {
    return Stream.of(
        arguments(TrackEndReason.FINISHED, RepeatMode.OFF, "-", "-", "ENDED"),
        arguments(TrackEndReason.FINISHED, RepeatMode.TRACK, "ENDED", "-", "ENDED"),
        arguments(TrackEndReason.FINISHED, RepeatMode.QUEUE, "ENDED", "-", "ENDED"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.OFF, "-", "-", "-"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.TRACK, "-", "-", "-"),
        arguments(TrackEndReason.LOAD_FAILED, RepeatMode.QUEUE, "-", "-", "-"),
        arguments(TrackEndReason.STOPPED, RepeatMode.OFF, "-", "-", "ENDED"),
        arguments(TrackEndReason.STOPPED, RepeatMode.TRACK, "-", "-", "ENDED"),
        arguments(TrackEndReason.STOPPED, RepeatMode.QUEUE, "-", "-", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.OFF, "-", "-", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.TRACK, "-", "-", "ENDED"),
        arguments(TrackEndReason.REPLACED, RepeatMode.QUEUE, "-", "-", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.OFF, "-", "-", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.TRACK, "-", "-", "ENDED"),
        arguments(TrackEndReason.CLEANUP, RepeatMode.QUEUE, "-", "-", "ENDED"));
  }

  @ParameterizedTest(name = "{0} with repeat {1} -> {2}, queue {3}, history {4}")
  @MethodSource("withTracksQueued")
  void next_tracksQueued_followsTable(TrackEndReason reason, RepeatMode mode, String expected,
      String queueAfter, String historyAfter) {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(mode);

    Optional<Track> next = queue.next(ENDED, reason);

    assertOutcome(queue, next, expected, queueAfter, historyAfter);
    assertThat(queue.repeatMode()).isEqualTo(mode);
  }

  @ParameterizedTest(name = "{0} with repeat {1} -> {2}, queue {3}, history {4}")
  @MethodSource("withEmptyQueue")
  void next_emptyQueue_followsTable(TrackEndReason reason, RepeatMode mode, String expected,
      String queueAfter, String historyAfter) {
    TrackQueue queue = new TrackQueue();
    queue.setRepeatMode(mode);

    Optional<Track> next = queue.next(ENDED, reason);

    assertOutcome(queue, next, expected, queueAfter, historyAfter);
  }

  @Test
  void tables_coverEveryReasonAndMode() {
    for (Stream<Arguments> table : List.of(withTracksQueued(), withEmptyQueue())) {
      Set<List<Object>> combinations = new HashSet<>();
      table.forEach(row -> combinations.add(List.of(row.get()[0], row.get()[1])));
      assertThat(combinations)
          .hasSize(TrackEndReason.values().length * RepeatMode.values().length);
    }
  }

  @ParameterizedTest
  @EnumSource(value = TrackEndReason.class, names = {"STOPPED", "REPLACED", "CLEANUP"})
  void next_reasonThatMayNotStartNext_removesNothing(TrackEndReason reason) {
    assertThat(reason.mayStartNext()).isFalse();
    TrackQueue queue = queueOf(List.of(B, C));

    assertThat(queue.next(ENDED, reason)).isEmpty();

    assertThat(queue.snapshot()).containsExactly(B, C);
  }

  @Test
  void next_repeatOffWholeQueue_playsEachOnceThenRunsOut() {
    TrackQueue queue = queueOf(List.of(B, C));
    List<Track> played = new ArrayList<>();

    Optional<Track> next = Optional.of(ENDED);
    while (next.isPresent()) {
      played.add(next.get());
      next = queue.next(next.get(), TrackEndReason.FINISHED);
    }

    assertThat(played).containsExactly(ENDED, B, C);
    assertThat(queue.history()).containsExactly(C, B, ENDED);
  }

  @Test
  void next_repeatQueue_loopsInOrder() {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(RepeatMode.QUEUE);
    List<Track> played = new ArrayList<>();

    Track playing = ENDED;
    for (int i = 0; i < 7; i++) {
      played.add(playing);
      playing = queue.next(playing, TrackEndReason.FINISHED).orElseThrow();
    }

    assertThat(played).containsExactly(ENDED, B, C, ENDED, B, C, ENDED);
    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void next_repeatQueueAllTracksFailToLoad_runsOutInsteadOfLooping() {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(RepeatMode.QUEUE);

    assertThat(queue.next(ENDED, TrackEndReason.LOAD_FAILED)).containsSame(B);
    assertThat(queue.next(B, TrackEndReason.LOAD_FAILED)).containsSame(C);
    assertThat(queue.next(C, TrackEndReason.LOAD_FAILED)).isEmpty();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.history()).isEmpty();
  }

  @Test
  void next_repeatTrackThenFailure_movesOnToQueue() {
    TrackQueue queue = queueOf(List.of(B));
    queue.setRepeatMode(RepeatMode.TRACK);

    assertThat(queue.next(ENDED, TrackEndReason.FINISHED)).containsSame(ENDED);
    assertThat(queue.next(ENDED, TrackEndReason.LOAD_FAILED)).containsSame(B);
    assertThat(queue.next(B, TrackEndReason.LOAD_FAILED)).isEmpty();
  }

  @Test
  void next_repeatQueueFullQueue_rotatesWithoutError() {
    TrackQueue queue = new TrackQueue(2, 10);
    queue.addAll(List.of(B, C));
    queue.setRepeatMode(RepeatMode.QUEUE);

    assertThat(queue.next(ENDED, TrackEndReason.FINISHED)).containsSame(B);

    assertThat(queue.snapshot()).containsExactly(C, ENDED);
  }

  @Test
  void next_repeatQueueMaxSizeLoweredBelowSize_stillRotates() {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setMaxSize(0);
    queue.setRepeatMode(RepeatMode.QUEUE);

    assertThat(queue.next(ENDED, TrackEndReason.FINISHED)).containsSame(B);

    assertThat(queue.snapshot()).containsExactly(C, ENDED);
  }

  @Test
  void next_modeChangedBetweenEnds_usesCurrentMode() {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(RepeatMode.TRACK);
    assertThat(queue.next(ENDED, TrackEndReason.FINISHED)).containsSame(ENDED);

    queue.setRepeatMode(RepeatMode.OFF);

    assertThat(queue.next(ENDED, TrackEndReason.FINISHED)).containsSame(B);
  }

  @Test
  void next_nullArguments_throwNullPointerExceptionNamingThem() {
    TrackQueue queue = queueOf(List.of(B));

    assertThatNullPointerException()
        .isThrownBy(() -> queue.next(null, TrackEndReason.FINISHED))
        .withMessage("ended");
    assertThatNullPointerException()
        .isThrownBy(() -> queue.next(ENDED, null))
        .withMessage("reason");
    assertThat(queue.snapshot()).containsExactly(B);
    assertThat(queue.history()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RepeatMode.class)
  void skip_anyMode_takesHeadAndRecordsNothing(RepeatMode mode) {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(mode);

    assertThat(queue.skip()).containsSame(B);

    assertThat(queue.snapshot()).containsExactly(C);
    assertThat(queue.history()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RepeatMode.class)
  void skip_emptyQueue_returnsEmpty(RepeatMode mode) {
    TrackQueue queue = new TrackQueue();
    queue.setRepeatMode(mode);

    assertThat(queue.skip()).isEmpty();
  }

  static Stream<Arguments> skipWithCurrent() {
    return Stream.of(
        arguments(RepeatMode.OFF, "B", "C"),
        arguments(RepeatMode.TRACK, "B", "C"),
        arguments(RepeatMode.QUEUE, "B", "C,ENDED"));
  }

  @ParameterizedTest
  @MethodSource("skipWithCurrent")
  void skipCurrent_eachMode_keepsSkippedTrackOnlyUnderRepeatQueue(RepeatMode mode,
      String expected, String queueAfter) {
    TrackQueue queue = queueOf(List.of(B, C));
    queue.setRepeatMode(mode);

    Optional<Track> next = queue.skip(ENDED);

    assertOutcome(queue, next, expected, queueAfter, "-");
  }

  @Test
  void skipCurrent_repeatQueueEmptyQueue_returnsSkippedTrack() {
    TrackQueue queue = new TrackQueue();
    queue.setRepeatMode(RepeatMode.QUEUE);

    assertThat(queue.skip(ENDED)).containsSame(ENDED);
    assertThat(queue.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = RepeatMode.class, names = {"OFF", "TRACK"})
  void skipCurrent_emptyQueueWithoutRepeatQueue_returnsEmpty(RepeatMode mode) {
    TrackQueue queue = new TrackQueue();
    queue.setRepeatMode(mode);

    assertThat(queue.skip(ENDED)).isEmpty();
  }

  @Test
  void skipCurrent_null_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.skip(null)).withMessage("current");
  }

  @Test
  void skipThenReplaced_repeatTrack_recordsSkippedTrackOnceAndPlaysNext() {
    TrackQueue queue = queueOf(List.of(B));
    queue.setRepeatMode(RepeatMode.TRACK);

    Optional<Track> next = queue.skip();
    Optional<Track> afterReplaced = queue.next(ENDED, TrackEndReason.REPLACED);

    assertThat(next).containsSame(B);
    assertThat(afterReplaced).isEmpty();
    assertThat(queue.history()).containsExactly(ENDED);
    assertThat(queue.next(B, TrackEndReason.FINISHED)).containsSame(B);
  }

  private static void assertOutcome(TrackQueue queue, Optional<Track> next, String expected,
      String queueAfter, String historyAfter) {
    if (expected.equals("-")) {
      assertThat(next).isEmpty();
    } else {
      assertThat(next).containsSame(named(expected));
    }
    assertSameTracks(queue.snapshot(), queueAfter);
    assertSameTracks(queue.history(), historyAfter);
  }

  private static void assertSameTracks(List<Track> actual, String expected) {
    List<Track> wanted = new ArrayList<>();
    if (!expected.equals("-")) {
      for (String name : expected.split(",")) {
        wanted.add(named(name));
      }
    }
    assertThat(actual).hasSameSizeAs(wanted);
    for (int i = 0; i < wanted.size(); i++) {
      assertThat(actual.get(i)).as("track %d", i).isSameAs(wanted.get(i));
    }
  }

  private static Track named(String name) {
    return Map.of("ENDED", ENDED, "B", B, "C", C).get(name);
  }
}
