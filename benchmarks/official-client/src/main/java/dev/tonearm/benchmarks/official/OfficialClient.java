package dev.tonearm.benchmarks.official;

import dev.arbjerg.lavalink.client.LavalinkClient;
import dev.arbjerg.lavalink.client.LavalinkNode;
import dev.arbjerg.lavalink.client.Link;
import dev.arbjerg.lavalink.client.NodeOptions;
import dev.arbjerg.lavalink.client.event.PlayerUpdateEvent;
import dev.arbjerg.lavalink.client.event.StatsEvent;
import dev.arbjerg.lavalink.client.event.TrackEndEvent;
import dev.arbjerg.lavalink.client.event.TrackStartEvent;
import dev.arbjerg.lavalink.client.player.LavalinkLoadResult;
import dev.arbjerg.lavalink.client.player.PlayerUpdateBuilder;
import dev.arbjerg.lavalink.client.player.Track;
import dev.arbjerg.lavalink.client.player.TrackLoaded;
import dev.arbjerg.lavalink.protocol.v4.VoiceState;
import dev.tonearm.benchmarks.loopback.EndToEnd;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The official client set up the way a bot uses it: one node, one subscriber per event type
 * ({@code client.on(TrackStartEvent.class).subscribe(…)}), players created by player updates.
 * The subscribers add up what they see, and feed a {@link EndToEnd.Tally} when one is set.
 */
final class OfficialClient implements AutoCloseable {
  /** The bot's user id. */
  static final long USER_ID = 1_000_000_000_000_000_001L;
  /** How many player updates are in flight at once while setting up players. */
  private static final int SETUP_WINDOW = 256;

  final LavalinkClient client;
  final LavalinkNode node;
  private volatile EndToEnd.@Nullable Tally tally;
  long started;
  long ended;
  long updated;
  long stats;

  private OfficialClient(URI uri, String password) throws Exception {
    client = new LavalinkClient(USER_ID);
    node = client.addNode(new NodeOptions.Builder().setName("local").setServerUri(uri)
        .setPassword(password).build());
    client.on(TrackStartEvent.class).subscribe(this::onTrackStart);
    client.on(TrackEndEvent.class).subscribe(this::onTrackEnd);
    client.on(PlayerUpdateEvent.class).subscribe(this::onPlayerUpdate);
    client.on(StatsEvent.class).subscribe(this::onStats);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!node.getAvailable()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the official client did not connect to " + uri);
      }
      Thread.sleep(5);
    }
  }

  /**
   * Connects a client and waits until its node is available.
   *
   * @param uri the node
   * @param password the node's password
   * @return the client
   * @throws Exception if it did not connect within 30 s
   */
  static OfficialClient connect(URI uri, String password) throws Exception {
    return new OfficialClient(uri, password);
  }

  private void onTrackStart(TrackStartEvent event) {
    started += event.getGuildId();
    feed(event.getGuildId());
  }

  private void onTrackEnd(TrackEndEvent event) {
    ended += event.getGuildId();
    feed(event.getGuildId());
  }

  private void onPlayerUpdate(PlayerUpdateEvent event) {
    updated += event.getState().getPosition();
    feed(event.getGuildId());
  }

  private void onStats(StatsEvent event) {
    stats += event.getPlayers();
    feed(event.getPlayers());
  }

  private void feed(long checksum) {
    EndToEnd.Tally current = tally;
    if (current != null) {
      current.record(checksum);
    }
  }

  /** Sets the tally the subscribers feed, or null for none. */
  void tally(EndToEnd.@Nullable Tally next) {
    tally = next;
  }

  /** Returns a sum of what every subscriber saw. */
  long total() {
    return started + ended + updated + stats;
  }

  /**
   * Loads a track through the node.
   *
   * @param identifier what to load
   * @return the track
   */
  Track load(String identifier) {
    LavalinkLoadResult result = node.loadItem(identifier).block(Duration.ofSeconds(30));
    if (!(result instanceof TrackLoaded loaded)) {
      throw new IllegalStateException("loading " + identifier + " gave " + result);
    }
    return loaded.getTrack();
  }

  /** The voice state a bot would pass on from Discord for a guild. */
  static VoiceState voice(long guildId) {
    return new VoiceState("token-" + guildId, "c-fra05-" + (guildId % 100) + ".discord.media:443",
        "voice-session-" + guildId);
  }

  /**
   * Sends a player update for every guild, at most {@value #SETUP_WINDOW} at a time, and waits
   * for all of them; each guild's link is created on the way.
   *
   * @param guildIds the guilds
   * @param update what to send for a guild, from its link
   * @throws Exception if an update failed or they took more than five minutes
   */
  void updateAll(long[] guildIds, LongFunction<PlayerUpdateBuilder> update) throws Exception {
    Semaphore window = new Semaphore(SETUP_WINDOW);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (long guildId : guildIds) {
      window.acquire();
      if (failure.get() != null) {
        break;
      }
      update.apply(guildId).subscribe(player -> window.release(), error -> {
        failure.compareAndSet(null, error);
        window.release();
      });
    }
    if (!window.tryAcquire(SETUP_WINDOW, 5, TimeUnit.MINUTES)) {
      throw new TimeoutException("player updates still running after five minutes");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a player update failed", failure.get());
    }
  }

  /**
   * Gives every guild a link and a player that plays the track with a voice state, as a bot does
   * once it joined a channel and started a song.
   *
   * @param guildIds the guilds
   * @param track the track for every guild
   * @throws Exception if a player update failed
   */
  void playEverywhere(long[] guildIds, Track track) throws Exception {
    updateAll(guildIds, guildId -> link(guildId).createOrUpdatePlayer().setTrack(track)
        .setVoiceState(voice(guildId)));
  }

  /** Returns the guild's link, created if needed. */
  Link link(long guildId) {
    return client.getOrCreateLink(guildId);
  }

  @Override
  public void close() {
    client.close();
  }
}
