package dev.tonearm.internal.event;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks one at a time, in submission order, on another executor; events therefore keep
 * their order even when the user supplies a thread pool.
 */
final class SerialExecutor implements Executor {
  private final Executor delegate;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private @Nullable Runnable active;

  SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  /**
   * Queues the task.
   *
   * @throws RejectedExecutionException if the underlying executor was shut down
   */
  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(() -> {
      try {
        task.run();
      } finally {
        runNext();
      }
    });
    if (active == null) {
      active = tasks.poll();
      try {
        delegate.execute(active);
      } catch (RejectedExecutionException shutDown) {
        tasks.clear();
        active = null;
        throw shutDown;
      }
    }
  }

  /** Called by a finished task; a shut-down executor drops what was not delivered yet. */
  private synchronized void runNext() {
    active = tasks.poll();
    if (active == null) {
      return;
    }
    try {
      delegate.execute(active);
    } catch (RejectedExecutionException shutDown) {
      tasks.clear();
      active = null;
    }
  }
}
