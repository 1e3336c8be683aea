package dev.tonearm.benchmarks;

import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import dev.tonearm.benchmarks.loopback.MemoryScenario;
import dev.tonearm.benchmarks.loopback.RetainedHeap;
import dev.tonearm.benchmarks.loopback.Results;
import dev.tonearm.benchmarks.loopback.TrackSamples;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per Tonearm player: the live heap after creating N players minus the live heap
 * before, divided by N (see {@link MemoryScenario}). Idle players come from
 * {@code lavalink.player(guildId)} alone; playing ones joined voice and played a track confirmed
 * by a loopback node, and hold 100 tracks in their queue. Tracks are decoded from JSON by the
 * protocol decoder, as tracks from {@code loadTracks} are. Each run uses a fresh client and node;
 * before measuring, 1,000 other players are set up the same way and destroyed, so that classes and
 * caches are in place.
 *
 * <p>Arguments: scenario label, players, runs (default 1). Run with an explicit {@code -Xmx}.
 */
public final class MemoryBenchmark {
  private static final int WARM_UP_PLAYERS = 1_000;

  private MemoryBenchmark() {}

  /**
   * Runs the benchmark and appends the results to {@code memory-tonearm.tsv}.
   *
   * @param args scenario, players, runs
   * @throws Exception if a player could not be set up
   */
  public static void main(String[] args) throws Exception {
    MemoryScenario scenario = MemoryScenario.ofLabel(args[0]);
    int players = Integer.parseInt(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Results results = new Results(Results.directory().resolve("memory-tonearm.tsv"));
    for (int run = 0; run < runs; run++) {
      double perPlayer = measure(scenario, players);
      System.out.printf("memory tonearm  %-19s %,8d players  %,10.0f B/player  (-Xmx %,d MiB)%n",
          scenario.label(), players, perPlayer, RetainedHeap.maxBytes() >> 20);
      results.add("memory", "tonearm", scenario.label() + "@" + players, "bytesPerPlayer", perPlayer);
      results.add("memory", "tonearm", scenario.label() + "@" + players, "maxHeapMiB",
          RetainedHeap.maxBytes() >> 20);
    }
    System.exit(0);
  }

  private static double measure(MemoryScenario scenario, int players) throws Exception {
    try (LoopbackLavalink server = LoopbackLavalink.start();
        TonearmClient client = TonearmClient.connect(server.uri(), LoopbackLavalink.PASSWORD, null)) {
      List<Track> shared = tracks(0);
      long[] warmUp = guilds(players, WARM_UP_PLAYERS);
      create(client, scenario, warmUp, shared);
      for (long guildId : warmUp) {
        client.player(guildId).destroy().get();
      }
      long[] measured = guilds(0, players);
      long before = RetainedHeap.liveBytes();
      create(client, scenario, measured, shared);
      long after = RetainedHeap.liveBytes();
      Reference.reachabilityFence(shared);
      if (client.lavalink.players().size() != players) {
        throw new IllegalStateException("expected " + players + " players, found "
            + client.lavalink.players().size());
      }
      return (after - before) / (double) players;
    }
  }

  private static void create(TonearmClient client, MemoryScenario scenario, long[] guildIds,
      List<Track> shared) throws Exception {
    if (!scenario.playing()) {
      for (long guildId : guildIds) {
        client.player(guildId);
      }
      return;
    }
    client.forEach(guildIds, guildId -> {
      int guild = (int) (guildId - Guilds.BASE);
      List<Track> queue = scenario.distinctTracks() ? tracks(guild) : shared;
      Track current = scenario.distinctTracks()
          ? ProtocolDecoder.track(TrackSamples.json(guild, MemoryScenario.QUEUE))
          : shared.get(0);
      client.joinVoice(guildId);
      Player player = client.player(guildId);
      player.queue().addAll(queue);
      return player.play(current);
    });
  }

  /** The 100 queued tracks of a guild, each decoded from its own JSON. */
  private static List<Track> tracks(int guild) {
    List<Track> tracks = new ArrayList<>(MemoryScenario.QUEUE);
    for (int i = 0; i < MemoryScenario.QUEUE; i++) {
      tracks.add(ProtocolDecoder.track(TrackSamples.json(guild, i)));
    }
    return tracks;
  }

  private static long[] guilds(int first, int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = Guilds.id(first + i);
    }
    return ids;
  }
}
