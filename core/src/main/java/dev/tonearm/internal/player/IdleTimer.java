package dev.tonearm.internal.player;

import dev.tonearm.event.InactivityReason;
import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Times how long a player stays idle for one reason; a change of reason starts over. Not
 * thread-safe: the player calls it under its lock, and checks {@link #fired} under the same lock
 * when the timer goes off.
 */
final class IdleTimer {
  private final Scheduler scheduler;
  private final Duration timeout;
  private final BiConsumer<InactivityReason, Duration> onTimeout;
  private @Nullable InactivityReason reason;
  private Scheduler.@Nullable Cancellable timer;
  private long sinceNanos;

  /**
   * @param onTimeout called on the scheduler's thread, outside any lock, with the reason and how
   *     long the player was idle; it must call {@link #fired} to learn whether the timeout still
   *     holds
   */
  IdleTimer(Scheduler scheduler, Duration timeout, BiConsumer<InactivityReason, Duration> onTimeout) {
    this.scheduler = scheduler;
    this.timeout = timeout;
    this.onTimeout = onTimeout;
  }

  /** Starts, keeps or stops timing to match the player's current reason, or none. */
  void update(@Nullable InactivityReason current) {
    if (current == reason) {
      return;
    }
    cancel();
    reason = current;
    if (current != null) {
      sinceNanos = scheduler.nanoTime();
      timer = scheduler.schedule(timeout,
          () -> onTimeout.accept(current, Duration.ofNanos(scheduler.nanoTime() - sinceNanos)));
    }
  }

  /**
   * Tells whether a timeout for this reason is still valid, and consumes it.
   *
   * @return false if the reason changed since the timer was started
   */
  boolean fired(InactivityReason firedReason) {
    if (firedReason != reason || timer == null) {
      return false;
    }
    timer = null;
    return true;
  }

  /** Stops timing. */
  void cancel() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    reason = null;
  }
}
