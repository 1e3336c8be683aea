package dev.tonearm.track;

/**
 * Thrown when a string is not a valid encoded track: not base64, truncated, of the wrong size,
 * with unknown flags or with malformed text. The message says which part is wrong.
 */
public final class TrackDecodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the encoded track
   */
  public TrackDecodeException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param message what is wrong with the encoded track
   * @param cause the underlying error
   */
  public TrackDecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
