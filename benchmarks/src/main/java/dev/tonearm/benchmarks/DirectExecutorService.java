package dev.tonearm.benchmarks;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task on the thread that submits it. Given to the client as its event executor, it
 * makes the whole inbound path (decoding, player state, event delivery and the listener) run on
 * the benchmark thread, so the time per operation is the CPU time per frame.
 */
final class DirectExecutorService extends AbstractExecutorService {
  private volatile boolean shutDown;

  @Override
  public void execute(Runnable task) {
    task.run();
  }

  @Override
  public void shutdown() {
    shutDown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutDown = true;
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return shutDown;
  }

  @Override
  public boolean isTerminated() {
    return shutDown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return shutDown;
  }
}
