package dev.tonearm.benchmarks;

import dev.tonearm.Lavalink;
import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.micrometer.TonearmMetrics;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Tonearm set up the way a bot uses it: one node, one registered listener with a generated
 * dispatcher, players that joined a voice channel and play a track.
 */
final class TonearmClient implements AutoCloseable {
  /** The bot's user id. */
  static final long USER_ID = 1_000_000_000_000_000_001L;
  /** How many players are set up at once. */
  private static final int SETUP_WINDOW = 256;

  final Lavalink lavalink;
  final LavalinkNode node;
  final CountingListener listener = new CountingListener();
  /** Where the meters are when they are bound. */
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final @Nullable TonearmMetrics metrics;

  private TonearmClient(URI uri, String password, @Nullable ExecutorService events,
      boolean withMetrics) throws Exception {
    Lavalink.Builder builder = Lavalink.builder(USER_ID)
        .node(NodeOptions.builder("local", uri, password).build())
        .listener(listener, new CountingListener_TonearmDispatcher());
    if (events != null) {
      builder.eventExecutor(events);
    }
    lavalink = builder.build();
    metrics = withMetrics ? TonearmMetrics.bind(lavalink, registry) : null;
    node = (LavalinkNode) lavalink.nodes().get(0);
    awaitConnected(node);
  }

  /**
   * Builds a client and waits until its node is connected.
   *
   * @param uri the node
   * @param password its password
   * @param events the event executor, or null for the default (one thread of its own)
   * @return the client
   * @throws Exception if the node did not connect within 30 s
   */
  static TonearmClient connect(URI uri, String password, @Nullable ExecutorService events)
      throws Exception {
    return new TonearmClient(uri, password, events, false);
  }

  /**
   * Builds a client as {@link #connect(URI, String, ExecutorService)} does, with
   * tonearm-micrometer's meters bound to a {@link SimpleMeterRegistry} when asked.
   *
   * @param withMetrics whether to bind the meters
   */
  static TonearmClient connect(URI uri, String password, @Nullable ExecutorService events,
      boolean withMetrics) throws Exception {
    return new TonearmClient(uri, password, events, withMetrics);
  }

  private static void awaitConnected(Node node) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (node.state() != NodeState.CONNECTED) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("node " + node.name() + " did not connect");
      }
      Thread.sleep(5);
    }
  }

  /** Sets the tally the listener feeds, or null for none. */
  void tally(EndToEnd.@Nullable Tally tally) {
    listener.tally(tally);
  }

  /**
   * Loads one track.
   *
   * @param identifier what to load
   * @return the track
   */
  Track load(String identifier) throws Exception {
    LoadResult result = lavalink.loadTracks(identifier).get(30, TimeUnit.SECONDS);
    if (!(result instanceof LoadResult.TrackLoaded loaded)) {
      throw new IllegalStateException("loading " + identifier + " gave " + result);
    }
    return loaded.track();
  }

  /**
   * Hands the client the voice state Discord would send for a guild the bot joined; the player
   * sends it to the node.
   *
   * @param guildId the guild
   */
  void joinVoice(long guildId) {
    lavalink.onVoiceStateUpdate(guildId, 1_000_000 + (guildId % 1_000_000), "voice-session-" + guildId);
    lavalink.onVoiceServerUpdate(guildId, "token-" + guildId,
        "c-fra05-" + (guildId % 100) + ".discord.media:443");
  }

  /**
   * Runs a command for every guild, at most {@value #SETUP_WINDOW} at a time, and waits for all.
   *
   * @param guildIds the guilds
   * @param command what to do for a guild
   * @throws Exception if a command failed or they took more than five minutes
   */
  void forEach(long[] guildIds, LongFunction<CompletableFuture<?>> command) throws Exception {
    Semaphore window = new Semaphore(SETUP_WINDOW);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (long guildId : guildIds) {
      window.acquire();
      if (failure.get() != null) {
        break;
      }
      command.apply(guildId).whenComplete((ignored, error) -> {
        if (error != null) {
          failure.compareAndSet(null, error);
        }
        window.release();
      });
    }
    if (!window.tryAcquire(SETUP_WINDOW, 5, TimeUnit.MINUTES)) {
      throw new TimeoutException("commands still running after five minutes");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a command failed", failure.get());
    }
  }

  /**
   * Joins every guild's voice channel and plays the track there.
   *
   * @param guildIds the guilds
   * @param track the track
   * @throws Exception if a command failed
   */
  void playEverywhere(long[] guildIds, Track track) throws Exception {
    forEach(guildIds, guildId -> {
      joinVoice(guildId);
      return lavalink.player(guildId).play(track);
    });
  }

  /** Returns the guild's player. */
  Player player(long guildId) {
    return lavalink.player(guildId);
  }

  @Override
  public void close() {
    if (metrics != null) {
      metrics.close();
    }
    lavalink.close();
  }
}
