package dev.tonearm.benchmarks.official;

import dev.arbjerg.lavalink.client.player.Track;
import dev.tonearm.benchmarks.loopback.ClosedLoop;
import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.RestSuite;
import dev.tonearm.benchmarks.loopback.Results;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REST commands against the testkit's fake node in its own JVM: the official client's
 * {@code play} ({@code link.createOrUpdatePlayer().setTrack(track)}), {@code setVolume} and
 * {@code loadTracks} ({@code link.loadItem}), each turned into a future with
 * {@code Mono.toFuture()}, and the same requests made with a bare OkHttp 4 client, taking turns.
 *
 * <p>Arguments: the node's URI, its password, seconds per run (default 0.5), measured runs (3).
 */
public final class OfficialRestBenchmark {
  private OfficialRestBenchmark() {}

  /**
   * Runs the benchmark and appends the results to {@code rest-official.tsv}.
   *
   * @param args the node's URI and password, seconds per run, measured runs
   * @throws Exception if a command failed
   */
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    String password = args[1];
    Duration run = Duration.ofMillis((long) (1000 * (args.length > 2 ? Double.parseDouble(args[2]) : 0.5)));
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Results results = new Results(Results.directory().resolve("rest-official.tsv"));
    int guilds = RestSuite.CONCURRENCY[RestSuite.CONCURRENCY.length - 1];
    long[] guildIds = new long[guilds];
    for (int i = 0; i < guilds; i++) {
      guildIds[i] = Guilds.id(i);
    }

    try (OfficialClient client = OfficialClient.connect(uri, password);
        RawRest raw = new RawRest(uri, password)) {
      Track track = client.load(RestSuite.IDENTIFIER);
      // Every guild plays once first, as in Tonearm's run (there it also sends the voice state).
      client.updateAll(guildIds, guildId -> client.link(guildId).createOrUpdatePlayer().setTrack(track));
      String play = RestSuite.playBody(track.getEncoded());
      String volume = RestSuite.volumeBody();
      Map<String, Map<String, ClosedLoop.Command>> contenders = new LinkedHashMap<>();
      contenders.put("official", Map.<String, ClosedLoop.Command>of(
          "play", guild -> client.link(Guilds.id(guild)).createOrUpdatePlayer().setTrack(track).toFuture(),
          "setVolume", guild -> client.link(Guilds.id(guild)).createOrUpdatePlayer()
              .setVolume(RestSuite.VOLUME).toFuture(),
          "loadTracks", guild -> client.link(Guilds.id(guild)).loadItem(RestSuite.IDENTIFIER).toFuture()));
      contenders.put("okhttp4", Map.<String, ClosedLoop.Command>of(
          "play", guild -> raw.updatePlayer(Guilds.id(guild), play),
          "setVolume", guild -> raw.updatePlayer(Guilds.id(guild), volume),
          "loadTracks", guild -> raw.loadTracks(RestSuite.IDENTIFIER)));
      RestSuite.measure(contenders, run, runs, results);
    }
    System.exit(0);
  }
}
