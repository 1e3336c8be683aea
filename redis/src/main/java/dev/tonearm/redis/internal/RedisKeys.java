package dev.tonearm.redis.internal;

/**
 * The names of the store's keys. Guild state is kept per bot, so the next owner of a guild finds
 * it; node sessions and the list of owned guilds per owner, so the process that takes over an
 * owner's shards finds what that owner had.
 *
 * @param prefix put in front of every key, e.g. {@code tonearm:}
 * @param botUserId the bot's Discord user id
 * @param ownerId the process or shard range that writes
 */
public record RedisKeys(String prefix, long botUserId, String ownerId) {

  private String bot() {
    return prefix + "bot:" + Long.toUnsignedString(botUserId) + ":";
  }

  /** {@return the key of the schema version this bot's keys are written in} */
  public String schema() {
    return bot() + "schema";
  }

  /** {@return the owner's lease: who holds it, with its fencing token} */
  public String lease() {
    return bot() + "owner:" + ownerId + ":lease";
  }

  /** {@return the counter that hands out fencing tokens} */
  public String fencing() {
    return bot() + "fencing";
  }

  /** {@return the hash of node name to session id of the owner} */
  public String sessions() {
    return bot() + "owner:" + ownerId + ":sessions";
  }

  /** {@return the set of the owner's guild ids} */
  public String guilds() {
    return bot() + "owner:" + ownerId + ":guilds";
  }

  /** {@return the key of one guild's player and queue} */
  public String guild(long guildId) {
    return bot() + "guild:" + Long.toUnsignedString(guildId);
  }
}
