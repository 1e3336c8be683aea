package dev.tonearm.benchmarks.loopback;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Reads the live heap: full collections until the used heap stops shrinking. The difference of
 * two readings around creating N objects, divided by N, is what each one retains.
 */
public final class RetainedHeap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final long STABLE_BYTES = 32 * 1024;

  private RetainedHeap() {}

  /**
   * Collects garbage until two readings in a row differ by less than 32 KiB, and returns the
   * used heap.
   *
   * @return the live heap in bytes
   */
  public static long liveBytes() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < STABLE_BYTES) {
        return used;
      }
      previous = used;
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return used;
      }
    }
    return previous;
  }

  /** Returns the maximum heap the JVM was given, in bytes. */
  public static long maxBytes() {
    return MEMORY.getHeapMemoryUsage().getMax();
  }
}
