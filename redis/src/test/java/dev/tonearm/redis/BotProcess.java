package dev.tonearm.redis;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Player;
import dev.tonearm.queue.RepeatMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A bot process for the takeover tests: it takes over an owner, plays its guilds with queues,
 * volume and filters, says {@code READY} once Redis has it all, then plays on until killed or
 * told {@code HANDOVER} on its input: then it closes its client and its store, which leaves the
 * players on the node and lets the owner's lease go, says {@code HANDED_OVER} and ends.
 */
public final class BotProcess {
  static final String READY = "READY";
  static final String HANDOVER = "HANDOVER";
  static final String HANDED_OVER = "HANDED_OVER";
  static final Duration LEASE_TTL = Duration.ofSeconds(1);

  private BotProcess() {}

  /**
   * Starts a bot process and waits for it to be ready.
   *
   * @param guilds the guild ids 1 to this
   */
  static Process start(URI redis, String prefix, URI node, String password, String owner,
      int guilds) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        BotProcess.class.getName(), redis.toString(), prefix, node.toString(), password, owner,
        Integer.toString(guilds))
        .redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = output.readLine()) != null) {
      if (line.equals(READY)) {
        // Keep draining, so the process never blocks on a full pipe.
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return process;
      }
      lines.add(line);
    }
    throw new IllegalStateException("the bot process ended before it was ready:\n"
        + String.join("\n", lines));
  }

  /** Tells a ready bot process to hand its owner over, and waits for it to end. */
  static void handOver(Process process) throws IOException, InterruptedException {
    process.getOutputStream().write((HANDOVER + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the bot process failed its handover: exit code "
          + process.exitValue());
    }
  }

  static RedisStateStore store(URI redis, String prefix, String owner) {
    return RedisStateStore.builder(redis, TestClients.USER_ID, owner).keyPrefix(prefix)
        .leaseTtl(LEASE_TTL).takeoverTimeout(LEASE_TTL.multipliedBy(5)).build();
  }

  /** Queue of each guild: two tracks; repeat mode QUEUE, volume 70, filters 8D. */
  static void playWithQueue(Lavalink lavalink, long guildId) {
    Player player = TestClients.play(lavalink, guildId);
    player.queue().add(TestClients.track("q1-" + guildId));
    player.queue().add(TestClients.track("q2-" + guildId));
    player.queue().setRepeatMode(RepeatMode.QUEUE);
    CompletableFuture.allOf(player.setVolume(70), player.setFilters(FilterPresets.eightD()))
        .orTimeout(10, TimeUnit.SECONDS).join();
  }

  public static void main(String[] args) throws Exception {
    URI redis = URI.create(args[0]);
    String prefix = args[1];
    URI node = URI.create(args[2]);
    String password = args[3];
    String owner = args[4];
    int guilds = Integer.parseInt(args[5]);
    RedisStateStore store = store(redis, prefix, owner);
    Lavalink lavalink = Lavalink.builder(TestClients.USER_ID)
        .node(NodeOptions.builder("main", node, password).build())
        .stateStore(store)
        .build();
    for (long guildId = 1; guildId <= guilds; guildId++) {
      playWithQueue(lavalink, guildId);
    }
    store.save("");
    System.out.println(READY);
    System.out.flush();
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    if (HANDOVER.equals(input.readLine())) {
      lavalink.close();
      store.close();
      System.out.println(HANDED_OVER);
      System.exit(0);
    }
    // Plays until killed.
    new CompletableFuture<Void>().join();
  }
}
