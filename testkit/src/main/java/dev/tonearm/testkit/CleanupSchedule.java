package dev.tonearm.testkit;

import java.time.Duration;

/**
 * When lavaplayer cleans up a player nobody reads audio from: at the first of its checks, which run
 * every ten seconds of the node's uptime, that comes a minute or more after the last read.
 */
final class CleanupSchedule {
  /** How long lavaplayer lets a player go unread before it cleans it up. */
  static final Duration THRESHOLD = Duration.ofMinutes(1);
  /** How often lavaplayer looks for players to clean up, counted from the node's start. */
  static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);

  private CleanupSchedule() {}

  /**
   * Returns how long from now until the check that cleans up the player.
   *
   * @param nodeStartNanos the clock's reading when the node started
   * @param lastReadNanos the clock's reading when audio was last read, or the track started
   * @param nowNanos the clock's reading now
   */
  static Duration delay(long nodeStartNanos, long lastReadNanos, long nowNanos) {
    long interval = CHECK_INTERVAL.toNanos();
    long sinceStart = lastReadNanos + THRESHOLD.toNanos() - nodeStartNanos;
    long checks = Math.max(1, (sinceStart + interval - 1) / interval);
    return Duration.ofNanos(Math.max(0, nodeStartNanos + checks * interval - nowNanos));
  }
}
