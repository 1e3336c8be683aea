package dev.tonearm.internal.node;

import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts a node's recent REST and load failures in a sliding window of the client's clock. */
public final class NodeHealth {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Scheduler clock;
  private final Deque<Long> restFailures = new ArrayDeque<>();
  private final Deque<Long> loadFailures = new ArrayDeque<>();

  /**
   * Creates the counters.
   *
   * @param clock the client's clock
   */
  public NodeHealth(Scheduler clock) {
    this.clock = clock;
  }

  /** Records a REST call that got no answer or a server error. */
  public synchronized void recordRestFailure() {
    restFailures.addLast(clock.currentTimeMillis());
  }

  /** Records a track load that answered with an error. */
  public synchronized void recordLoadFailure() {
    loadFailures.addLast(clock.currentTimeMillis());
  }

  /** Returns the REST failures of the last minute. */
  public synchronized int recentRestFailures() {
    return recent(restFailures);
  }

  /** Returns the load failures of the last minute. */
  public synchronized int recentLoadFailures() {
    return recent(loadFailures);
  }

  private int recent(Deque<Long> times) {
    long oldest = clock.currentTimeMillis() - WINDOW.toMillis();
    while (!times.isEmpty() && times.peekFirst() < oldest) {
      times.removeFirst();
    }
    return times.size();
  }
}
