package dev.tonearm.redis;

import dev.tonearm.redis.internal.GuildWriter;
import dev.tonearm.redis.internal.OwnerLease;
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
 * per owner (a process, or a range of shards) its node sessions, the set of its guilds and its
 * lease. One process at a time holds an owner's lease: {@link #load()} takes it (waiting for a
 * crashed holder's lease to run out), every write checks it, and {@link #close()} lets it go. A
 * process whose lease another process took stops writing, and its commands fail with
 * {@link GuildNotOwnedException}.
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
  private final OwnerLease lease;
  private final Duration takeoverTimeout;
  private final ScheduledThreadPoolExecutor writerThread;
  private volatile @Nullable StateSource source;
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
    lease = new OwnerLease(redis, keys, builder.leaseTtl);
    takeoverTimeout = builder.takeoverTimeout;
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

  /** {@return the fencing token of this process's lease, or 0 while it holds none} */
  public long fencingToken() {
    return lease.token();
  }

  @Override
  public synchronized void bind(StateSource source) {
    Objects.requireNonNull(source, "source");
    if (this.source != null) {
      throw new IllegalStateException("this store is already bound to a client");
    }
    this.source = source;
  }

  @Override
  public void guildChanged(long guildId) {
    GuildWriter current = writer;
    if (current != null) {
      current.changed(guildId);
    }
  }

  /**
   * Refuses commands while this process does not hold the owner's lease: before {@link #load}
   * got it, when it could not, and after another process took it.
   *
   * @throws GuildNotOwnedException if this process does not hold the lease
   */
  @Override
  public void checkCommand(long guildId) {
    GuildWriter current = writer;
    if (current == null || current.leaseLost()) {
      throw new GuildNotOwnedException(guildId, keys.ownerId());
    }
  }

  /**
   * Takes the owner's lease, waiting for a crashed holder's lease to run out, then reads the
   * owner's node sessions and guilds as a snapshot. From then on this process writes the owner's
   * guilds and renews the lease.
   *
   * @return the snapshot, or empty if this owner has nothing in Redis
   * @throws IOException if Redis cannot be reached or refuses (no takeover without Redis), another
   *     process holds the lease for longer than the takeover timeout, or the keys are of another
   *     schema version
   * @throws IllegalStateException if the store was not bound to a client, or loaded before
   */
  @Override
  public synchronized Optional<String> load() throws IOException {
    StateSource bound = source;
    if (bound == null) {
      throw new IllegalStateException("load() needs the store bound to a client first");
    }
    if (writer != null) {
      throw new IllegalStateException("this store was loaded before");
    }
    StateRepository.Stored stored;
    try {
      acquireLease();
      stored = repository.read();
    } catch (JedisException e) {
      throw new IOException("cannot take over owner " + keys.ownerId() + " from Redis at "
          + endpoint + ": " + e.getMessage(), e);
    }
    writer = new GuildWriter(repository, lease, bound, writerThread, writeDelay, backoffInitial,
        backoffMax, endpoint.toString());
    log.info("Owner {} taken over with fencing token {}: {} guilds in Redis", keys.ownerId(),
        lease.token(), stored.guilds().size());
    if (stored.sessions().isEmpty() && stored.guilds().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(bound.snapshot(stored.sessions(), stored.guilds()));
  }

  private void acquireLease() throws IOException {
    long deadline = System.nanoTime() + takeoverTimeout.toNanos();
    Duration poll = lease.ttl().dividedBy(20);
    while (!lease.tryAcquire()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IOException("another process holds the lease of owner " + keys.ownerId()
            + " for longer than " + takeoverTimeout.toMillis() + " ms");
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lease of owner "
            + keys.ownerId(), e);
      }
    }
  }

  /**
   * Writes every guild of this owner as it is now (positions included), and waits for it. Guilds
   * are kept one by one, so the snapshot itself is not stored.
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
   * Writes every guild as it is now (waiting up to the store's timeout), lets the owner's lease go
   * so the next owner takes over at once, then disconnects. Close the client first: its close
   * writes the final state through this store and leaves the players on their nodes.
   */
  @Override
  public void close() {
    GuildWriter current = writer;
    if (current != null && !current.flush(timeout)) {
      log.warn("Closing the Redis store with guild changes not written to {}", endpoint);
    }
    writerThread.shutdownNow();
    try {
      lease.release();
    } catch (JedisException e) {
      log.warn("Could not let go of the lease of owner {}; the next owner waits for it to run out",
          keys.ownerId());
    }
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
    private Duration leaseTtl = Duration.ofSeconds(10);
    private Duration takeoverTimeout = Duration.ofSeconds(15);

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

    /**
     * Sets how long the owner's lease lasts without renewal; it is renewed every third of it.
     * After a crash, the next owner waits up to this long. Default 10 seconds.
     *
     * @param ttl the lease's time to live
     * @return this builder
     * @throws IllegalArgumentException if it is shorter than 300 ms
     */
    public Builder leaseTtl(Duration ttl) {
      positive(ttl, "lease ttl");
      if (ttl.toMillis() < 300) {
        throw new IllegalArgumentException("lease ttl must be at least 300 ms: " + ttl);
      }
      this.leaseTtl = ttl;
      return this;
    }

    /**
     * Sets how long {@link RedisStateStore#load()} waits for another process's lease of the owner
     * to be let go or to run out. Default 15 seconds.
     *
     * @param timeout the longest wait
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder takeoverTimeout(Duration timeout) {
      this.takeoverTimeout = positive(timeout, "takeover timeout");
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
