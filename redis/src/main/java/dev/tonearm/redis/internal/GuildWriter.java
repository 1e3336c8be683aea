package dev.tonearm.redis.internal;

import dev.tonearm.state.StateSource;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes changed guilds to Redis off the command path. A change only marks its guild; a write a
 * short delay later takes every marked guild's current state, so a burst of changes costs one
 * write. A failed write keeps its guilds marked and is retried with a growing delay: when Redis is
 * back, every guild is written again with its state of that moment, since a Redis that restarted
 * may have come back empty.
 */
public final class GuildWriter {
  private static final Logger log = LoggerFactory.getLogger(GuildWriter.class);
  /** Guilds per transaction, so one write never holds Redis for long. */
  private static final int BATCH = 1000;

  private final StateRepository repository;
  private final OwnerLease lease;
  private final StateSource source;
  private final ScheduledExecutorService executor;
  private final Duration delay;
  private final Duration backoffInitial;
  private final Duration backoffMax;
  private final String endpoint;
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  /** Guilds last written with a state; Redis may have lost them while it was unreachable. */
  private final Set<Long> stored = new HashSet<>();
  private final AtomicBoolean pending = new AtomicBoolean();
  // Only the executor's thread reads and writes these two.
  private Duration backoff;
  private boolean unreachable;
  private volatile boolean leaseLost;

  /**
   * Creates the writer.
   *
   * @param repository where the state goes
   * @param lease the owner's lease, held; renewed from here, and every write is fenced by it
   * @param source where the state comes from
   * @param executor the single thread that writes
   * @param delay how long after a change its write starts
   * @param backoffInitial the wait before the first retry of a failed write
   * @param backoffMax the longest wait between retries
   * @param endpoint names Redis in the log, without credentials
   */
  public GuildWriter(StateRepository repository, OwnerLease lease, StateSource source,
      ScheduledExecutorService executor, Duration delay, Duration backoffInitial,
      Duration backoffMax, String endpoint) {
    this.repository = repository;
    this.lease = lease;
    this.source = source;
    this.executor = executor;
    this.delay = delay;
    this.backoffInitial = backoffInitial;
    this.backoffMax = backoffMax;
    this.endpoint = endpoint;
    this.backoff = backoffInitial;
    long renewal = lease.ttl().toMillis() / 3;
    executor.scheduleWithFixedDelay(this::renew, renewal, renewal, TimeUnit.MILLISECONDS);
  }

  /** {@return whether another process took the owner's lease; this process must stop commanding} */
  public boolean leaseLost() {
    return leaseLost;
  }

  /** Renews the lease; a renewal that finds Redis unreachable or emptied starts a full write. */
  private void renew() {
    if (leaseLost) {
      return;
    }
    try {
      onOutcome(lease.renew());
    } catch (RuntimeException e) {
      onUnreachable(e);
      schedule(backoff);
    }
  }

  private void onOutcome(OwnerLease.Outcome outcome) {
    if (outcome == OwnerLease.Outcome.STOLEN) {
      loseLease();
    } else if (outcome == OwnerLease.Outcome.REESTABLISHED && !stored.isEmpty()) {
      log.warn("Redis at {} lost the keys of owner {} (restarted without its data?); writing "
          + "its {} guilds again", endpoint, lease.ownerId(), stored.size());
      dirty.addAll(stored);
      schedule(delay);
    }
  }

  private void onUnreachable(RuntimeException e) {
    if (!unreachable) {
      unreachable = true;
      // A Redis that comes back may have restarted without its data: write everything then.
      dirty.addAll(stored);
      log.warn("Redis at {} is unreachable ({}); players keep playing, and their state is "
          + "written when Redis is back", endpoint, e.getMessage());
    }
  }

  private void loseLease() {
    leaseLost = true;
    dirty.clear();
    log.error("Another process took the lease of owner {}; this process stops commanding the "
        + "owner's {} guilds and writes none of them", lease.ownerId(), stored.size());
  }

  /** Marks a guild as changed; returns at once. */
  public void changed(long guildId) {
    if (leaseLost) {
      return;
    }
    dirty.add(guildId);
    schedule(delay);
  }

  /**
   * Writes every guild now, with its current position, and waits for it.
   *
   * @return whether the write succeeded within the timeout
   */
  public boolean flush(Duration timeout) {
    try {
      return executor.submit(() -> {
        // Positions move without changes being reported; the final state has them as they are.
        dirty.addAll(stored);
        renew();
        return write();
      }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      return false;
    }
  }

  private void schedule(Duration after) {
    if (pending.compareAndSet(false, true)) {
      try {
        executor.schedule(this::writeScheduled, after.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closed) {
        pending.set(false);
      }
    }
  }

  private void writeScheduled() {
    pending.set(false);
    if (!write()) {
      schedule(backoff);
      backoff = backoff.multipliedBy(2).compareTo(backoffMax) > 0 ? backoffMax
          : backoff.multipliedBy(2);
    }
  }

  /** Writes the marked guilds in batches; on failure the unwritten ones stay marked. */
  private boolean write() {
    int written = 0;
    while (!dirty.isEmpty() && !leaseLost) {
      Set<Long> batch = take();
      try {
        Map<Long, Optional<String>> states = new LinkedHashMap<>();
        batch.forEach(guildId -> states.put(guildId, source.guildState(guildId)));
        OwnerLease.Outcome outcome = repository.write(lease, source.nodeSessions(), states);
        if (outcome == OwnerLease.Outcome.STOLEN) {
          loseLease();
          return true;
        }
        written += batch.size();
        states.forEach((guildId, state) -> {
          if (state.isPresent()) {
            stored.add(guildId);
          } else {
            stored.remove(guildId);
          }
        });
        onOutcome(outcome);
      } catch (RuntimeException e) {
        dirty.addAll(batch);
        onUnreachable(e);
        return false;
      }
    }
    if (unreachable && written > 0) {
      unreachable = false;
      log.info("Redis at {} is reachable again; wrote the state of {} guilds", endpoint, written);
    }
    backoff = backoffInitial;
    return true;
  }

  private Set<Long> take() {
    Set<Long> batch = new HashSet<>();
    Iterator<Long> marked = dirty.iterator();
    while (marked.hasNext() && batch.size() < BATCH) {
      batch.add(marked.next());
      marked.remove();
    }
    return batch;
  }
}
