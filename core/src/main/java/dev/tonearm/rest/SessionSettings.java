package dev.tonearm.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * A session's resuming configuration as the node confirmed it.
 *
 * @param resuming whether the node keeps the session's players when the WebSocket drops
 * @param timeout how long the node waits for the client to resume, whole seconds
 */
public record SessionSettings(boolean resuming, Duration timeout) {
  /**
   * Creates the record.
   *
   * @param resuming whether the node keeps the session's players when the WebSocket drops
   * @param timeout how long the node waits for the client to resume, whole seconds
   * @throws NullPointerException if {@code timeout} is null
   */
  public SessionSettings {
    Objects.requireNonNull(timeout, "timeout");
  }
}
