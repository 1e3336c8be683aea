package dev.tonearm.testkit.discord;

/**
 * Thrown when a test names a guild, channel, member or interaction that the fake Discord does not
 * know, or one of the wrong kind, such as a text channel where a voice channel is needed.
 */
public final class UnknownEntityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked for and why it does not exist, naming the id
   */
  public UnknownEntityException(String message) {
    super(message);
  }
}
