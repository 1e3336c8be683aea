package dev.tonearm.rest;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A change to a session's resuming configuration; a null part leaves that setting unchanged.
 *
 * @param resuming the new resuming flag, or null to keep it
 * @param timeout the new resume timeout, or null to keep it; sent in whole seconds
 */
public record SessionUpdate(@Nullable Boolean resuming, @Nullable Duration timeout) {

  /**
   * Checks the timeout.
   *
   * @param resuming the new resuming flag, or null to keep it
   * @param timeout the new resume timeout, or null to keep it; sent in whole seconds
   * @throws IllegalArgumentException if {@code timeout} is negative or not whole seconds
   */
  public SessionUpdate {
    if (timeout != null && (timeout.isNegative() || timeout.toNanos() % 1_000_000_000L != 0)) {
      throw new IllegalArgumentException(
          "timeout must be a non-negative whole number of seconds, was " + timeout);
    }
  }

  /**
   * Turns resuming on with the given timeout.
   *
   * @param timeout how long the node keeps the session after the WebSocket drops
   * @return the update
   * @throws IllegalArgumentException if {@code timeout} is negative or not whole seconds
   */
  public static SessionUpdate enableResuming(Duration timeout) {
    return new SessionUpdate(true, timeout);
  }

  /** {@return an update that turns resuming off} */
  public static SessionUpdate disableResuming() {
    return new SessionUpdate(false, null);
  }

  /**
   * Returns an update that changes nothing; the node answers with the current settings, which is
   * the only way to read them (there is no GET route).
   *
   * @return an update with no field set
   */
  public static SessionUpdate readOnly() {
    return new SessionUpdate(null, null);
  }
}
