package dev.tonearm.benchmarks;

import dev.tonearm.benchmarks.loopback.ClosedLoop;
import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.RestSuite;
import dev.tonearm.benchmarks.loopback.Results;
import dev.tonearm.track.Track;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REST commands against the testkit's fake node, which runs in a JVM of its own
 * ({@link TestkitServer}) so that the official client, in yet another JVM, meets the same server:
 * Tonearm's {@code play}, {@code setVolume} and {@code loadTracks}, and the same requests made
 * with a bare OkHttp 5 client, taking turns. See {@link RestSuite} for the runs.
 *
 * <p>Arguments: the node's URI, its password, seconds per run (default 0.5), measured runs (3).
 */
public final class RestBenchmark {
  private RestBenchmark() {}

  /**
   * Runs the benchmark and appends the results to {@code rest-tonearm.tsv}.
   *
   * @param args the node's URI and password, seconds per run, measured runs
   * @throws Exception if a command failed
   */
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    String password = args[1];
    Duration run = Duration.ofMillis((long) (1000 * (args.length > 2 ? Double.parseDouble(args[2]) : 0.5)));
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Results results = new Results(Results.directory().resolve("rest-tonearm.tsv"));
    int guilds = RestSuite.CONCURRENCY[RestSuite.CONCURRENCY.length - 1];
    long[] guildIds = new long[guilds];
    for (int i = 0; i < guilds; i++) {
      guildIds[i] = Guilds.id(i);
    }

    try (TonearmClient client = TonearmClient.connect(uri, password, null);
        RawRest raw = new RawRest(uri, password)) {
      Track track = client.load(RestSuite.IDENTIFIER);
      // Every guild joins voice and plays once, so the measured commands find the voice ready.
      client.playEverywhere(guildIds, track);
      String play = RestSuite.playBody(track.encoded());
      String volume = RestSuite.volumeBody();
      Map<String, Map<String, ClosedLoop.Command>> contenders = new LinkedHashMap<>();
      contenders.put("tonearm", Map.of(
          "play", guild -> client.player(Guilds.id(guild)).play(track),
          "setVolume", guild -> client.player(Guilds.id(guild)).setVolume(RestSuite.VOLUME),
          "loadTracks", guild -> client.lavalink.loadTracks(RestSuite.IDENTIFIER)));
      contenders.put("okhttp5", Map.of(
          "play", guild -> raw.updatePlayer(Guilds.id(guild), play),
          "setVolume", guild -> raw.updatePlayer(Guilds.id(guild), volume),
          "loadTracks", guild -> raw.loadTracks(RestSuite.IDENTIFIER)));
      RestSuite.measure(contenders, run, runs, results);
    }
    System.exit(0);
  }
}
