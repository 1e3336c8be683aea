package dev.tonearm.queue;

import dev.tonearm.event.TrackEndReason;
import dev.tonearm.track.Track;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The tracks a player will play, in order, with its repeat mode and the history of what played.
 *
 * <p>The queue holds the very {@link Track} instances it is given and hands the same instances
 * back, so the data the bot attached to a track with {@link Track#withUserData(Object)} is still
 * there when the track comes out. The track that is playing is not part of the queue: the player
 * takes it out with {@link #next(Track, TrackEndReason)}, {@link #skip()} or {@link #poll()}.
 *
 * <p><b>Size.</b> A queue may have a maximum size. {@link #UNBOUNDED}, which is
 * {@link Integer#MAX_VALUE} and the default, means no limit; {@code 0} is a real limit and makes a
 * queue that accepts no tracks. Adding more tracks than fit throws {@link QueueFullException}
 * and adds nothing.
 *
 * <p><b>History.</b> Tracks that played and ended are remembered, most recent first, up to
 * {@link #historyLimit()} tracks ({@link #DEFAULT_HISTORY_LIMIT} unless changed); the oldest are
 * forgotten first. See {@link #next(Track, TrackEndReason)} for what is recorded.
 *
 * <p><b>Threads.</b> Every method is safe to call from any thread; each one is atomic, and none
 * copies the whole queue except {@link #snapshot()}. Indices are only meaningful while nobody else
 * changes the queue: a bot that shows positions and then removes by index from another thread
 * should take a {@link #snapshot()} and tolerate {@link IndexOutOfBoundsException}.
 */
public final class TrackQueue {
  /** The maximum size that means the queue has no limit: {@link Integer#MAX_VALUE}. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** How many ended tracks a new queue remembers. */
  public static final int DEFAULT_HISTORY_LIMIT = 50;

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayList<Track> tracks = new ArrayList<>();
  /** Most recent first. */
  private final ArrayDeque<Track> history = new ArrayDeque<>();
  private RepeatMode repeatMode = RepeatMode.OFF;
  private int maxSize;
  private int historyLimit;
  private final Runnable onChange;

  /** Creates an empty, unbounded queue that remembers {@link #DEFAULT_HISTORY_LIMIT} tracks. */
  public TrackQueue() {
    this(UNBOUNDED, DEFAULT_HISTORY_LIMIT);
  }

  /**
   * Creates an empty queue.
   *
   * @param maxSize the most tracks the queue may hold, or {@link #UNBOUNDED}
   * @param historyLimit how many ended tracks to remember; {@code 0} keeps no history
   * @throws IllegalArgumentException if {@code maxSize} or {@code historyLimit} is negative
   */
  public TrackQueue(int maxSize, int historyLimit) {
    this(maxSize, historyLimit, () -> { });
  }

  /**
   * Creates an empty queue that reports its changes, for example to persist them.
   *
   * @param maxSize the most tracks the queue may hold, or {@link #UNBOUNDED}
   * @param historyLimit how many ended tracks to remember; {@code 0} keeps no history
   * @param onChange called after every call that may have changed the queue, its settings or its
   *     history, outside the queue's lock
   * @throws IllegalArgumentException if {@code maxSize} or {@code historyLimit} is negative
   */
  public TrackQueue(int maxSize, int historyLimit, Runnable onChange) {
    this.maxSize = checkMaxSize(maxSize);
    this.historyLimit = checkHistoryLimit(historyLimit);
    this.onChange = Objects.requireNonNull(onChange, "onChange");
  }

  private void changed() {
    onChange.run();
  }

  /**
   * Adds a track at the back of the queue.
   *
   * @param track the track
   * @return the index the track now has in the queue
   * @throws NullPointerException if {@code track} is null
   * @throws QueueFullException if the queue already holds its maximum size
   */
  public int add(Track track) {
    Objects.requireNonNull(track, "track");
    lock.lock();
    try {
      checkRoom(1);
      tracks.add(track);
      return tracks.size() - 1;
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Adds tracks at the back of the queue, in the collection's iteration order. Either all of them
   * are added or, when they do not all fit or one is null, none is.
   *
   * @param newTracks the tracks; the collection is read once and not kept
   * @return the index the first of them now has in the queue; the queue's size if the collection
   *     is empty
   * @throws NullPointerException if {@code newTracks} or one of its elements is null
   * @throws QueueFullException if the queue cannot take all of the tracks
   */
  public int addAll(Collection<? extends Track> newTracks) {
    Objects.requireNonNull(newTracks, "newTracks");
    Object[] added = newTracks.toArray();
    for (int i = 0; i < added.length; i++) {
      if (added[i] == null) {
        throw new NullPointerException(
            "newTracks contains null at position " + i + " of " + added.length);
      }
    }
    lock.lock();
    try {
      int first = tracks.size();
      if (added.length == 0) {
        return first;
      }
      checkRoom(added.length);
      tracks.ensureCapacity(first + added.length);
      for (Object track : added) {
        tracks.add((Track) track);
      }
      return first;
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Inserts a track so that it gets the given index; the tracks from that index on move back by
   * one. {@code insert(0, track)} makes the track the next to play; {@code insert(size(), track)}
   * is the same as {@link #add(Track)}.
   *
   * @param index the index the track gets, from {@code 0} to {@link #size()} inclusive
   * @param track the track
   * @throws NullPointerException if {@code track} is null
   * @throws IndexOutOfBoundsException if {@code index} is negative or greater than the size
   * @throws QueueFullException if the queue already holds its maximum size
   */
  public void insert(int index, Track track) {
    Objects.requireNonNull(track, "track");
    lock.lock();
    try {
      if (index < 0 || index > tracks.size()) {
        throw new IndexOutOfBoundsException("Insert index " + index
            + " is out of range for a queue of size " + tracks.size() + " (0 to " + tracks.size()
            + " allowed)");
      }
      checkRoom(1);
      tracks.add(index, track);
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Removes the track at an index; the tracks after it move forward by one.
   *
   * @param index the index, from {@code 0} to {@code size() - 1}
   * @return the removed track
   * @throws IndexOutOfBoundsException if {@code index} is negative or not less than the size
   */
  public Track remove(int index) {
    lock.lock();
    try {
      checkIndex("Index", index);
      return tracks.remove(index);
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Removes every track the predicate accepts, for example all tracks a given user added. The
   * history is not touched.
   *
   * <p>The predicate runs while the queue is locked, so other threads wait for it; it must be
   * quick and must not change this queue.
   *
   * @param filter accepts the tracks to remove
   * @return how many tracks were removed
   * @throws NullPointerException if {@code filter} is null
   */
  public int removeIf(Predicate<? super Track> filter) {
    Objects.requireNonNull(filter, "filter");
    lock.lock();
    try {
      int before = tracks.size();
      tracks.removeIf(filter);
      return before - tracks.size();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Moves a track from one index to another; the tracks in between shift by one to make room.
   * Afterwards the track is at index {@code to}. Moving a track to its own index changes nothing.
   *
   * @param from the track's index, from {@code 0} to {@code size() - 1}
   * @param to the index it gets, from {@code 0} to {@code size() - 1}
   * @throws IndexOutOfBoundsException if {@code from} or {@code to} is negative or not less than
   *     the size
   */
  public void move(int from, int to) {
    lock.lock();
    try {
      checkIndex("From index", from);
      checkIndex("To index", to);
      if (from != to) {
        tracks.add(to, tracks.remove(from));
      }
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Removes every track from the queue. The history, repeat mode and limits stay as they are.
   *
   * @return how many tracks were removed
   */
  public int clear() {
    lock.lock();
    try {
      int removed = tracks.size();
      tracks.clear();
      return removed;
    } finally {
      lock.unlock();
      changed();
    }
  }

  /** Puts the tracks in a random order, every order being equally likely. */
  public void shuffle() {
    shuffle(ThreadLocalRandom.current());
  }

  /**
   * Puts the tracks in a random order drawn from the given generator, every order being equally
   * likely if the generator is uniform. The same generator state gives the same order, which makes
   * shuffles reproducible in tests.
   *
   * @param random the source of randomness; used while the queue is locked
   * @throws NullPointerException if {@code random} is null
   */
  public void shuffle(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    lock.lock();
    try {
      for (int i = tracks.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        tracks.set(i, tracks.set(j, tracks.get(i)));
      }
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Returns the track that would play next, without removing it.
   *
   * @return the first track, or empty if the queue is empty
   */
  public Optional<Track> peek() {
    lock.lock();
    try {
      return tracks.isEmpty() ? Optional.empty() : Optional.of(tracks.get(0));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the track at an index, without removing it.
   *
   * @param index the index, from {@code 0} to {@code size() - 1}
   * @return the track
   * @throws IndexOutOfBoundsException if {@code index} is negative or not less than the size
   */
  public Track get(int index) {
    lock.lock();
    try {
      checkIndex("Index", index);
      return tracks.get(index);
    } finally {
      lock.unlock();
    }
  }

  /** {@return how many tracks are in the queue} */
  public int size() {
    lock.lock();
    try {
      return tracks.size();
    } finally {
      lock.unlock();
    }
  }

  /** {@return whether the queue has no tracks} */
  public boolean isEmpty() {
    lock.lock();
    try {
      return tracks.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the tracks in queue order, as they are at this moment.
   *
   * @return an unmodifiable copy that later changes to the queue do not affect
   */
  public List<Track> snapshot() {
    lock.lock();
    try {
      return List.copyOf(tracks);
    } finally {
      lock.unlock();
    }
  }

  /** {@return the most tracks the queue may hold, or {@link #UNBOUNDED} if there is no limit} */
  public int maxSize() {
    lock.lock();
    try {
      return maxSize;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sets the most tracks the queue may hold. A limit below the current size removes nothing: the
   * queue keeps its tracks and refuses new ones until it has shrunk below the limit.
   *
   * @param maxSize the limit, or {@link #UNBOUNDED}; {@code 0} makes the queue refuse every track
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public void setMaxSize(int maxSize) {
    checkMaxSize(maxSize);
    lock.lock();
    try {
      this.maxSize = maxSize;
    } finally {
      lock.unlock();
      changed();
    }
  }

  /** {@return what the queue repeats; {@link RepeatMode#OFF} for a new queue} */
  public RepeatMode repeatMode() {
    lock.lock();
    try {
      return repeatMode;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sets what the queue repeats, from the next {@link #next(Track, TrackEndReason)} on.
   *
   * @param repeatMode the mode
   * @throws NullPointerException if {@code repeatMode} is null
   */
  public void setRepeatMode(RepeatMode repeatMode) {
    Objects.requireNonNull(repeatMode, "repeatMode");
    lock.lock();
    try {
      this.repeatMode = repeatMode;
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Returns the tracks that played and ended, most recent first.
   *
   * @return an unmodifiable copy of at most {@link #historyLimit()} tracks
   */
  public List<Track> history() {
    lock.lock();
    try {
      return List.copyOf(history);
    } finally {
      lock.unlock();
    }
  }

  /** Forgets every track in the history. The queue itself is not touched. */
  public void clearHistory() {
    lock.lock();
    try {
      history.clear();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /** {@return how many ended tracks the history keeps; {@code 0} means none} */
  public int historyLimit() {
    lock.lock();
    try {
      return historyLimit;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sets how many ended tracks the history keeps. A lower limit forgets the oldest tracks at once.
   *
   * @param historyLimit the number of tracks; {@code 0} keeps no history
   * @throws IllegalArgumentException if {@code historyLimit} is negative
   */
  public void setHistoryLimit(int historyLimit) {
    checkHistoryLimit(historyLimit);
    lock.lock();
    try {
      this.historyLimit = historyLimit;
      trimHistory();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Decides what plays after a track ended and updates the queue to match. The player calls this
   * once for every track end it is told about, with the track as the player got it from this queue
   * or from the bot: that instance, not Lavalink's copy from the event, is what is repeated and
   * remembered, so its user data survives and it replays from its start.
   *
   * <p>What happens depends on the reason and the {@linkplain #repeatMode() repeat mode}:
   *
   * <ul>
   *   <li>{@link TrackEndReason#STOPPED}, {@link TrackEndReason#REPLACED},
   *       {@link TrackEndReason#CLEANUP} (every reason whose {@link TrackEndReason#mayStartNext()}
   *       is false): the bot already decided what happens, so nothing should start. The queue is
   *       not changed; the ended track is recorded in the history, since it did play.
   *   <li>{@link TrackEndReason#FINISHED} with {@link RepeatMode#OFF}: the first track is removed
   *       and returned, or empty if the queue is empty.
   *   <li>{@code FINISHED} with {@link RepeatMode#TRACK}: the ended track is returned again and
   *       the queue is not changed.
   *   <li>{@code FINISHED} with {@link RepeatMode#QUEUE}: the ended track is added at the back,
   *       then the first track is removed and returned; with an otherwise empty queue that is the
   *       ended track itself. The queue's size does not change, so this never fails for lack of
   *       room, even when the maximum size has been lowered below the size.
   *   <li>{@link TrackEndReason#LOAD_FAILED}, whatever the repeat mode: the ended track is
   *       dropped, neither repeated nor put back, and the first track is removed and returned, or
   *       empty if the queue is empty. Repeating a track that cannot load would fail again
   *       forever, and a queue of tracks that all fail would loop forever under
   *       {@code QUEUE}; this way such tracks fall out of the rotation and the queue runs out.
   * </ul>
   *
   * <p>A track that played is recorded in the history with every reason except
   * {@code LOAD_FAILED}, since such a track never played. A track that ends again right after
   * itself (the same instance, as under {@code TRACK} repeat) is recorded only once in a row, so a
   * repeated track does not push everything else out of the history.
   *
   * @param ended the track that ended
   * @param reason why it ended
   * @return the track the player should start now, or empty if it should start nothing
   * @throws NullPointerException if {@code ended} or {@code reason} is null
   */
  public Optional<Track> next(Track ended, TrackEndReason reason) {
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(reason, "reason");
    lock.lock();
    try {
      if (reason != TrackEndReason.LOAD_FAILED) {
        remember(ended);
      }
      if (!reason.mayStartNext()) {
        return Optional.empty();
      }
      if (reason == TrackEndReason.FINISHED) {
        if (repeatMode == RepeatMode.TRACK) {
          return Optional.of(ended);
        }
        if (repeatMode == RepeatMode.QUEUE) {
          tracks.add(ended);
        }
      }
      return pollLocked();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Takes the track a user's skip should play: the first track is removed and returned, whatever
   * the repeat mode, so skipping leaves a track that is repeated under {@link RepeatMode#TRACK}.
   * Nothing is recorded in the history; the end of the skipped track does that when it reaches
   * {@link #next(Track, TrackEndReason)} as {@link TrackEndReason#REPLACED} or
   * {@link TrackEndReason#STOPPED}.
   *
   * <p>Under {@link RepeatMode#QUEUE} the skipped track is not put back, so it leaves the loop;
   * use {@link #skip(Track)} to keep it.
   *
   * @return the track to play, or empty if the queue is empty
   */
  public Optional<Track> skip() {
    return poll();
  }

  /**
   * Takes the track a user's skip should play, given the track that is being skipped. Under
   * {@link RepeatMode#QUEUE} the skipped track is first added at the back, so it stays in the
   * loop, and the first track is then removed and returned; with an otherwise empty queue that is
   * the skipped track itself. Under {@link RepeatMode#OFF} and {@link RepeatMode#TRACK} this is
   * the same as {@link #skip()}. Nothing is recorded in the history.
   *
   * @param current the track that is playing and being skipped
   * @return the track to play, or empty if the queue is empty and the mode is not {@code QUEUE}
   * @throws NullPointerException if {@code current} is null
   */
  public Optional<Track> skip(Track current) {
    Objects.requireNonNull(current, "current");
    lock.lock();
    try {
      if (repeatMode == RepeatMode.QUEUE) {
        tracks.add(current);
      }
      return pollLocked();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /**
   * Removes and returns the first track, ignoring the repeat mode and without touching the
   * history.
   *
   * @return the first track, or empty if the queue is empty
   */
  public Optional<Track> poll() {
    lock.lock();
    try {
      return pollLocked();
    } finally {
      lock.unlock();
      changed();
    }
  }

  /** Returns the size, repeat mode, maximum size and history fill; never the tracks. */
  @Override
  public String toString() {
    lock.lock();
    try {
      return "TrackQueue[size=" + tracks.size() + ", repeat=" + repeatMode + ", maxSize="
          + (maxSize == UNBOUNDED ? "unbounded" : Integer.toString(maxSize)) + ", history="
          + history.size() + "/" + historyLimit + "]";
    } finally {
      lock.unlock();
    }
  }

  private Optional<Track> pollLocked() {
    return tracks.isEmpty() ? Optional.empty() : Optional.of(tracks.remove(0));
  }

  private void remember(Track ended) {
    if (historyLimit == 0 || history.peekFirst() == ended) {
      return;
    }
    history.addFirst(ended);
    trimHistory();
  }

  private void trimHistory() {
    while (history.size() > historyLimit) {
      history.removeLast();
    }
  }

  private void checkRoom(int offered) {
    int size = tracks.size();
    if (size > maxSize || offered > maxSize - size) {
      throw new QueueFullException(maxSize, size, offered);
    }
  }

  private void checkIndex(String name, int index) {
    if (index < 0 || index >= tracks.size()) {
      throw new IndexOutOfBoundsException(name + " " + index
          + " is out of range for a queue of size " + tracks.size()
          + (tracks.isEmpty() ? " (the queue is empty)"
              : " (0 to " + (tracks.size() - 1) + " allowed)"));
    }
  }

  private static int checkMaxSize(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException(
          "maxSize must be 0 or more, or TrackQueue.UNBOUNDED, but was " + maxSize);
    }
    return maxSize;
  }

  private static int checkHistoryLimit(int historyLimit) {
    if (historyLimit < 0) {
      throw new IllegalArgumentException(
          "historyLimit must be 0 or more, but was " + historyLimit);
    }
    return historyLimit;
  }
}
