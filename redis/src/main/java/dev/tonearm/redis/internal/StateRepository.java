package dev.tonearm.redis.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads and writes one owner's state: its node sessions and its guilds. A write is one Lua
 * script, so Redis holds either all of it or none, and it checks the owner's lease first.
 */
public final class StateRepository {
  /** The layout of the keys this code writes; a change of layout bumps it. */
  static final String SCHEMA_VERSION = "1";

  // KEYS: lease, schema, sessions, the owner's guild set, then one key per guild.
  // ARGV: lease value, lease ttl, schema version, session count, node/session pairs, then
  // id/state pairs (an empty state deletes the guild). A lease that is missing (Redis restarted
  // without its data) is taken back, as OwnerLease's renewal does.
  private static final String WRITE = """
      local lease = redis.call('GET', KEYS[1])
      local outcome = 1
      if not lease then
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        outcome = 2
      elseif lease ~= ARGV[1] then
        return 0
      end
      redis.call('SET', KEYS[2], ARGV[3])
      redis.call('DEL', KEYS[3])
      local at = 5
      for i = 1, tonumber(ARGV[4]) do
        redis.call('HSET', KEYS[3], ARGV[at], ARGV[at + 1])
        at = at + 2
      end
      for k = 5, #KEYS do
        if ARGV[at + 1] == '' then
          redis.call('DEL', KEYS[k])
          redis.call('SREM', KEYS[4], ARGV[at])
        else
          redis.call('SET', KEYS[k], ARGV[at + 1])
          redis.call('SADD', KEYS[4], ARGV[at])
        end
        at = at + 2
      end
      return outcome
      """;

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
   * Writes the owner's node sessions and the given guilds in one script, only while the lease
   * value is the one given: a guild with a state is stored and listed as the owner's, a guild
   * without one (its player is gone) is deleted.
   *
   * @param lease the lease this process holds
   * @return what happened; nothing was written if the lease is another process's now
   * @throws redis.clients.jedis.exceptions.JedisException if Redis cannot be reached or refuses
   */
  public OwnerLease.Outcome write(OwnerLease lease, Map<String, String> sessions,
      Map<Long, Optional<String>> guilds) {
    List<String> keyList = new ArrayList<>(List.of(keys.lease(), keys.schema(), keys.sessions(),
        keys.guilds()));
    List<String> args = new ArrayList<>(List.of(lease.required(),
        Long.toString(lease.ttl().toMillis()), SCHEMA_VERSION, Integer.toString(sessions.size())));
    sessions.forEach((node, session) -> {
      args.add(node);
      args.add(session);
    });
    guilds.forEach((guildId, state) -> {
      keyList.add(keys.guild(guildId));
      args.add(Long.toUnsignedString(guildId));
      args.add(state.orElse(""));
    });
    return OwnerLease.Outcome.of(redis.eval(WRITE, keyList, args));
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
