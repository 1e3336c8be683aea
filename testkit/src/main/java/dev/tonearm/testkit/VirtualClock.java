package dev.tonearm.testkit;

import dev.tonearm.time.Scheduler;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A clock and scheduler whose time moves only when a test says so.
 *
 * <p>Time starts at a fixed instant and stands still until {@link #advance(Duration)} is called.
 * Scheduled tasks never run on their own: {@code advance} runs every task that falls due inside
 * the advanced window, on the calling thread, in due-time order (tasks due at the same time run in
 * the order they were scheduled). While a task runs, the clock reads exactly that task's due time,
 * so a task that reschedules itself every five seconds sees 5 s, 10 s, 15 s and so on. Tasks that
 * a task schedules inside the window also run before {@code advance} returns.
 *
 * <p>All methods are thread-safe. {@link #schedule} may be called from any thread, including from
 * a running task; {@code advance} and {@link #runDueTasks()} calls from different threads run one
 * after the other.
 *
 * <p>The same clock can drive a {@link FakeLavalink} and the Tonearm client under test, so that a
 * 30-second reconnect backoff and a 60-second resume timeout elapse in one call, without sleeping.
 */
public final class VirtualClock implements Scheduler {
  /** The instant a clock made with {@link #VirtualClock()} starts at: 2026-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private static final Comparator<Entry> ORDER =
      Comparator.comparingLong((Entry e) -> e.dueNanos).thenComparingLong(e -> e.sequence);

  private final Instant start;
  private final Object lock = new Object();
  private final PriorityQueue<Entry> queue = new PriorityQueue<>(ORDER);
  private final ReentrantLock runLock = new ReentrantLock();
  private long elapsedNanos;
  private long nextSequence;

  /** Creates a clock at {@link #DEFAULT_START} whose {@link #nanoTime()} reads 0. */
  public VirtualClock() {
    this(DEFAULT_START);
  }

  /**
   * Creates a clock at the given instant whose {@link #nanoTime()} reads 0.
   *
   * @param start the wall-clock time the clock starts at
   * @throws NullPointerException if {@code start} is null
   */
  public VirtualClock(Instant start) {
    this.start = Objects.requireNonNull(start, "start");
  }

  /**
   * Returns the current virtual wall-clock time.
   *
   * @return milliseconds since the epoch
   */
  @Override
  public long currentTimeMillis() {
    return now().toEpochMilli();
  }

  /**
   * Returns the virtual time elapsed since this clock was made.
   *
   * @return nanoseconds since the clock was made; 0 until time is advanced
   */
  @Override
  public long nanoTime() {
    synchronized (lock) {
      return elapsedNanos;
    }
  }

  /**
   * Returns the current virtual instant.
   *
   * @return the start instant plus the elapsed virtual time
   */
  public Instant now() {
    return start.plusNanos(nanoTime());
  }

  /**
   * Schedules a task to run once when the clock reaches now plus {@code delay}. The task runs on
   * the thread that advances the clock past that time, never on its own.
   *
   * @param delay how far in the virtual future; zero or negative means "due now", which runs on
   *     the next {@link #advance} or {@link #runDueTasks()}
   * @param task what to run
   * @return a handle whose {@code cancel()} removes the task if it has not started
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(task, "task");
    long delayNanos = Math.max(0, saturatedNanos(delay));
    Entry entry;
    synchronized (lock) {
      entry = new Entry(saturatedAdd(elapsedNanos, delayNanos), nextSequence++, task);
      queue.add(entry);
    }
    return () -> {
      synchronized (lock) {
        queue.remove(entry);
      }
    };
  }

  /**
   * Moves time forward by {@code amount}, running every task that falls due on the way.
   *
   * <p>Tasks run on the calling thread in due-time order, with the clock set to each task's due
   * time while it runs; tasks scheduled by those tasks run too if they fall due inside the window.
   * Afterwards the clock reads exactly the old time plus {@code amount}.
   *
   * <p>A task that throws does not stop the others: every due task still runs and the clock still
   * ends at the new time; then the first exception is rethrown, with any later ones attached as
   * {@linkplain Throwable#getSuppressed() suppressed}. A task that keeps rescheduling itself
   * with no delay makes this method loop forever.
   *
   * @param amount how much virtual time passes; may be zero
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws IllegalStateException if called from inside a task of this clock
   * @throws RuntimeException the first exception thrown by a task, after all due tasks ran
   * @throws Error the first error thrown by a task, after all due tasks ran
   * @throws NullPointerException if {@code amount} is null
   */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Cannot advance a clock backwards: " + amount);
    }
    long amountNanos = saturatedNanos(amount);
    runExclusively(() -> {
      long target;
      synchronized (lock) {
        target = saturatedAdd(elapsedNanos, amountNanos);
      }
      runUntil(target, true);
    });
  }

  /**
   * Runs the tasks that are already due, such as those scheduled with a zero delay, without moving
   * time. Tasks they schedule with a zero delay run too. Exceptions are handled as in {@link
   * #advance(Duration)}.
   *
   * @throws IllegalStateException if called from inside a task of this clock
   * @throws RuntimeException the first exception thrown by a task, after all due tasks ran
   * @throws Error the first error thrown by a task, after all due tasks ran
   */
  public void runDueTasks() {
    runExclusively(() -> runUntil(nanoTime(), false));
  }

  /**
   * Counts the tasks that are scheduled and neither run nor cancelled yet.
   *
   * @return the number of pending tasks
   */
  public int pendingTasks() {
    synchronized (lock) {
      return queue.size();
    }
  }

  @Override
  public String toString() {
    return "VirtualClock[now=" + now() + ", pendingTasks=" + pendingTasks() + "]";
  }

  private void runExclusively(Runnable action) {
    if (runLock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "A task of this VirtualClock tried to advance the clock or run due tasks itself");
    }
    runLock.lock();
    try {
      action.run();
    } finally {
      runLock.unlock();
    }
  }

  private void runUntil(long targetNanos, boolean moveTime) {
    @Nullable Throwable failure = null;
    while (true) {
      Entry entry;
      synchronized (lock) {
        Entry head = queue.peek();
        if (head == null || head.dueNanos > targetNanos) {
          if (moveTime) {
            elapsedNanos = Math.max(elapsedNanos, targetNanos);
          }
          break;
        }
        entry = queue.poll();
        elapsedNanos = Math.max(elapsedNanos, entry.dueNanos);
      }
      try {
        entry.task.run();
      } catch (Throwable t) {
        if (failure == null) {
          failure = t;
        } else {
          failure.addSuppressed(t);
        }
      }
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new UndeclaredThrowableException(failure);
    }
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  private record Entry(long dueNanos, long sequence, Runnable task) {}
}
