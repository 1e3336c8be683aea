package dev.tonearm.example.music;

/**
 * A {@link VoiceConnector} cannot put the bot in the member's channel, for example because the bot
 * lacks the permission to connect there. The message is shown to the member as it is.
 */
public final class CannotJoinException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why, in words a member understands
   */
  public CannotJoinException(String message) {
    super(message);
  }
}
