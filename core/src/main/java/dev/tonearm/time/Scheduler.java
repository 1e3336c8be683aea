package dev.tonearm.time;

import java.time.Duration;

/**
 * The source of time for everything Tonearm does later: reconnect backoff, timeouts, position
 * interpolation and inactivity.
 *
 * <p>By default a client uses a real scheduler with one daemon thread that it stops on close.
 * Tests pass a virtual one (the testkit's {@code VirtualClock}) and move time forward by hand, so
 * a 30-second backoff takes no real time.
 *
 * <p>Implementations must be safe to call from any thread. Tasks must be quick: they run on the
 * scheduler's own thread, or on the thread that advances a virtual clock.
 */
public interface Scheduler {

  /**
   * Returns the wall-clock time, comparable with the times Lavalink sends.
   *
   * @return milliseconds since the epoch
   */
  long currentTimeMillis();

  /**
   * Returns a monotonic reading for measuring intervals; only differences are meaningful.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();

  /**
   * Runs a task once after a delay.
   *
   * @param delay how long to wait; zero or negative runs the task as soon as possible
   * @param task what to run
   * @return a handle that cancels the task if it has not started
   * @throws java.util.concurrent.RejectedExecutionException if the scheduler was shut down
   */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task that can still be called off. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task; does nothing if it already ran or was cancelled. */
    void cancel();
  }
}
