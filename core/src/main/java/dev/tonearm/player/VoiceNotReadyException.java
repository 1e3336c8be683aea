package dev.tonearm.player;

/**
 * A track could not start because the player's voice connection was not ready in time. The
 * message says which part of Discord's voice handshake is missing.
 */
public final class VoiceNotReadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and what to check
   * @param cause the failed voice update, or null
   */
  public VoiceNotReadyException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param message what is missing and what to check
   */
  public VoiceNotReadyException(String message) {
    super(message);
  }
}
