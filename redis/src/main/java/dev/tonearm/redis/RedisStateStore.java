package dev.tonearm.redis;

import dev.tonearm.redis.internal.GuildWriter;
import dev.tonearm.redis.internal.RedisEndpoint;
import dev.tonearm.redis.internal.RedisKeys;
import dev.tonearm.redis.internal.StateRepository;
import dev.tonearm.state.GuildStateStore;
import dev.tonearm.state.StateSource;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Keeps a bot's players and queues in Redis, each guild under its own key, for bots that run in
 * several processes. A change to a guild's player writes that guild alone, on a thread of the
 * store's own a few milliseconds later; a burst of changes costs one write, and a command never
 * waits for Redis. When Redis is unreachable the players keep playing, the log says so once, and
 * the writes are retried with a growing delay until the current state is written.
 *
 * <pre>{@code
 * RedisStateStore store = RedisStateStore.builder(URI.create("rediss://:secret@redis:6380"), botUserId, "shards-0-15")
 *     .build();
 * Lavalink lavalink = Lavalink.builder(botUserId).stateStore(store)...build();
 * ...
 * lavalink.close();
 * store.close();
 * }</pre>
 *
 * <p>Keys: per bot a schema version and each guild's player ({@code <prefix>bot:<user>:guild:<id>});
 * per owner (a process, or a range of shards) its node sessions and the set of its guilds.
 */
public final class RedisStateStore implements GuildStateStore, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RedisStateStore.class);
  private static final Pattern OWNER_ID = Pattern.compile("[A-Za-z0-9._-]+");

  private final RedisEndpoint endpoint;
  private final RedisKeys keys;
  private final Duration timeout;
  private final Duration writeDelay;
  private final Duration backoffInitial;
  private final Duration backoffMax;
  private final RedisClient redis;
  private final StateRepository repository;
  private final ScheduledThreadPoolExecutor writerThread;
  private volatile @Nullable GuildWriter writer;

  private RedisStateStore(Builder builder) {
    endpoint = builder.endpoint;
    keys = new RedisKeys(builder.keyPrefix, builder.botUserId, builder.ownerId);
    timeout = builder.timeout;
    writeDelay = builder.writeDelay;
    backoffInitial = builder.backoffInitial;
    backoffMax = builder.backoffMax;
    redis = endpoint.connect(timeout, "tonearm-" + builder.ownerId);
    repository = new StateRepository(redis, keys);
    writerThread = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "tonearm-redis-writer");
      thread.setDaemon(true);
      return thread;
    });
    writerThread.setRemoveOnCancelPolicy(true);
  }

  /**
   * Starts configuring a store.
   *
   * @param uri where Redis is: {@code redis://host:port/db}, or {@code rediss://} for TLS, with
   *     {@code user:password@} or {@code :password@} for AUTH
   * @param botUserId the bot's Discord user id
   * @param ownerId names this process or the shards it runs, e.g. {@code shards-0-15}; letters,
   *     digits, {@code .}, {@code _} and {@code -}
   * @return a builder
   * @throws IllegalArgumentException if the URI is not a Redis URI, the user id is zero or the
   *     owner id is empty or has other characters; the message says which
   */
  public static Builder builder(URI uri, long botUserId, String ownerId) {
    return new Builder(uri, botUserId, ownerId);
  }

  /** {@return the owner this store writes as} */
  public String ownerId() {
    return keys.ownerId();
  }

  @Override
  public void bind(StateSource source) {
    Objects.requireNonNull(source, "source");
    if (writer != null) {
      throw new IllegalStateException("this store is already bound to a client");
    }
    writer = new GuildWriter(repository, source, writerThread, writeDelay, backoffInitial,
        backoffMax, endpoint.toString());
  }

  @Override
  public void guildChanged(long guildId) {
    GuildWriter current = writer;
    if (current != null) {
      current.changed(guildId);
    }
  }

  /**
   * Reads this owner's node sessions and guilds as a snapshot.
   *
   * @return the snapshot, or empty if this owner has nothing in Redis
   * @throws IOException if Redis cannot be reached, refuses, or holds keys of another schema
   *     version
   * @throws IllegalStateException if the store was not bound to a client
   */
  @Override
  public Optional<String> load() throws IOException {
    GuildWriter current = writer;
    if (current == null) {
      throw new IllegalStateException("load() needs the store bound to a client first");
    }
    StateRepository.Stored stored;
    try {
      stored = repository.read();
    } catch (JedisException e) {
      throw new IOException("cannot read the state from Redis at " + endpoint + ": "
          + e.getMessage(), e);
    }
    if (stored.sessions().isEmpty() && stored.guilds().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current.source().snapshot(stored.sessions(), stored.guilds()));
  }

  /**
   * Writes every guild whose change is not written yet, and waits for it. Guilds are kept one by
   * one, so the snapshot itself is not stored.
   *
   * @param snapshot the client's snapshot; not used
   * @throws IOException if the guilds could not be written within the store's timeout
   */
  @Override
  public void save(String snapshot) throws IOException {
    GuildWriter current = writer;
    if (current != null && !current.flush(timeout)) {
      throw new IOException("could not write the guilds' state to Redis at " + endpoint
          + " within " + timeout.toMillis() + " ms");
    }
  }

  /**
   * Writes what is not written yet (waiting up to the store's timeout), then disconnects. Close
   * the client first: its close writes the final state through this store.
   */
  @Override
  public void close() {
    GuildWriter current = writer;
    if (current != null && !current.flush(timeout)) {
      log.warn("Closing the Redis store with guild changes not written to {}", endpoint);
    }
    writerThread.shutdownNow();
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisStateStore[" + endpoint + ", owner " + keys.ownerId() + "]";
  }

  /** Configures a {@link RedisStateStore}. */
  public static final class Builder {
    private final RedisEndpoint endpoint;
    private final long botUserId;
    private final String ownerId;
    private String keyPrefix = "tonearm:";
    private Duration timeout = Duration.ofSeconds(2);
    private Duration writeDelay = Duration.ofMillis(20);
    private Duration backoffInitial = Duration.ofMillis(100);
    private Duration backoffMax = Duration.ofSeconds(5);

    private Builder(URI uri, long botUserId, String ownerId) {
      this.endpoint = RedisEndpoint.parse(uri);
      if (botUserId == 0) {
        throw new IllegalArgumentException("the bot's user id must not be zero");
      }
      this.botUserId = botUserId;
      Objects.requireNonNull(ownerId, "ownerId");
      if (!OWNER_ID.matcher(ownerId).matches()) {
        throw new IllegalArgumentException("owner id '" + ownerId
            + "' must be letters, digits, '.', '_' and '-' only, and not empty");
      }
      this.ownerId = ownerId;
    }

    /**
     * Sets what every key starts with, so several bots or environments can share one Redis.
     * Default {@code tonearm:}.
     *
     * @param prefix the prefix; may be empty
     * @return this builder
     */
    public Builder keyPrefix(String prefix) {
      this.keyPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Sets how long a connection attempt or a reply may take, and how long {@link #save} and
     * {@link RedisStateStore#close()} wait for the last write. Default 2 seconds.
     *
     * @param timeout the timeout
     * @return this builder
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets how long after a change its guild is written; changes within it share one write.
     * Default 20 ms.
     *
     * @param delay the delay; zero writes at once
     * @return this builder
     * @throws IllegalArgumentException if the delay is negative
     */
    public Builder writeDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("write delay must not be negative: " + delay);
      }
      this.writeDelay = delay;
      return this;
    }

    /**
     * Sets how long a failed write waits before its retry: {@code initial} first, doubling up to
     * {@code max}. Default 100 ms up to 5 s.
     *
     * @param initial the first wait
     * @param max the longest wait
     * @return this builder
     * @throws IllegalArgumentException if a wait is not positive or {@code max} is below
     *     {@code initial}
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      positive(initial, "initial backoff");
      positive(max, "max backoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("max backoff " + max + " is below initial " + initial);
      }
      this.backoffInitial = initial;
      this.backoffMax = max;
      return this;
    }

    private static Duration positive(Duration duration, String what) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + duration);
      }
      return duration;
    }

    /**
     * Creates the store. It connects on first use, so a Redis that is down does not stop the bot
     * from starting.
     *
     * @return the store
     */
    public RedisStateStore build() {
      return new RedisStateStore(this);
    }
  }
}
