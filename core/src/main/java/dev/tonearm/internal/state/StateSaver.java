package dev.tonearm.internal.state;

import dev.tonearm.internal.observe.Observers;
import dev.tonearm.state.StateStore;
import dev.tonearm.time.Scheduler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the snapshot a short while after changes, so a burst of changes costs one write.
 */
public final class StateSaver {
  private static final Logger log = LoggerFactory.getLogger(StateSaver.class);

  private final StateStore store;
  private final Scheduler scheduler;
  private final Supplier<String> snapshot;
  private final Duration debounce;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Observers observers;
  /** When the first change since the last save was noted, on the scheduler's clock. */
  private volatile long dirtySince;
  private volatile boolean lastSaveFailed;

  /**
   * Creates the saver.
   *
   * @param store where snapshots go
   * @param scheduler the client's clock
   * @param snapshot produces the current snapshot
   * @param debounce how long after a change the save happens
   * @param observers told about every save and failure
   */
  public StateSaver(StateStore store, Scheduler scheduler, Supplier<String> snapshot,
      Duration debounce, Observers observers) {
    this.observers = observers;
    this.store = store;
    this.scheduler = scheduler;
    this.snapshot = snapshot;
    this.debounce = debounce;
  }

  /** Notes a change; a save follows after the debounce delay unless one is pending. */
  public void markDirty() {
    if (scheduled.compareAndSet(false, true)) {
      dirtySince = scheduler.currentTimeMillis();
      try {
        scheduler.schedule(debounce, this::saveNow);
      } catch (RejectedExecutionException closed) {
        // The client is closing; close() saves the final state itself.
        scheduled.set(false);
      }
    }
  }

  /** {@return false when the last save failed, true when it succeeded or none was tried} */
  public boolean reachable() {
    return !lastSaveFailed;
  }

  /** Saves now; a failure is logged, because the next change tries again. */
  public synchronized void saveNow() {
    scheduled.set(false);
    long since = dirtySince;
    dirtySince = 0;
    try {
      store.save(snapshot.get());
      lastSaveFailed = false;
      observers.stateSaved(Duration.ofMillis(since == 0 ? 0 : scheduler.currentTimeMillis() - since));
    } catch (IOException | RuntimeException e) {
      log.warn("Could not save the client's state to {}", store, e);
      lastSaveFailed = true;
      observers.stateSaveFailed(e);
    }
  }
}
