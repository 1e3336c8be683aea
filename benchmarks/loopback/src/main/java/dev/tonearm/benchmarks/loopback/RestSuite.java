package dev.tonearm.benchmarks.loopback;

import java.time.Duration;
import java.util.Map;

/**
 * The REST measurement, the same for every contender: for each command, a warm-up run, then
 * closed-loop runs with 1, 16 and 256 guilds sending at once. Each run's throughput and median
 * and 99th percentile latency go to the results, under section {@code rest}, scenario
 * {@code <command>@<guilds>}.
 */
public final class RestSuite {
  /** How many guilds send at once, in the order they are measured. */
  public static final int[] CONCURRENCY = {1, 16, 256};
  /** The commands, by name: {@code play}, {@code setVolume}, {@code loadTracks}. */
  public static final String[] COMMANDS = {"play", "setVolume", "loadTracks"};
  /** What the testkit loads, and whose encoded track {@code play} sends. */
  public static final String IDENTIFIER = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
  /** How many guilds the fixed-rate runs spread their commands over. */
  public static final int[] FIXED_RATE_GUILDS = {16, 256};
  /**
   * Commands per second of the fixed-rate runs: about a quarter of what the raw clients complete
   * at most on two cores, so that no contender queues behind the machine.
   */
  public static final int FIXED_RATE = 2_000;
  /** The volume {@code setVolume} sets. */
  public static final int VOLUME = 50;

  private RestSuite() {}

  /**
   * Measures contenders side by side. First every contender runs every command for six run
   * lengths, which warms up both JVMs, the node's included. Then, for each command, every
   * contender warms up once more, and the runs take turns: for each concurrency, run 1 of every
   * contender, run 2 of every contender, and so on, so that each meets the node in the same
   * state. Closed-loop runs ({@link ClosedLoop}, scenario {@code <command>@<guilds>}) measure
   * throughput at saturation; fixed-rate runs ({@link FixedRate}, {@value #FIXED_RATE} commands
   * per second over 16 and 256 guilds, scenario {@code <command>@<guilds>/fixed}) measure the
   * latency each contender adds below saturation.
   *
   * @param contenders by name, each with a command for every name in {@link #COMMANDS}
   * @param run how long each run lasts
   * @param runs measured runs per contender, command and concurrency
   * @param results where the runs go
   * @throws Exception if a command failed
   */
  public static void measure(Map<String, Map<String, ClosedLoop.Command>> contenders,
      Duration run, int runs, Results results) throws Exception {
    // The node's JVM starts cold too: every command of every contender runs for a while first.
    for (String name : COMMANDS) {
      for (Map.Entry<String, Map<String, ClosedLoop.Command>> contender : contenders.entrySet()) {
        ClosedLoop.run(16, run.multipliedBy(4), command(contender, name));
        ClosedLoop.run(1, run.multipliedBy(2), command(contender, name));
      }
    }
    for (String name : COMMANDS) {
      for (Map.Entry<String, Map<String, ClosedLoop.Command>> contender : contenders.entrySet()) {
        ClosedLoop.run(16, run.multipliedBy(2), command(contender, name));
      }
      for (int concurrency : CONCURRENCY) {
        for (int i = 0; i < runs; i++) {
          for (Map.Entry<String, Map<String, ClosedLoop.Command>> contender : contenders.entrySet()) {
            ClosedLoop.Result result = ClosedLoop.run(concurrency, run, command(contender, name));
            String scenario = name + "@" + concurrency;
            System.out.printf("rest %-9s %-15s %,9.0f/s  p50 %8.1f µs  p99 %9.1f µs  CPU %6.1f µs%n",
                contender.getKey(), scenario, result.perSecond(), result.p50Micros(),
                result.p99Micros(), result.cpuMicrosPerCommand());
            results.add("rest", contender.getKey(), scenario, "perSecond", result.perSecond());
            results.add("rest", contender.getKey(), scenario, "p50Micros", result.p50Micros());
            results.add("rest", contender.getKey(), scenario, "p99Micros", result.p99Micros());
            results.add("rest", contender.getKey(), scenario, "cpuMicros",
                result.cpuMicrosPerCommand());
          }
        }
      }
      for (int guilds : FIXED_RATE_GUILDS) {
        for (int i = 0; i < runs; i++) {
          for (Map.Entry<String, Map<String, ClosedLoop.Command>> contender : contenders.entrySet()) {
            FixedRate.Result result = FixedRate.run(guilds, FIXED_RATE, run, command(contender, name));
            String scenario = name + "@" + guilds + "/fixed";
            System.out.printf("rest %-9s %-21s %,6d sent  p50 %8.1f µs  p99 %9.1f µs  CPU %6.1f µs%n",
                contender.getKey(), scenario, result.sent(), result.p50Micros(), result.p99Micros(),
                result.cpuMicrosPerCommand());
            results.add("rest", contender.getKey(), scenario, "p50Micros", result.p50Micros());
            results.add("rest", contender.getKey(), scenario, "p99Micros", result.p99Micros());
            results.add("rest", contender.getKey(), scenario, "cpuMicros",
                result.cpuMicrosPerCommand());
          }
        }
      }
    }
  }

  private static ClosedLoop.Command command(
      Map.Entry<String, Map<String, ClosedLoop.Command>> contender, String name) {
    ClosedLoop.Command command = contender.getValue().get(name);
    if (command == null) {
      throw new IllegalArgumentException(contender.getKey() + " has no command " + name);
    }
    return command;
  }

  /**
   * The body of a raw {@code play}: what Tonearm's {@code play(track)} sends, byte for byte (the
   * track, not paused, no end time), so that the node does the same work for both.
   */
  public static String playBody(String encoded) {
    return "{\"paused\":false,\"endTime\":null,\"track\":{\"encoded\":\"" + encoded + "\"}}";
  }

  /** The body of a raw {@code setVolume}. */
  public static String volumeBody() {
    return "{\"volume\":" + VOLUME + "}";
  }
}
