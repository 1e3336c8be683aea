package dev.tonearm.benchmarks.loopback;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives a REST command at a fixed rate, whatever the responses do (an open loop): command
 * {@code i} is due at {@code i / rate} seconds and goes to guild {@code i mod guilds}. Latency
 * runs from when a command was due, not from when it was sent, so a client that falls behind
 * pays for the wait too. At a rate the machine can sustain, every contender meets the node in the
 * same state, and the difference between their latencies is what each adds per command; a closed
 * loop ({@link ClosedLoop}) instead saturates the machine, and its latency is mostly the queue.
 */
public final class FixedRate {
  private FixedRate() {}

  /**
   * What a run measured.
   *
   * @param sent commands sent
   * @param p50Micros the median latency
   * @param p99Micros the 99th percentile latency
   * @param cpuMicrosPerCommand this JVM's CPU time per command, the pacing thread's included
   */
  public record Result(int sent, double p50Micros, double p99Micros, double cpuMicrosPerCommand) {}

  /**
   * Runs the commands.
   *
   * @param guilds how many guilds the commands go to, in turn
   * @param perSecond commands per second
   * @param duration how long to send
   * @param command the command
   * @return the latencies
   * @throws Exception if a command failed or the last ones did not complete within 30 s
   */
  public static Result run(int guilds, int perSecond, Duration duration, ClosedLoop.Command command)
      throws Exception {
    int total = (int) (perSecond * duration.toNanos() / 1_000_000_000L);
    long interval = 1_000_000_000L / perSecond;
    long[] latencies = new long[total];
    CountDownLatch done = new CountDownLatch(total);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger outstanding = new AtomicInteger();
    long cpuBefore = ClosedLoop.processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < total && failure.get() == null; i++) {
      long due = start + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      outstanding.incrementAndGet();
      CompletionStage<?> response;
      try {
        response = command.send(index % guilds);
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
        break;
      }
      response.whenComplete((value, error) -> {
        latencies[index] = System.nanoTime() - due;
        if (error != null) {
          failure.compareAndSet(null, error);
        }
        outstanding.decrementAndGet();
        done.countDown();
      });
    }
    if (failure.get() == null && !done.await(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
      throw new TimeoutException(outstanding.get() + " commands still running 30 s after the run");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a command failed", failure.get());
    }
    double cpuMicros = (ClosedLoop.processCpuNanos() - cpuBefore) / 1e3 / total;
    Arrays.sort(latencies);
    return new Result(total, ClosedLoop.percentile(latencies, 0.50) / 1e3,
        ClosedLoop.percentile(latencies, 0.99) / 1e3, cpuMicros);
  }
}
