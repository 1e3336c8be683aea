package dev.tonearm.internal.event;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks one at a time, in submission order, on another executor; events therefore keep
 * their order even when the user supplies a thread pool.
 *
 * <p>Handing a task to the executor's thread costs far more than delivering an event: its queue,
 * its locks and a wake-up of its sleeping thread. So one turn on the executor runs every task
 * queued meanwhile. And when a turn finds a stream of events (at least {@value #BATCH} tasks
 * since it started or last waited), it does not end when the queue runs dry but waits for
 * {@link #LINGER_NANOS} first: the events that come meanwhile cost their producer no hand-over
 * and no wake-up, and run together when the wait is over. A busy node thus costs one timed
 * wake-up per batch of events instead of one hand-over per event, while a lone event or a few of
 * them are delivered at once, as before. A turn the executor runs on the submitting thread itself
 * never waits. After {@value #TURN} tasks a turn makes way for other work of the executor, so a
 * shared pool is never held for long.
 */
final class SerialExecutor implements Executor {
  /** The most tasks one turn runs before it makes way for other work of the executor. */
  static final int TURN = 256;
  /** How many tasks in a row make a stream worth waiting for. */
  static final int BATCH = 16;
  /** How long a turn waits for more of a stream before it ends. */
  static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

  private final Executor delegate;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final Runnable turn = this::runTurn;
  /** Whether a turn is queued on or running on the delegate. */
  private boolean scheduled;
  /** The thread handing a turn to the delegate, to tell when the delegate runs it right there. */
  private @Nullable Thread submitting;

  SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  /**
   * Queues the task.
   *
   * @throws RejectedExecutionException if the underlying executor was shut down
   */
  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      tasks.add(task);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    schedule(true);
  }

  /** {@return how many tasks wait for their turn} */
  synchronized int backlog() {
    return tasks.size();
  }

  /** Queues a turn; a shut-down executor drops what was not delivered yet. */
  private void schedule(boolean rethrow) {
    Thread previous = submitting;
    submitting = Thread.currentThread();
    try {
      delegate.execute(turn);
    } catch (RejectedExecutionException shutDown) {
      synchronized (this) {
        tasks.clear();
        scheduled = false;
      }
      if (rethrow) {
        throw shutDown;
      }
    } finally {
      submitting = previous;
    }
  }

  private void runTurn() {
    boolean mayWait = Thread.currentThread() != submitting;
    int ran = 0;
    int inARow = 0;
    while (true) {
      Runnable task;
      synchronized (this) {
        // The first task was accepted with the turn; each later one counts as handed over anew,
        // which an executor that was shut down meanwhile would refuse.
        if (ran > 0 && isShutDown()) {
          tasks.clear();
          scheduled = false;
          return;
        }
        task = tasks.poll();
        if (task == null && (!mayWait || inARow < BATCH)) {
          scheduled = false;
          return;
        }
      }
      if (task == null) {
        LockSupport.parkNanos(this, LINGER_NANOS);
        inARow = 0;
        continue;
      }
      ran++;
      inARow++;
      if (ran == TURN) {
        runLast(task);
        return;
      }
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        // The task's failure is the executor's to report; the tasks after it still run.
        schedule(false);
        throw e;
      }
    }
  }

  /** Runs the last task of a full turn, then queues the next turn behind the executor's work. */
  private void runLast(Runnable task) {
    try {
      task.run();
    } finally {
      schedule(false);
    }
  }

  private boolean isShutDown() {
    return delegate instanceof ExecutorService service && service.isShutdown();
  }
}
