package dev.tonearm.benchmarks;

import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import dev.tonearm.benchmarks.loopback.Results;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Event throughput over loopback for Tonearm (default settings: one event thread, a registered
 * listener with a generated dispatcher) and for a bare OkHttp 5 WebSocket, the transport floor.
 * See {@link EndToEnd} for what a run measures and checks.
 *
 * <p>Arguments: frames per run (default 200,000), warm-up runs (1), measured runs (5), and
 * {@code metrics} to compare Tonearm without and with tonearm-micrometer's meters bound (the
 * contenders {@code tonearm} and {@code tonearm+metrics}, into {@code e2e-metrics.tsv}) instead of
 * Tonearm against the bare WebSocket.
 */
public final class EndToEndBenchmark {
  private EndToEndBenchmark() {}

  /**
   * Runs the benchmark and appends the results to {@code e2e-tonearm.tsv}, or with
   * {@code metrics} to {@code e2e-metrics.tsv}.
   *
   * @param args frames per run, warm-up runs, measured runs, optionally {@code metrics}
   * @throws Exception if a run fails its check
   */
  public static void main(String[] args) throws Exception {
    long frames = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean metrics = args.length > 3 && args[3].equals("metrics");
    Results results = new Results(Results.directory()
        .resolve(metrics ? "e2e-metrics.tsv" : "e2e-tonearm.tsv"));
    List<EndToEnd.Client> clients = metrics
        ? List.of(new TonearmE2e(false), new TonearmE2e(true))
        : List.of(new TonearmE2e(false), new BareWebSocket());
    EndToEnd.measureAll(clients, frames, warmups, runs, results);
    System.exit(0);
  }

  /** Tonearm as a bot runs it. */
  static final class TonearmE2e implements EndToEnd.Client {
    private final boolean metrics;
    private @Nullable TonearmClient client;

    /** A client without the meters, or with them bound when {@code metrics} is true. */
    TonearmE2e(boolean metrics) {
      this.metrics = metrics;
    }

    @Override
    public String name() {
      return metrics ? "tonearm+metrics" : "tonearm";
    }

    @Override
    public void start(LoopbackLavalink server, long[] guildIds) throws Exception {
      TonearmClient connected = TonearmClient.connect(server.uri(), LoopbackLavalink.PASSWORD, null,
          metrics);
      client = connected;
      connected.playEverywhere(guildIds, connected.load("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    }

    @Override
    public void expect(FrameKind kind, EndToEnd.Tally tally) {
      if (client != null) {
        client.tally(tally);
      }
    }

    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
