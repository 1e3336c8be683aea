package dev.tonearm.player;

import java.time.Duration;
import java.util.Objects;

/**
 * When a player counts as inactive and what happens then. A player is idle while its queue has
 * ended, while it is paused, or while the bot is alone in its channel (as the Discord integration
 * reports); after {@code timeout} of that, an {@code InactivePlayerEvent} is emitted and the
 * action runs.
 *
 * @param timeout how long a player may stay idle
 * @param action what to do then
 */
public record InactivityPolicy(Duration timeout, Action action) {

  /** The default: tell listeners after five minutes, and do nothing else. */
  public static final InactivityPolicy DEFAULT = new InactivityPolicy(Duration.ofMinutes(5), Action.NOTHING);

  /**
   * Checks the values.
   *
   * @param timeout how long a player may stay idle
   * @param action what to do then
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public InactivityPolicy {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(action, "action");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("inactivity timeout must be positive, was " + timeout);
    }
  }

  /** What to do with a player that stayed idle. */
  public enum Action {
    /** Only emit the event. */
    NOTHING,
    /** Emit the event, then leave the voice channel and destroy the player. */
    DISCONNECT
  }
}
