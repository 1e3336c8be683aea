package dev.tonearm.event;

/** What kept a player idle. */
public enum InactivityReason {
  /** The queue ended and nothing was played since. */
  QUEUE_ENDED,
  /** The player stayed paused. */
  PAUSED,
  /** No one but bots was in the channel. */
  ALONE
}
