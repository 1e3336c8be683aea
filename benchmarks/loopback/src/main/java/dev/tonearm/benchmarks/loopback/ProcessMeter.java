package dev.tonearm.benchmarks.loopback;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures what a client costs while it handles frames: the process's CPU time (every thread,
 * including the JIT compiler and the garbage collector) minus the CPU time of the loopback
 * server's threads, and the bytes allocated by every thread except the server's and the one
 * taking the measurements.
 *
 * <p>A thread that ends between two snapshots loses what it did since the first; the clients
 * measured here keep their reader and event threads for the whole run.
 */
public final class ProcessMeter {
  private final com.sun.management.ThreadMXBean threads;
  private final com.sun.management.OperatingSystemMXBean os;

  /** Creates a meter on this JVM's management beans. */
  public ProcessMeter() {
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    threads.setThreadCpuTimeEnabled(true);
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** What the process and each thread had used at one moment. */
  public record Snapshot(long processCpuNanos, Map<Long, ThreadUse> threads) {}

  /** One thread's CPU time and allocated bytes so far. */
  public record ThreadUse(String name, long cpuNanos, long allocatedBytes) {}

  /**
   * What the client used between two snapshots.
   *
   * @param clientCpuNanos the process's CPU time minus the server threads'
   * @param serverCpuNanos the server threads' CPU time
   * @param clientAllocatedBytes bytes allocated by every thread but the server's and the caller's
   * @param threadCpuNanos CPU time per thread name, for finding where the time goes
   */
  public record Usage(long clientCpuNanos, long serverCpuNanos, long clientAllocatedBytes,
      Map<String, Long> threadCpuNanos) {}

  /** Takes a snapshot. */
  public Snapshot snapshot() {
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    long[] cpu = threads.getThreadCpuTime(ids);
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    long process = os.getProcessCpuTime();
    Map<Long, ThreadUse> uses = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && cpu[i] >= 0) {
        uses.put(ids[i], new ThreadUse(infos[i].getThreadName(), cpu[i], allocated[i]));
      }
    }
    return new Snapshot(process, uses);
  }

  /**
   * Returns what happened between two snapshots taken by the calling thread.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @return the client's CPU (the process's minus the server threads'), the server's CPU, and the
   *     client's allocations (every thread but the server's and the caller's)
   */
  public Usage between(Snapshot before, Snapshot after) {
    long caller = Thread.currentThread().getId();
    long serverCpu = 0;
    long allocated = 0;
    Map<String, Long> perThread = new TreeMap<>();
    for (Map.Entry<Long, ThreadUse> entry : after.threads().entrySet()) {
      ThreadUse now = entry.getValue();
      ThreadUse then = before.threads().get(entry.getKey());
      long cpu = now.cpuNanos() - (then == null ? 0 : then.cpuNanos());
      long bytes = now.allocatedBytes() - (then == null ? 0 : then.allocatedBytes());
      perThread.merge(now.name(), cpu, Long::sum);
      if (now.name().startsWith(LoopbackLavalink.THREAD_PREFIX)) {
        serverCpu += cpu;
      } else if (entry.getKey() != caller) {
        allocated += bytes;
      }
    }
    long process = after.processCpuNanos() - before.processCpuNanos();
    return new Usage(process - serverCpu, serverCpu, allocated, perThread);
  }
}
