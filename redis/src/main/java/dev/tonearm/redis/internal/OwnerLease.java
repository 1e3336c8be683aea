package dev.tonearm.redis.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import redis.clients.jedis.UnifiedJedis;

/**
 * An owner's lease in Redis: one process at a time holds it, until it lets it go or stops renewing
 * it for longer than its time to live. Each acquisition takes a new fencing token from a counter;
 * the lease's value is the token and the holder, so a process that lost the lease cannot write
 * over its successor (every write checks the value first, in the same script).
 */
public final class OwnerLease {
  private static final String ACQUIRE = """
      if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
      local token = redis.call('INCR', KEYS[2])
      redis.call('SET', KEYS[1], token .. '|' .. ARGV[1], 'PX', ARGV[2])
      return token
      """;
  // A lease that is missing (Redis restarted without its data) is taken back; one that another
  // process holds is not.
  private static final String RENEW = """
      local current = redis.call('GET', KEYS[1])
      if current == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
      if not current then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
      return 0
      """;
  private static final String RELEASE = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
      return 0
      """;

  private final UnifiedJedis redis;
  private final RedisKeys keys;
  private final String holder;
  private final Duration ttl;
  private volatile @Nullable String value;

  /**
   * Creates the lease, not yet held.
   *
   * @param redis the connection
   * @param keys the owner's keys
   * @param ttl how long the lease lasts without renewal
   */
  public OwnerLease(UnifiedJedis redis, RedisKeys keys, Duration ttl) {
    this.redis = redis;
    this.keys = keys;
    this.holder = keys.ownerId() + "/" + UUID.randomUUID();
    this.ttl = ttl;
  }

  /**
   * Takes the lease if nobody holds it.
   *
   * @return whether this process holds it now
   * @throws redis.clients.jedis.exceptions.JedisException if Redis cannot be reached
   */
  public boolean tryAcquire() {
    long token = (Long) redis.eval(ACQUIRE, List.of(keys.lease(), keys.fencing()),
        List.of(holder, Long.toString(ttl.toMillis())));
    if (token == 0) {
      return false;
    }
    value = token + "|" + holder;
    return true;
  }

  /** What Redis said to a renewal or a fenced write. */
  public enum Outcome {
    /** The lease is another process's now; nothing was done. */
    STOLEN,
    /** Done under the lease this process holds. */
    HELD,
    /** Done, and the lease was missing: Redis lost its data, the owner's guilds with it. */
    REESTABLISHED;

    static Outcome of(Object reply) {
      return values()[Math.toIntExact((Long) reply)];
    }
  }

  /**
   * Extends the lease by its time to live, taking it back if Redis lost it.
   *
   * @return what happened
   * @throws IllegalStateException if the lease was never acquired
   * @throws redis.clients.jedis.exceptions.JedisException if Redis cannot be reached
   */
  public Outcome renew() {
    return Outcome.of(redis.eval(RENEW, List.of(keys.lease()),
        List.of(required(), Long.toString(ttl.toMillis()))));
  }

  /** Lets the lease go, if this process still holds it, so the next owner need not wait. */
  public void release() {
    String current = value;
    if (current != null) {
      redis.eval(RELEASE, List.of(keys.lease()), List.of(current));
      value = null;
    }
  }

  /** {@return the lease's value while held: the fencing token, a bar and the holder} */
  public String required() {
    String current = value;
    if (current == null) {
      throw new IllegalStateException("the lease of owner " + keys.ownerId() + " is not held");
    }
    return current;
  }

  /** {@return the fencing token of the lease held, or 0} */
  public long token() {
    String current = value;
    return current == null ? 0 : Long.parseLong(current.substring(0, current.indexOf('|')));
  }

  /** {@return the owner this lease is for} */
  public String ownerId() {
    return keys.ownerId();
  }

  /** {@return how long the lease lasts without renewal} */
  public Duration ttl() {
    return ttl;
  }
}
