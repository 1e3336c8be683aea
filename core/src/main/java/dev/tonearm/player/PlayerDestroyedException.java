package dev.tonearm.player;

/** A command was given to a player that was destroyed; get a new one from the client. */
public final class PlayerDestroyedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param guildId the player's guild
   */
  public PlayerDestroyedException(long guildId) {
    super("The player of guild " + guildId + " was destroyed; get a new one with lavalink.player("
        + guildId + ")");
  }
}
