package dev.tonearm.internal.event;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
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

  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(() -> {
      try {
        task.run();
      } finally {
        scheduleNext();
      }
    });
    if (active == null) {
      scheduleNext();
    }
  }

  private synchronized void scheduleNext() {
    active = tasks.poll();
    if (active != null) {
      delegate.execute(active);
    }
  }
}
