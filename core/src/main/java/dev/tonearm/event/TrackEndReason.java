package dev.tonearm.event;

/** Why a track ended. */
public enum TrackEndReason {
  /** The track reached its end, its end time, or ended mid-stream after an error. */
  FINISHED(true),
  /** The track failed before producing any audio. */
  LOAD_FAILED(true),
  /** The player was stopped by the bot. */
  STOPPED(false),
  /** The bot started another track. */
  REPLACED(false),
  /** Lavalink cleaned up a player that nobody polled for audio: a leaked player. */
  CLEANUP(false);

  private final boolean mayStartNext;

  TrackEndReason(boolean mayStartNext) {
    this.mayStartNext = mayStartNext;
  }

  /**
   * Tells whether a queue should start its next track after this end. Only {@link #FINISHED} and
   * {@link #LOAD_FAILED} do; after the others the bot itself decided what plays next.
   *
   * @return true if the next track may start
   */
  public boolean mayStartNext() {
    return mayStartNext;
  }
}
