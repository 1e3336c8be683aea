package dev.tonearm.benchmarks.loopback;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Event throughput the way a bot sees it: a {@link LoopbackLavalink} writes N pre-encoded frames
 * of one kind, cycling over 1,000 guilds that each have a playing player, and the clock stops when
 * the client's listener saw the N-th event. Each run reports frames per second, the client's CPU
 * time per frame (the process's, minus the server's threads) and the bytes it allocated per frame,
 * and fails unless the listener saw every frame exactly once (the sum of the guild ids, or of the
 * {@code players} counts of stats frames, must match, and nothing more may arrive).
 */
public final class EndToEnd {
  /** How many guilds the frames cycle over. */
  public static final int GUILDS = 1000;

  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
  private static final long SETTLE_MILLIS = 100;

  private EndToEnd() {}

  /** A client under test. */
  public interface Client extends AutoCloseable {

    /** Returns the contender's name in the results, such as {@code tonearm}. */
    String name();

    /**
     * Connects to the server and gives every guild a player that plays a track.
     *
     * @param server the server
     * @param guildIds the guilds
     * @throws Exception if the client could not connect or set up its players
     */
    void start(LoopbackLavalink server, long[] guildIds) throws Exception;

    /**
     * Points the client's handlers at a new tally; from now on each event of the kind adds to it.
     *
     * @param kind the kind of frame that will come
     * @param tally what the handlers feed
     */
    void expect(FrameKind kind, Tally tally);

    @Override
    void close();
  }

  /** What a client's handlers saw. Fed by one thread at a time. */
  public static final class Tally {
    private final long expected;
    private final CountDownLatch done = new CountDownLatch(1);
    private long count;
    private long sum;
    private long doneNanos;

    /**
     * Creates a tally that completes at the given count.
     *
     * @param expected how many events complete it
     */
    public Tally(long expected) {
      this.expected = expected;
    }

    /**
     * Counts one event.
     *
     * @param checksum the event's guild id, or a stats event's {@code players} count
     */
    public synchronized void record(long checksum) {
      sum += checksum;
      if (++count == expected) {
        doneNanos = System.nanoTime();
        done.countDown();
      }
    }

    /** Returns how many events were counted. */
    public synchronized long count() {
      return count;
    }

    /** Returns the sum of their checksums. */
    public synchronized long sum() {
      return sum;
    }

    synchronized long doneNanos() {
      return doneNanos;
    }

    boolean await(Duration timeout) throws InterruptedException {
      return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** One run's figures. */
  public record Run(double framesPerSecond, double cpuNanosPerFrame, double bytesPerFrame,
      double serverCpuNanosPerFrame) {}

  /**
   * Measures a client: warm-up runs, then measured runs, each of {@code frames} frames; every run
   * is checked and the measured ones are written to the results.
   *
   * @param client the client, already started on {@code server}
   * @param session the client's WebSocket session on the server
   * @param kind the frames to send
   * @param frames frames per run, a multiple of {@link #GUILDS}
   * @param warmups runs before measuring
   * @param runs measured runs
   * @param results where the measured runs go, under section {@code e2e}
   * @throws Exception if a run times out or the listener saw a frame other than exactly once
   */
  public static void measure(Client client, LoopbackLavalink.Session session, FrameKind kind,
      long frames, int warmups, int runs, Results results) throws Exception {
    if (frames % GUILDS != 0) {
      throw new IllegalArgumentException("frames must be a multiple of " + GUILDS);
    }
    byte[] block = kind.webSocketBlock(GUILDS);
    long repeats = frames / GUILDS;
    long expectedSum = kind.expectedSum(GUILDS, repeats);
    ProcessMeter meter = new ProcessMeter();
    for (int i = 0; i < warmups + runs; i++) {
      Tally tally = new Tally(frames);
      client.expect(kind, tally);
      ProcessMeter.Snapshot before = meter.snapshot();
      long start = System.nanoTime();
      session.stream(block, repeats);
      if (!tally.await(RUN_TIMEOUT)) {
        throw new TimeoutException(client.name() + " saw " + tally.count() + " of " + frames + " "
            + kind.label() + " events within " + RUN_TIMEOUT);
      }
      ProcessMeter.Snapshot after = meter.snapshot();
      long elapsed = tally.doneNanos() - start;
      Thread.sleep(SETTLE_MILLIS);
      if (tally.count() != frames || tally.sum() != expectedSum) {
        throw new IllegalStateException(client.name() + " saw " + tally.count() + " " + kind.label()
            + " events for " + frames + " frames, checksum " + tally.sum() + " instead of "
            + expectedSum);
      }
      ProcessMeter.Usage usage = meter.between(before, after);
      Run run = new Run(frames / (elapsed / 1e9), usage.clientCpuNanos() / (double) frames,
          usage.clientAllocatedBytes() / (double) frames, usage.serverCpuNanos() / (double) frames);
      boolean measured = i >= warmups;
      System.out.printf("e2e %-14s %-13s %s %,10.0f frames/s %8.0f ns CPU/frame %8.0f B/frame"
          + " (server %4.0f ns/frame)%n", client.name(), kind.label(), measured ? "run   " : "warmup",
          run.framesPerSecond(), run.cpuNanosPerFrame(), run.bytesPerFrame(),
          run.serverCpuNanosPerFrame());
      if (Boolean.getBoolean("e2e.threads")) {
        usage.threadCpuNanos().forEach((thread, nanos) -> {
          if (nanos > usage.clientCpuNanos() / 100) {
            System.out.printf("    %-40s %8.0f ns/frame%n", thread, nanos / (double) frames);
          }
        });
      }
      if (measured) {
        results.add("e2e", client.name(), kind.label(), "framesPerSecond", run.framesPerSecond());
        results.add("e2e", client.name(), kind.label(), "cpuNanosPerFrame", run.cpuNanosPerFrame());
        results.add("e2e", client.name(), kind.label(), "bytesPerFrame", run.bytesPerFrame());
      }
    }
  }

  /**
   * Runs every frame kind against a fresh server for each client, one client at a time.
   *
   * @param clients the clients, not started
   * @param frames frames per run
   * @param warmups warm-up runs per kind
   * @param runs measured runs per kind
   * @param results where the runs go
   * @throws Exception if a client fails a run
   */
  public static void measureAll(Iterable<Client> clients, long frames, int warmups, int runs,
      Results results) throws Exception {
    for (Client client : clients) {
      try (LoopbackLavalink server = LoopbackLavalink.start(); client) {
        long[] guilds = new long[GUILDS];
        for (int i = 0; i < GUILDS; i++) {
          guilds[i] = Guilds.id(i);
        }
        client.start(server, guilds);
        LoopbackLavalink.Session session = server.awaitSession(Duration.ofSeconds(30));
        for (FrameKind kind : FrameKind.values()) {
          measure(client, session, kind, frames, warmups, runs, results);
        }
      }
    }
  }

  /**
   * Reads the guild id out of a frame's text the cheap way, for the bare transport contender: the
   * digits after {@code "guildId":"}, or for stats the {@code players} count.
   *
   * @param frame the frame's text
   * @return the checksum {@link FrameKind#checksum} gives for the frame
   */
  public static long scanChecksum(String frame) {
    int at = frame.indexOf("\"guildId\":\"");
    int start;
    if (at >= 0) {
      start = at + "\"guildId\":\"".length();
    } else {
      start = frame.indexOf("\"players\":") + "\"players\":".length();
    }
    long value = 0;
    for (int i = start; i < frame.length(); i++) {
      char c = frame.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
