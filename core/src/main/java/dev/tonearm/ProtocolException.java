package dev.tonearm;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a node sends something that does not follow the Lavalink v4 protocol: invalid JSON,
 * a required field that is missing or null, a value of the wrong type, or an unknown operation.
 *
 * <p>On the WebSocket such a frame is logged once and skipped; the connection stays up. From the
 * REST client it fails the returned future.
 */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending field, or null when the problem is not in one field. */
  private final @Nullable String field;

  /**
   * Creates the exception.
   *
   * @param field the JSON path of the offending field, such as {@code track.info.length}, or null
   *     when the problem is not in one field (for example invalid JSON)
   * @param problem what is wrong
   * @param cause the parser's error, or null
   */
  public ProtocolException(@Nullable String field, String problem, @Nullable Throwable cause) {
    super(field == null ? problem : "Field '" + field + "': " + problem, cause);
    this.field = field;
  }

  /**
   * Creates the exception without a cause.
   *
   * @param field the JSON path of the offending field, or null
   * @param problem what is wrong
   */
  public ProtocolException(@Nullable String field, String problem) {
    this(field, problem, null);
  }

  /**
   * Returns the JSON path of the offending field.
   *
   * @return a path such as {@code state.position}, or null if the problem is not in one field
   */
  public @Nullable String field() {
    return field;
  }
}
