package dev.tonearm.queue;

import static dev.tonearm.queue.QueueTracks.queueOf;
import static dev.tonearm.queue.QueueTracks.track;
import static dev.tonearm.queue.QueueTracks.tracks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackQueueTest {
  private final Track a = track(1);
  private final Track b = track(2);
  private final Track c = track(3);
  private final Track d = track(4);

  // --- construction and defaults ---

  @Test
  void constructor_noArguments_isEmptyUnboundedWithDefaultHistoryAndRepeatOff() {
    TrackQueue queue = new TrackQueue();

    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.size()).isZero();
    assertThat(queue.maxSize()).isEqualTo(TrackQueue.UNBOUNDED).isEqualTo(Integer.MAX_VALUE);
    assertThat(queue.historyLimit()).isEqualTo(TrackQueue.DEFAULT_HISTORY_LIMIT).isEqualTo(50);
    assertThat(queue.repeatMode()).isEqualTo(RepeatMode.OFF);
    assertThat(queue.snapshot()).isEmpty();
    assertThat(queue.history()).isEmpty();
  }

  @Test
  void constructor_limits_areKept() {
    TrackQueue queue = new TrackQueue(7, 3);

    assertThat(queue.maxSize()).isEqualTo(7);
    assertThat(queue.historyLimit()).isEqualTo(3);
  }

  @Test
  void constructor_negativeMaxSize_throwsIllegalArgumentExceptionNamingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TrackQueue(-1, 10))
        .withMessageContaining("maxSize")
        .withMessageContaining("-1");
  }

  @Test
  void constructor_negativeHistoryLimit_throwsIllegalArgumentExceptionNamingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TrackQueue(10, -5))
        .withMessageContaining("historyLimit")
        .withMessageContaining("-5");
  }

  // --- add / addAll ---

  @Test
  void add_severalTracks_keepsOrderAndReturnsIndices() {
    TrackQueue queue = new TrackQueue();

    assertThat(queue.add(a)).isZero();
    assertThat(queue.add(b)).isEqualTo(1);
    assertThat(queue.add(c)).isEqualTo(2);

    assertThat(queue.snapshot()).containsExactly(a, b, c);
    assertThat(queue.size()).isEqualTo(3);
    assertThat(queue.isEmpty()).isFalse();
  }

  @Test
  void add_sameInstanceTwice_holdsBoth() {
    TrackQueue queue = new TrackQueue();

    queue.add(a);
    queue.add(a);

    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.get(0)).isSameAs(a);
    assertThat(queue.get(1)).isSameAs(a);
  }

  @Test
  void add_null_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.add(null)).withMessage("track");
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void addAll_tracks_appendsInOrderAndReturnsFirstIndex() {
    TrackQueue queue = queueOf(List.of(a));

    int first = queue.addAll(List.of(b, c, d));

    assertThat(first).isEqualTo(1);
    assertThat(queue.snapshot()).containsExactly(a, b, c, d);
  }

  @Test
  void addAll_emptyCollection_changesNothingAndReturnsSize() {
    TrackQueue queue = queueOf(List.of(a, b));

    assertThat(queue.addAll(List.of())).isEqualTo(2);
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void addAll_emptyCollectionToFullQueue_doesNotThrow() {
    TrackQueue queue = new TrackQueue(1, 10);
    queue.add(a);

    assertThat(queue.addAll(List.of())).isEqualTo(1);
  }

  @Test
  void addAll_nullCollection_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.addAll(null)).withMessage("newTracks");
  }

  @Test
  void addAll_collectionWithNull_throwsNamingPositionAndAddsNothing() {
    TrackQueue queue = queueOf(List.of(a));

    assertThatNullPointerException()
        .isThrownBy(() -> queue.addAll(Arrays.asList(b, null, c)))
        .withMessage("newTracks contains null at position 1 of 3");
    assertThat(queue.snapshot()).containsExactly(a);
  }

  @Test
  void addAll_callerChangesCollectionAfterwards_queueIsUnchanged() {
    TrackQueue queue = new TrackQueue();
    List<Track> source = new ArrayList<>(List.of(a, b));

    queue.addAll(source);
    source.add(c);
    source.remove(0);

    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  // --- max size ---

  @Test
  void add_queueFull_throwsQueueFullExceptionAndAddsNothing() {
    TrackQueue queue = new TrackQueue(2, 10);
    queue.add(a);
    queue.add(b);

    assertThatThrownBy(() -> queue.add(c))
        .isInstanceOf(QueueFullException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The queue is full: it holds at most 2 tracks and has 2, so 1 offered track"
            + " does not fit; nothing was added");
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void add_exactlyUpToMaxSize_succeeds() {
    TrackQueue queue = new TrackQueue(3, 10);

    queue.add(a);
    queue.add(b);
    queue.add(c);

    assertThat(queue.size()).isEqualTo(3);
  }

  @Test
  void addAll_wouldExceedMaxSize_throwsAndAddsNone() {
    TrackQueue queue = new TrackQueue(4, 10);
    queue.add(a);
    queue.add(b);

    assertThatExceptionOfType(QueueFullException.class)
        .isThrownBy(() -> queue.addAll(List.of(c, d, track(5))))
        .withMessage("The queue is full: it holds at most 4 tracks and has 2, so 3 offered tracks"
            + " do not fit; nothing was added")
        .satisfies(e -> {
          assertThat(e.maxSize()).isEqualTo(4);
          assertThat(e.size()).isEqualTo(2);
          assertThat(e.offered()).isEqualTo(3);
        });
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void addAll_exactlyFillsMaxSize_addsAll() {
    TrackQueue queue = new TrackQueue(4, 10);
    queue.add(a);

    queue.addAll(List.of(b, c, d));

    assertThat(queue.snapshot()).containsExactly(a, b, c, d);
  }

  @Test
  void insert_queueFull_throwsQueueFullExceptionAndInsertsNothing() {
    TrackQueue queue = new TrackQueue(2, 10);
    queue.addAll(List.of(a, b));

    assertThatThrownBy(() -> queue.insert(0, c))
        .isInstanceOf(QueueFullException.class)
        .hasMessageContaining("at most 2 tracks");
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void insert_fullQueueAndBadIndex_reportsIndexFirst() {
    TrackQueue queue = new TrackQueue(1, 10);
    queue.add(a);

    assertThatThrownBy(() -> queue.insert(5, b)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void add_maxSizeZero_refusesEveryTrack() {
    TrackQueue queue = new TrackQueue(0, 10);

    assertThatThrownBy(() -> queue.add(a))
        .isInstanceOf(QueueFullException.class)
        .hasMessage("The queue is full: it holds at most 0 tracks and has 0, so 1 offered track"
            + " does not fit; nothing was added");
  }

  @Test
  void add_maxSizeOne_messageUsesSingular() {
    TrackQueue queue = new TrackQueue(1, 10);
    queue.add(a);

    assertThatThrownBy(() -> queue.add(b)).hasMessageStartingWith(
        "The queue is full: it holds at most 1 track and has 1,");
  }

  @Test
  void add_unboundedQueue_acceptsManyTracks() {
    TrackQueue queue = new TrackQueue();

    queue.addAll(tracks(0, 10_000));
    queue.add(a);

    assertThat(queue.size()).isEqualTo(10_001);
  }

  @Test
  void setMaxSize_belowCurrentSize_keepsTracksAndRefusesNewOnes() {
    TrackQueue queue = queueOf(List.of(a, b, c));

    queue.setMaxSize(1);

    assertThat(queue.maxSize()).isEqualTo(1);
    assertThat(queue.snapshot()).containsExactly(a, b, c);
    assertThatThrownBy(() -> queue.add(d))
        .isInstanceOf(QueueFullException.class)
        .hasMessageContaining("at most 1 track and has 3");
    queue.remove(0);
    queue.remove(0);
    assertThatThrownBy(() -> queue.add(d)).isInstanceOf(QueueFullException.class);
    queue.remove(0);
    queue.add(d);
    assertThat(queue.snapshot()).containsExactly(d);
  }

  @Test
  void setMaxSize_raised_acceptsMore() {
    TrackQueue queue = new TrackQueue(1, 10);
    queue.add(a);

    queue.setMaxSize(TrackQueue.UNBOUNDED);
    queue.add(b);

    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
  void setMaxSize_negative_throwsIllegalArgumentExceptionNamingValue(int value) {
    TrackQueue queue = new TrackQueue();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> queue.setMaxSize(value))
        .withMessageContaining(Integer.toString(value));
    assertThat(queue.maxSize()).isEqualTo(TrackQueue.UNBOUNDED);
  }

  // --- insert ---

  @Test
  void insert_atZero_becomesHead() {
    TrackQueue queue = queueOf(List.of(a, b));

    queue.insert(0, c);

    assertThat(queue.snapshot()).containsExactly(c, a, b);
    assertThat(queue.peek()).containsSame(c);
  }

  @Test
  void insert_inMiddle_shiftsLaterTracks() {
    TrackQueue queue = queueOf(List.of(a, b));

    queue.insert(1, c);

    assertThat(queue.snapshot()).containsExactly(a, c, b);
  }

  @Test
  void insert_atSize_appends() {
    TrackQueue queue = queueOf(List.of(a, b));

    queue.insert(2, c);

    assertThat(queue.snapshot()).containsExactly(a, b, c);
  }

  @Test
  void insert_intoEmptyAtZero_succeeds() {
    TrackQueue queue = new TrackQueue();

    queue.insert(0, a);

    assertThat(queue.snapshot()).containsExactly(a);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 4, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void insert_indexOutOfRange_throwsNamingIndexAndSize(int index) {
    TrackQueue queue = queueOf(List.of(a, b));

    assertThatThrownBy(() -> queue.insert(index, c))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Insert index " + index + " is out of range for a queue of size 2 (0 to 2"
            + " allowed)");
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void insert_null_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.insert(0, null)).withMessage("track");
  }

  // --- remove / removeIf ---

  @ParameterizedTest
  @CsvSource({"0, 'b,c'", "1, 'a,c'", "2, 'a,b'"})
  void remove_validIndex_returnsTrackAndClosesGap(int index, String remaining) {
    List<Track> all = List.of(a, b, c);
    TrackQueue queue = queueOf(all);

    Track removed = queue.remove(index);

    assertThat(removed).isSameAs(all.get(index));
    assertThat(names(queue.snapshot())).isEqualTo(remaining);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 100})
  void remove_indexOutOfRange_throwsNamingIndexAndSize(int index) {
    TrackQueue queue = queueOf(List.of(a, b, c));

    assertThatThrownBy(() -> queue.remove(index))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index " + index + " is out of range for a queue of size 3 (0 to 2"
            + " allowed)");
    assertThat(queue.size()).isEqualTo(3);
  }

  @Test
  void remove_emptyQueue_throwsSayingItIsEmpty() {
    TrackQueue queue = new TrackQueue();

    assertThatThrownBy(() -> queue.remove(0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index 0 is out of range for a queue of size 0 (the queue is empty)");
  }

  @Test
  void removeIf_matchingTracks_removesThemAndReturnsCount() {
    Track fromAlice = a.withUserData(requester("alice"));
    Track fromBob = b.withUserData(requester("bob"));
    Track fromAlice2 = c.withUserData(requester("alice"));
    TrackQueue queue = queueOf(List.of(fromAlice, fromBob, fromAlice2));

    int removed = queue.removeIf(
        t -> t.userData().getString("requester").equals("alice"));

    assertThat(removed).isEqualTo(2);
    assertThat(queue.snapshot()).singleElement().isSameAs(fromBob);
  }

  @Test
  void removeIf_noMatch_returnsZeroAndKeepsAll() {
    TrackQueue queue = queueOf(List.of(a, b));

    assertThat(queue.removeIf(t -> false)).isZero();
    assertThat(queue.snapshot()).containsExactly(a, b);
  }

  @Test
  void removeIf_doesNotTouchHistory() {
    TrackQueue queue = queueOf(List.of(b));
    queue.next(a, TrackEndReason.STOPPED);

    queue.removeIf(t -> true);

    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.history()).containsExactly(a);
  }

  @Test
  void removeIf_null_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.removeIf(null)).withMessage("filter");
  }

  // --- move ---

  @ParameterizedTest
  @CsvSource({
    "0, 3, 'b,c,d,a'",
    "3, 0, 'd,a,b,c'",
    "1, 2, 'a,c,b,d'",
    "2, 1, 'a,c,b,d'",
    "0, 1, 'b,a,c,d'",
    "2, 2, 'a,b,c,d'"
  })
  void move_validIndices_trackEndsAtTarget(int from, int to, String expected) {
    TrackQueue queue = queueOf(List.of(a, b, c, d));
    Track moved = queue.get(from);

    queue.move(from, to);

    assertThat(names(queue.snapshot())).isEqualTo(expected);
    assertThat(queue.get(to)).isSameAs(moved);
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, From index -1", "4, 0, From index 4", "0, -1, To index -1",
      "0, 4, To index 4"})
  void move_indexOutOfRange_throwsNamingIndexAndSize(int from, int to, String named) {
    TrackQueue queue = queueOf(List.of(a, b, c, d));

    assertThatThrownBy(() -> queue.move(from, to))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(named + " is out of range for a queue of size 4 (0 to 3 allowed)");
    assertThat(queue.snapshot()).containsExactly(a, b, c, d);
  }

  // --- clear ---

  @Test
  void clear_removesAllTracksButKeepsHistoryAndSettings() {
    TrackQueue queue = new TrackQueue(10, 5);
    queue.addAll(List.of(b, c));
    queue.setRepeatMode(RepeatMode.QUEUE);
    queue.next(a, TrackEndReason.REPLACED);

    assertThat(queue.clear()).isEqualTo(2);

    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.peek()).isEmpty();
    assertThat(queue.history()).containsExactly(a);
    assertThat(queue.repeatMode()).isEqualTo(RepeatMode.QUEUE);
    assertThat(queue.maxSize()).isEqualTo(10);
    assertThat(queue.clear()).isZero();
  }

  // --- shuffle ---

  @Test
  void shuffle_sameSeed_sameOrder() {
    List<Track> all = tracks(0, 50);
    TrackQueue first = queueOf(all);
    TrackQueue second = queueOf(all);

    first.shuffle(new SplittableRandom(42));
    second.shuffle(new SplittableRandom(42));

    assertThat(first.snapshot()).isEqualTo(second.snapshot());
    assertThat(first.snapshot()).isNotEqualTo(all);
  }

  @Test
  void shuffle_seeded_isPermutationOfSameInstances() {
    List<Track> all = tracks(0, 50);
    TrackQueue queue = queueOf(all);

    queue.shuffle(new SplittableRandom(7));

    List<Track> shuffled = queue.snapshot();
    assertThat(shuffled).hasSize(50).doesNotHaveDuplicates();
    for (Track track : all) {
      assertThat(shuffled).anySatisfy(t -> assertThat(t).isSameAs(track));
    }
  }

  @Test
  void shuffle_differentSeeds_differentOrders() {
    List<Track> all = tracks(0, 50);
    TrackQueue first = queueOf(all);
    TrackQueue second = queueOf(all);

    first.shuffle(new SplittableRandom(1));
    second.shuffle(new SplittableRandom(2));

    assertThat(first.snapshot()).isNotEqualTo(second.snapshot());
  }

  @Test
  void shuffle_threeTracksManyTimes_reachesEveryOrder() {
    List<Track> all = List.of(a, b, c);
    SplittableRandom random = new SplittableRandom(3);
    Set<String> seen = new HashSet<>();

    for (int i = 0; i < 600; i++) {
      TrackQueue queue = queueOf(all);
      queue.shuffle(random);
      seen.add(names(queue.snapshot()));
    }

    assertThat(seen).containsExactlyInAnyOrder("a,b,c", "a,c,b", "b,a,c", "b,c,a", "c,a,b",
        "c,b,a");
  }

  @Test
  void shuffle_unseeded_isPermutation() {
    List<Track> all = tracks(0, 20);
    TrackQueue queue = queueOf(all);

    queue.shuffle();

    assertThat(queue.snapshot()).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void shuffle_emptyOrSingle_doesNothing() {
    TrackQueue empty = new TrackQueue();
    TrackQueue single = queueOf(List.of(a));

    empty.shuffle(new SplittableRandom(1));
    single.shuffle(new SplittableRandom(1));

    assertThat(empty.isEmpty()).isTrue();
    assertThat(single.snapshot()).containsExactly(a);
  }

  @Test
  void shuffle_nullGenerator_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException().isThrownBy(() -> queue.shuffle(null)).withMessage("random");
  }

  // --- peek / get / poll / snapshot ---

  @Test
  void peek_nonEmpty_returnsHeadWithoutRemoving() {
    TrackQueue queue = queueOf(List.of(a, b));

    assertThat(queue.peek()).containsSame(a);
    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void peek_empty_returnsEmpty() {
    assertThat(new TrackQueue().peek()).isEmpty();
  }

  @Test
  void get_validIndices_returnsTracks() {
    TrackQueue queue = queueOf(List.of(a, b, c));

    assertThat(queue.get(0)).isSameAs(a);
    assertThat(queue.get(2)).isSameAs(c);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3})
  void get_indexOutOfRange_throwsNamingIndexAndSize(int index) {
    TrackQueue queue = queueOf(List.of(a, b, c));

    assertThatThrownBy(() -> queue.get(index))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Index " + index)
        .hasMessageContaining("size 3");
  }

  @Test
  void poll_nonEmpty_removesAndReturnsHeadInOrder() {
    TrackQueue queue = queueOf(List.of(a, b));

    assertThat(queue.poll()).containsSame(a);
    assertThat(queue.poll()).containsSame(b);
    assertThat(queue.poll()).isEmpty();
  }

  @Test
  void poll_repeatTrackOrQueue_ignoresRepeatAndHistory() {
    TrackQueue queue = queueOf(List.of(a, b));
    queue.setRepeatMode(RepeatMode.QUEUE);

    assertThat(queue.poll()).containsSame(a);
    queue.setRepeatMode(RepeatMode.TRACK);
    assertThat(queue.poll()).containsSame(b);

    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.history()).isEmpty();
  }

  @Test
  void snapshot_laterChanges_doNotAffectIt() {
    TrackQueue queue = queueOf(List.of(a, b));

    List<Track> snapshot = queue.snapshot();
    queue.add(c);
    queue.remove(0);

    assertThat(snapshot).containsExactly(a, b);
  }

  @Test
  void snapshot_isUnmodifiable() {
    List<Track> snapshot = queueOf(List.of(a)).snapshot();

    assertThatThrownBy(() -> snapshot.add(b)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sameInstance_userDataSurvivesEveryWayOut() {
    Track withData = a.withUserData(requester("carol"));
    TrackQueue queue = new TrackQueue();

    queue.add(withData);
    assertThat(queue.peek()).containsSame(withData);
    assertThat(queue.get(0)).isSameAs(withData);
    assertThat(queue.snapshot()).singleElement().isSameAs(withData);
    Track out = queue.poll().orElseThrow();

    assertThat(out).isSameAs(withData);
    assertThat(out.userData().getString("requester")).isEqualTo("carol");
    queue.setRepeatMode(RepeatMode.QUEUE);
    assertThat(queue.next(out, TrackEndReason.FINISHED)).containsSame(withData);
    assertThat(queue.history()).singleElement().isSameAs(withData);
  }

  // --- repeat mode ---

  @Test
  void setRepeatMode_each_isReported() {
    TrackQueue queue = new TrackQueue();

    for (RepeatMode mode : RepeatMode.values()) {
      queue.setRepeatMode(mode);
      assertThat(queue.repeatMode()).isEqualTo(mode);
    }
  }

  @Test
  void setRepeatMode_null_throwsNullPointerExceptionNamingArgument() {
    TrackQueue queue = new TrackQueue();

    assertThatNullPointerException()
        .isThrownBy(() -> queue.setRepeatMode(null))
        .withMessage("repeatMode");
    assertThat(queue.repeatMode()).isEqualTo(RepeatMode.OFF);
  }

  // --- history ---

  @Test
  void history_severalEnded_mostRecentFirst() {
    TrackQueue queue = queueOf(List.of(b, c, d));

    Track playing = a;
    for (int i = 0; i < 3; i++) {
      playing = queue.next(playing, TrackEndReason.FINISHED).orElseThrow();
    }

    assertThat(playing).isSameAs(d);
    assertThat(queue.history()).containsExactly(c, b, a);
  }

  @Test
  void history_moreThanLimit_keepsOnlyMostRecent() {
    TrackQueue queue = new TrackQueue(TrackQueue.UNBOUNDED, 3);
    List<Track> played = tracks(0, 10);

    for (Track track : played) {
      queue.next(track, TrackEndReason.FINISHED);
    }

    assertThat(queue.history()).containsExactly(played.get(9), played.get(8), played.get(7));
  }

  @Test
  void history_defaultLimit_keepsFifty() {
    TrackQueue queue = new TrackQueue();
    List<Track> played = tracks(0, 60);

    for (Track track : played) {
      queue.next(track, TrackEndReason.FINISHED);
    }

    List<Track> history = queue.history();
    assertThat(history).hasSize(50);
    assertThat(history.get(0)).isSameAs(played.get(59));
    assertThat(history.get(49)).isSameAs(played.get(10));
  }

  @Test
  void history_limitZero_keepsNothing() {
    TrackQueue queue = new TrackQueue(TrackQueue.UNBOUNDED, 0);

    queue.next(a, TrackEndReason.FINISHED);
    queue.next(b, TrackEndReason.STOPPED);

    assertThat(queue.history()).isEmpty();
  }

  @Test
  void setHistoryLimit_lowered_forgetsOldestAtOnce() {
    TrackQueue queue = new TrackQueue();
    for (Track track : List.of(a, b, c, d)) {
      queue.next(track, TrackEndReason.FINISHED);
    }

    queue.setHistoryLimit(2);

    assertThat(queue.historyLimit()).isEqualTo(2);
    assertThat(queue.history()).containsExactly(d, c);
  }

  @Test
  void setHistoryLimit_raised_keepsMore() {
    TrackQueue queue = new TrackQueue(TrackQueue.UNBOUNDED, 1);
    queue.next(a, TrackEndReason.FINISHED);

    queue.setHistoryLimit(3);
    queue.next(b, TrackEndReason.FINISHED);
    queue.next(c, TrackEndReason.FINISHED);
    queue.next(d, TrackEndReason.FINISHED);

    assertThat(queue.history()).containsExactly(d, c, b);
  }

  @Test
  void setHistoryLimit_negative_throwsIllegalArgumentExceptionNamingValue() {
    TrackQueue queue = new TrackQueue();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> queue.setHistoryLimit(-3))
        .withMessage("historyLimit must be 0 or more, but was -3");
    assertThat(queue.historyLimit()).isEqualTo(50);
  }

  @Test
  void history_sameTrackEndsRepeatedly_recordedOnceInARow() {
    TrackQueue queue = new TrackQueue();
    queue.setRepeatMode(RepeatMode.TRACK);

    for (int i = 0; i < 5; i++) {
      assertThat(queue.next(a, TrackEndReason.FINISHED)).containsSame(a);
    }
    queue.next(b, TrackEndReason.FINISHED);
    queue.next(a, TrackEndReason.FINISHED);

    assertThat(queue.history()).containsExactly(a, b, a);
  }

  @Test
  void history_equalButDistinctInstances_bothRecorded() {
    TrackQueue queue = new TrackQueue();
    Track copy = track(1);

    queue.next(a, TrackEndReason.FINISHED);
    queue.next(copy, TrackEndReason.FINISHED);

    assertThat(queue.history()).hasSize(2);
    assertThat(queue.history().get(0)).isSameAs(copy);
    assertThat(queue.history().get(1)).isSameAs(a);
  }

  @Test
  void history_isUnmodifiableCopy() {
    TrackQueue queue = new TrackQueue();
    queue.next(a, TrackEndReason.FINISHED);

    List<Track> history = queue.history();
    queue.next(b, TrackEndReason.FINISHED);

    assertThat(history).containsExactly(a);
    assertThatThrownBy(() -> history.add(c)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void clearHistory_forgetsHistoryButKeepsQueue() {
    TrackQueue queue = queueOf(List.of(c));
    queue.next(a, TrackEndReason.STOPPED);
    queue.next(b, TrackEndReason.STOPPED);

    queue.clearHistory();

    assertThat(queue.history()).isEmpty();
    assertThat(queue.snapshot()).containsExactly(c);
    assertThat(queue.historyLimit()).isEqualTo(50);
  }

  // --- toString / exception ---

  @Test
  void toString_bigQueue_isShortAndHasNoTracks() {
    TrackQueue queue = queueOf(tracks(0, 1000));
    queue.setRepeatMode(RepeatMode.QUEUE);
    queue.next(a, TrackEndReason.STOPPED);

    assertThat(queue).hasToString(
        "TrackQueue[size=1000, repeat=QUEUE, maxSize=unbounded, history=1/50]");
  }

  @Test
  void toString_bounded_showsMaxSize() {
    TrackQueue queue = new TrackQueue(25, 10);
    queue.add(a);

    assertThat(queue).hasToString("TrackQueue[size=1, repeat=OFF, maxSize=25, history=0/10]");
  }

  @Test
  void queueFullException_constructor_keepsValues() {
    QueueFullException e = new QueueFullException(5, 4, 2);

    assertThat(e.maxSize()).isEqualTo(5);
    assertThat(e.size()).isEqualTo(4);
    assertThat(e.offered()).isEqualTo(2);
    assertThat(e).hasMessage("The queue is full: it holds at most 5 tracks and has 4, so 2"
        + " offered tracks do not fit; nothing was added");
  }

  private static JsonObject requester(String name) {
    JsonObject data = new JsonObject();
    data.addProperty("requester", name);
    return data;
  }

  /** Names tracks 1 to 4 as a to d, joined by commas. */
  private static String names(List<Track> tracks) {
    StringBuilder out = new StringBuilder();
    for (Track track : tracks) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append((char) ('a' + Integer.parseInt(track.encoded().substring(4)) - 1));
    }
    return out.toString();
  }
}
