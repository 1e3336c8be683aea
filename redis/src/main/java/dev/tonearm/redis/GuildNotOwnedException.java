package dev.tonearm.redis;

/**
 * A command for a guild that this process no longer owns: another process took the lease of its
 * owner (or this process never got it), so only that process may command the guild's player.
 */
public final class GuildNotOwnedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The guild commanded. */
  private final long guildId;
  /** The owner whose lease this process does not hold. */
  private final String ownerId;

  /**
   * Creates the exception.
   *
   * @param guildId the guild commanded
   * @param ownerId the owner whose lease this process does not hold
   */
  public GuildNotOwnedException(long guildId, String ownerId) {
    super("guild " + Long.toUnsignedString(guildId) + " is not commanded by this process: it does"
        + " not hold the lease of owner " + ownerId);
    this.guildId = guildId;
    this.ownerId = ownerId;
  }

  /** {@return the guild commanded} */
  public long guildId() {
    return guildId;
  }

  /** {@return the owner whose lease this process does not hold} */
  public String ownerId() {
    return ownerId;
  }
}
