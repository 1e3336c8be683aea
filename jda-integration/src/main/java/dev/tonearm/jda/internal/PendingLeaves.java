package dev.tonearm.jda.internal;

import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Leaves that wait a little before they count. When Discord says the bot is in no channel any
 * more and nobody asked for it, a channel deletion or a removal from the guild may explain it in
 * the next gateway event; waiting lets that event report the player's end with its own trigger.
 * A later voice state with a channel calls the leave off.
 */
public final class PendingLeaves {
  private final ConcurrentMap<Long, Pending> pending = new ConcurrentHashMap<>();
  private final Scheduler scheduler;
  private final Duration grace;

  /**
   * Creates the registry.
   *
   * @param scheduler the clock the grace period runs on
   * @param grace how long a leave waits
   */
  public PendingLeaves(Scheduler scheduler, Duration grace) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.grace = Objects.requireNonNull(grace, "grace");
  }

  /**
   * Runs {@code leave} after the grace period unless it is cancelled first; replaces a leave that
   * was already waiting for the guild. Without a grace period it runs at once.
   *
   * @param guildId the guild
   * @param leave what to do when the grace period ends
   */
  public void defer(long guildId, Runnable leave) {
    if (grace.isZero()) {
      cancel(guildId);
      leave.run();
      return;
    }
    Pending entry = new Pending();
    Pending previous = pending.put(guildId, entry);
    if (previous != null) {
      previous.cancel();
    }
    entry.timer = scheduler.schedule(grace, () -> {
      if (pending.remove(guildId, entry)) {
        leave.run();
      }
    });
  }

  /**
   * Calls off the guild's waiting leave.
   *
   * @param guildId the guild
   * @return true if a leave was waiting
   */
  public boolean cancel(long guildId) {
    Pending entry = pending.remove(guildId);
    if (entry == null) {
      return false;
    }
    entry.cancel();
    return true;
  }

  /**
   * Tells whether a leave waits for the guild.
   *
   * @param guildId the guild
   * @return true if one waits
   */
  public boolean isPending(long guildId) {
    return pending.containsKey(guildId);
  }

  /**
   * Calls off the waiting leaves of the guilds that match.
   *
   * @param guilds which guilds
   */
  public void cancelAll(LongPredicate guilds) {
    pending.keySet().stream().filter(guilds::test).forEach(this::cancel);
  }

  private static final class Pending {
    private volatile Scheduler.@Nullable Cancellable timer;

    void cancel() {
      Scheduler.Cancellable current = timer;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
