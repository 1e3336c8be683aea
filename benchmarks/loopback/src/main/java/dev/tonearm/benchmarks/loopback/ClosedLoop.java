package dev.tonearm.benchmarks.loopback;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives a REST command in a closed loop: each of {@code concurrency} guilds sends its next command
 * as soon as its previous one completed, for a fixed time. Every completion's latency is kept, so
 * the percentiles are exact; a failed command fails the run.
 */
public final class ClosedLoop {
  private ClosedLoop() {}

  /** Sends one command for a guild and completes when its response was handled. */
  @FunctionalInterface
  public interface Command {
    /**
     * Sends the command.
     *
     * @param guild the guild's number, from 0 to the concurrency minus one
     * @return completed with the result
     */
    CompletionStage<?> send(int guild);
  }

  /**
   * What a run measured.
   *
   * @param completed commands that completed before the time was up
   * @param perSecond completed commands per second
   * @param p50Micros the median latency
   * @param p99Micros the 99th percentile latency
   * @param cpuMicrosPerCommand this JVM's CPU time per completed command (the node runs in
   *     another JVM, so this is the client's, JIT and garbage collection included)
   */
  public record Result(long completed, double perSecond, double p50Micros, double p99Micros,
      double cpuMicrosPerCommand) {}

  /**
   * Runs the loop.
   *
   * @param concurrency how many guilds send at once
   * @param duration how long to keep sending
   * @param command the command
   * @return throughput and latency
   * @throws Exception if a command failed or the last ones did not complete within 30 s
   */
  public static Result run(int concurrency, Duration duration, Command command) throws Exception {
    Slot[] slots = new Slot[concurrency];
    CountDownLatch finished = new CountDownLatch(concurrency);
    long cpuBefore = processCpuNanos();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    long stopAt = start + duration.toNanos();
    for (int i = 0; i < concurrency; i++) {
      slots[i] = new Slot(i, stopAt, command, finished, failure);
    }
    for (Slot slot : slots) {
      slot.next();
    }
    if (!finished.await(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
      throw new TimeoutException("commands still running 30 s after the end of the run");
    }
    long cpu = processCpuNanos() - cpuBefore;
    if (failure.get() != null) {
      throw new IllegalStateException("a command failed", failure.get());
    }
    long completed = 0;
    for (Slot slot : slots) {
      completed += slot.completedInTime;
    }
    long[] all = new long[Arrays.stream(slots).mapToInt(slot -> slot.count).sum()];
    int at = 0;
    for (Slot slot : slots) {
      System.arraycopy(slot.latencies, 0, all, at, slot.count);
      at += slot.count;
    }
    Arrays.sort(all);
    return new Result(completed, completed / (duration.toNanos() / 1e9),
        percentile(all, 0.50) / 1e3, percentile(all, 0.99) / 1e3, cpu / 1e3 / all.length);
  }

  /** This JVM's CPU time so far, every thread's. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The {@code p} quantile of sorted latencies, 0 if there are none. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** One guild's loop; its callbacks never overlap, so its fields need no locking. */
  private static final class Slot {
    private final int guild;
    private final long stopAt;
    private final Command command;
    private final CountDownLatch finished;
    private final AtomicReference<Throwable> failure;
    private long[] latencies = new long[1024];
    private int count;
    private long completedInTime;

    Slot(int guild, long stopAt, Command command, CountDownLatch finished,
        AtomicReference<Throwable> failure) {
      this.guild = guild;
      this.stopAt = stopAt;
      this.command = command;
      this.finished = finished;
      this.failure = failure;
    }

    void next() {
      long sent = System.nanoTime();
      CompletionStage<?> response;
      try {
        response = command.send(guild);
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
        finished.countDown();
        return;
      }
      response.whenComplete((value, error) -> {
        long now = System.nanoTime();
        if (error != null) {
          failure.compareAndSet(null, error);
          finished.countDown();
          return;
        }
        if (count == latencies.length) {
          latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = now - sent;
        if (now <= stopAt) {
          completedInTime++;
        }
        if (now < stopAt && failure.get() == null) {
          next();
        } else {
          finished.countDown();
        }
      });
    }
  }
}
