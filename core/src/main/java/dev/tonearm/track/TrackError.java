package dev.tonearm.track;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure Lavalink reported for a track: the data of a failed load and of a
 * {@code TrackExceptionEvent}.
 *
 * @param message the message meant for users, or null if there is none
 * @param severity how serious the failure is
 * @param cause the root cause as its {@code toString()}
 * @param causeStackTrace the root cause's full stack trace; null when the server is older than
 *     Lavalink 4.1.0, which did not send it
 */
public record TrackError(
    @Nullable String message,
    Severity severity,
    String cause,
    @Nullable String causeStackTrace) {

  /**
   * Checks the fields that may not be null.
   *
   * @param message the message meant for users, or null if there is none
   * @param severity how serious the failure is
   * @param cause the root cause as its {@code toString()}
   * @param causeStackTrace the root cause's full stack trace; null when the server is older than
   *     Lavalink 4.1.0, which did not send it
   * @throws NullPointerException if {@code severity} or {@code cause} is null
   */
  public TrackError {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cause, "cause");
  }
}
