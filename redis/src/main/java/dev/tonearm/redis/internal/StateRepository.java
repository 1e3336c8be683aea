package dev.tonearm.redis.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads and writes one owner's state: its node sessions and its guilds. A write is one
 * MULTI/EXEC, so Redis holds either all of it or none.
 */
public final class StateRepository {
  /** The layout of the keys this code writes; a change of layout bumps it. */
  static final String SCHEMA_VERSION = "1";

  private final UnifiedJedis redis;
  private final RedisKeys keys;

  /**
   * Creates the repository.
   *
   * @param redis the connection
   * @param keys the owner's keys
   */
  public StateRepository(UnifiedJedis redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  /**
   * What an owner left in Redis.
   *
   * @param sessions node name to session id
   * @param guilds each guild's player JSON
   */
  public record Stored(Map<String, String> sessions, List<String> guilds) {}

  /**
   * Writes the owner's node sessions and the given guilds in one transaction: a guild with a state
   * is stored and listed as the owner's, a guild without one (its player is gone) is deleted.
   *
   * @throws redis.clients.jedis.exceptions.JedisException if Redis cannot be reached or refuses
   */
  public void write(Map<String, String> sessions, Map<Long, Optional<String>> guilds) {
    try (AbstractTransaction transaction = redis.multi()) {
      transaction.set(keys.schema(), SCHEMA_VERSION);
      transaction.del(keys.sessions());
      if (!sessions.isEmpty()) {
        transaction.hset(keys.sessions(), sessions);
      }
      guilds.forEach((guildId, state) -> {
        String id = Long.toUnsignedString(guildId);
        if (state.isPresent()) {
          transaction.set(keys.guild(guildId), state.get());
          transaction.sadd(keys.guilds(), id);
        } else {
          transaction.del(keys.guild(guildId));
          transaction.srem(keys.guilds(), id);
        }
      });
      transaction.exec();
    }
  }

  /**
   * Reads the owner's sessions and guilds. A guild listed without a state (another owner took it
   * and let it go) is left out.
   *
   * @throws IOException if the keys were written in another schema version
   * @throws redis.clients.jedis.exceptions.JedisException if Redis cannot be reached or refuses
   */
  public Stored read() throws IOException {
    String schema = redis.get(keys.schema());
    if (schema != null && !schema.equals(SCHEMA_VERSION)) {
      throw new IOException("the Redis keys under " + keys.prefix() + " are in schema version "
          + schema + "; this Tonearm reads version " + SCHEMA_VERSION);
    }
    Map<String, String> sessions = redis.hgetAll(keys.sessions());
    String[] guildKeys = redis.smembers(keys.guilds()).stream()
        .map(id -> keys.guild(Long.parseUnsignedLong(id))).toArray(String[]::new);
    List<String> guilds = new ArrayList<>();
    if (guildKeys.length > 0) {
      for (String state : redis.mget(guildKeys)) {
        if (state != null) {
          guilds.add(state);
        }
      }
    }
    return new Stored(sessions, guilds);
  }
}
