package dev.tonearm.internal.player;

import dev.tonearm.track.Track;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The bot's own track objects that a player's node was told to play, for its track events: the
 * one requested last until the node confirms it, then each until the node reports its end.
 *
 * <p>The node's REST answer and its WebSocket events travel on different connections, so the
 * answer that makes {@code b} the current track may arrive before or after the {@code
 * TrackEndEvent} of the {@code a} it replaced, and a start event before or after the answer of
 * its play. The player's current original cannot tell which object a late event is about; the
 * <em>live</em> list, oldest first, can. On one session the node reports a track's end before
 * the next track's start, so an event is about the oldest live entry that is the same track, and
 * the entries before the one that starts or ends ended unseen: they are dropped. At most {@link
 * #LIMIT} entries are kept; beyond that the oldest goes.
 *
 * <p>When the player moves to another node or its session is lost, the node that was told to
 * play the live entries no longer reports to it: {@link #forgetLive()} drops them, and an answer
 * to a request sent before that confirms the request without making it live.
 *
 * <p>Not thread-safe: the player guards it with its lock. Made on a player's first play, since
 * most players of a bot may never play.
 */
final class Originals {
  /** How many live entries are kept at most. */
  static final int LIMIT = 8;

  private @Nullable Track requested;
  /** The {@link #epoch} the request was sent in. */
  private int requestedEpoch;
  /** Counts the moves and lost sessions of the player. */
  private int epoch;
  private @Nullable Track[] live = new Track[2];
  private int size;

  /** Records the track of a play command as it is sent; it takes the place of any other. */
  void request(Track track) {
    requested = track;
    requestedEpoch = epoch;
  }

  /** Tells whether a play command was sent that its node has not confirmed yet. */
  boolean hasRequest() {
    return requested != null;
  }

  /**
   * Takes a REST answer that shows this track as the current one.
   *
   * @return the request if it is the same track, now confirmed; else null
   */
  @Nullable Track confirm(Track reported) {
    Track confirmed = requested;
    if (confirmed == null || !sameTrack(confirmed, reported)) {
      return null;
    }
    requested = null;
    if (requestedEpoch == epoch) {
      // Its start event, and later its end, may still come: they will find it here.
      addLive(confirmed);
    }
    return confirmed;
  }

  /**
   * Takes a start event.
   *
   * @return the live entry it is about, the entries before it dropped; else the request if it is
   *     the same track, confirmed now and the only live entry; else null
   */
  @Nullable Track started(Track reported) {
    int index = indexOf(reported);
    if (index >= 0) {
      drop(index);
      return live[0];
    }
    Track confirmed = requested;
    if (confirmed == null || !sameTrack(confirmed, reported)) {
      return null;
    }
    requested = null;
    // Whatever played before it ended, reported or not.
    drop(size);
    addLive(confirmed);
    return confirmed;
  }

  /**
   * Takes an end event.
   *
   * @return the live entry it is about, removed with the entries before it; else null
   */
  @Nullable Track ended(Track reported) {
    int index = indexOf(reported);
    if (index < 0) {
      return null;
    }
    Track original = live[index];
    drop(index + 1);
    return original;
  }

  /** Returns the live entry an event other than a start or an end is about, or null. */
  @Nullable Track find(Track reported) {
    int index = indexOf(reported);
    return index < 0 ? null : live[index];
  }

  /** Appends a track the node plays, or was confirmed to play next. */
  void addLive(Track original) {
    if (size == LIMIT) {
      drop(1);
    }
    if (size == live.length) {
      live = Arrays.copyOf(live, Math.min(LIMIT, size * 2));
    }
    live[size++] = original;
  }

  /** Counts the live entries. */
  int size() {
    return size;
  }

  /**
   * Forgets the live entries, after the player moved to another node or lost its session: the
   * node they were sent to will not report their end to it. A request sent before will not
   * become live either.
   */
  void forgetLive() {
    drop(size);
    epoch++;
  }

  private int indexOf(Track reported) {
    for (int i = 0; i < size; i++) {
      if (sameTrack(live[i], reported)) {
        return i;
      }
    }
    return -1;
  }

  /** Removes the oldest {@code count} live entries. */
  private void drop(int count) {
    if (count == 0) {
      return;
    }
    System.arraycopy(live, count, live, 0, size - count);
    Arrays.fill(live, size - count, size, null);
    size -= count;
  }

  /**
   * Tells whether two tracks are the same track. Lavalink re-encodes tracks (the encoding carries
   * the position), so identity is the encoded string or else the source's id; user data does not
   * count, so a track and a copy of it with other user data are the same track.
   */
  static boolean sameTrack(@Nullable Track a, Track b) {
    return a != null && (a.encoded().equals(b.encoded())
        || a.info().identifier().equals(b.info().identifier())
            && a.info().sourceName().equals(b.info().sourceName()));
  }
}
