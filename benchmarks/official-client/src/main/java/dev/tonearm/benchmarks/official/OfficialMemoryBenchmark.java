package dev.tonearm.benchmarks.official;

import dev.arbjerg.lavalink.client.player.Track;
import dev.arbjerg.lavalink.protocol.v4.Mapper;
import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import dev.tonearm.benchmarks.loopback.MemoryScenario;
import dev.tonearm.benchmarks.loopback.RetainedHeap;
import dev.tonearm.benchmarks.loopback.Results;
import dev.tonearm.benchmarks.loopback.TrackSamples;
import java.lang.ref.Reference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retained heap per player of the official client: its {@code Link} and cached
 * {@code LavalinkPlayer}, which exists once a player update was answered (see
 * {@link MemoryScenario}). Idle players had an empty update; playing ones had an update with a
 * track and a voice state. The client has no queue, so playing players get what a bot keeps
 * instead: an {@code ArrayDeque} of 100 client {@code Track}s per guild in a {@code HashMap}.
 * Tracks are decoded from JSON with the protocol's serializer and wrapped as the client wraps
 * loaded tracks. For idle players the link alone is reported too. Each run uses a fresh client and
 * node, after 1,000 other players were set up the same way and destroyed.
 *
 * <p>Arguments: scenario label, players, runs (default 1). Run with an explicit {@code -Xmx}.
 */
public final class OfficialMemoryBenchmark {
  private static final int WARM_UP_PLAYERS = 1_000;

  private OfficialMemoryBenchmark() {}

  /**
   * Runs the benchmark and appends the results to {@code memory-official.tsv}.
   *
   * @param args scenario, players, runs
   * @throws Exception if a player could not be set up
   */
  public static void main(String[] args) throws Exception {
    MemoryScenario scenario = MemoryScenario.ofLabel(args[0]);
    int players = Integer.parseInt(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Results results = new Results(Results.directory().resolve("memory-official.tsv"));
    for (int run = 0; run < runs; run++) {
      measure(scenario, players, results);
    }
    System.exit(0);
  }

  private static void measure(MemoryScenario scenario, int players, Results results)
      throws Exception {
    try (LoopbackLavalink server = LoopbackLavalink.start();
        OfficialClient client = OfficialClient.connect(server.uri(), LoopbackLavalink.PASSWORD)) {
      List<Track> shared = tracks(0);
      Map<Long, ArrayDeque<Track>> queues = new HashMap<>();
      long[] warmUp = guilds(players, WARM_UP_PLAYERS);
      create(client, scenario, warmUp, shared, queues);
      for (long guildId : warmUp) {
        client.link(guildId).destroy().block();
        queues.remove(guildId);
      }
      long[] measured = guilds(0, players);
      long before = RetainedHeap.liveBytes();
      if (!scenario.playing()) {
        for (long guildId : measured) {
          client.link(guildId);
        }
        double linkOnly = (RetainedHeap.liveBytes() - before) / (double) players;
        results.add("memory", "official", scenario.label() + "@" + players, "linkBytes", linkOnly);
        System.out.printf("memory official %-19s %,8d links    %,10.0f B/link%n", scenario.label(),
            players, linkOnly);
      }
      create(client, scenario, measured, shared, queues);
      long after = RetainedHeap.liveBytes();
      Reference.reachabilityFence(shared);
      Reference.reachabilityFence(queues);
      if (client.node.getCachedPlayers().size() != players) {
        throw new IllegalStateException("expected " + players + " players, found "
            + client.node.getCachedPlayers().size());
      }
      double perPlayer = (after - before) / (double) players;
      System.out.printf("memory official %-19s %,8d players  %,10.0f B/player  (-Xmx %,d MiB)%n",
          scenario.label(), players, perPlayer, RetainedHeap.maxBytes() >> 20);
      results.add("memory", "official", scenario.label() + "@" + players, "bytesPerPlayer", perPlayer);
      results.add("memory", "official", scenario.label() + "@" + players, "maxHeapMiB",
          RetainedHeap.maxBytes() >> 20);
    }
  }

  private static void create(OfficialClient client, MemoryScenario scenario, long[] guildIds,
      List<Track> shared, Map<Long, ArrayDeque<Track>> queues) throws Exception {
    if (!scenario.playing()) {
      client.updateAll(guildIds, guildId -> client.link(guildId).createOrUpdatePlayer());
      return;
    }
    for (long guildId : guildIds) {
      int guild = (int) (guildId - Guilds.BASE);
      queues.put(guildId, new ArrayDeque<>(scenario.distinctTracks() ? tracks(guild) : shared));
    }
    client.updateAll(guildIds, guildId -> {
      int guild = (int) (guildId - Guilds.BASE);
      Track current = scenario.distinctTracks() ? track(TrackSamples.json(guild, MemoryScenario.QUEUE))
          : shared.get(0);
      return client.link(guildId).createOrUpdatePlayer().setTrack(current)
          .setVoiceState(OfficialClient.voice(guildId));
    });
  }

  private static List<Track> tracks(int guild) {
    List<Track> tracks = new ArrayList<>(MemoryScenario.QUEUE);
    for (int i = 0; i < MemoryScenario.QUEUE; i++) {
      tracks.add(track(TrackSamples.json(guild, i)));
    }
    return tracks;
  }

  /** A loaded track: the protocol's track decoded from JSON, wrapped as the client wraps it. */
  private static Track track(String json) {
    return new Track(Mapper.getJson().decodeFromString(
        dev.arbjerg.lavalink.protocol.v4.Track.Companion.serializer(), json));
  }

  private static long[] guilds(int first, int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = Guilds.id(first + i);
    }
    return ids;
  }
}
