package dev.tonearm.queue;

/** What a {@link TrackQueue} plays again when a track finishes. */
public enum RepeatMode {
  /** Nothing is repeated: each track plays once and the queue runs out. */
  OFF,
  /** The track that just finished plays again, until the mode changes or the user skips. */
  TRACK,
  /** A track that finishes goes to the back of the queue, so the whole queue plays in a loop. */
  QUEUE
}
