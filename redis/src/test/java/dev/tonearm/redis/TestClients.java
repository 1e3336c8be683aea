package dev.tonearm.redis;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import dev.tonearm.state.StateSource;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** Clients on a fake node with a Redis store, and players that play, for the module's tests. */
final class TestClients {
  static final long USER_ID = 1_000_000_000_000_001L;
  static final Duration IO_TIMEOUT = Duration.ofSeconds(10);

  /** A client's state with no players, for a store loaded without a client. */
  static final StateSource NO_PLAYERS = new StateSource() {
    @Override
    public Optional<String> guildState(long guildId) {
      return Optional.empty();
    }

    @Override
    public Map<String, String> nodeSessions() {
      return Map.of();
    }

    @Override
    public String snapshot(Map<String, String> nodeSessions, Collection<String> guildStates) {
      return "restored " + guildStates.size() + " guilds";
    }
  };

  private TestClients() {}

  /** A client of the fake node with the store; returns once the node is connected. */
  static Lavalink client(FakeLavalink fake, RedisStateStore store) {
    Lavalink client = Lavalink.builder(USER_ID).scheduler(fake.clock())
        .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
        .stateStore(store)
        .build();
    await().atMost(IO_TIMEOUT).until(() -> client.nodes().get(0).state() == NodeState.CONNECTED);
    return client;
  }

  static Track track(String id) {
    TrackInfo info = new TrackInfo(id, true, "A", 600_000, false, 0, "T " + id, null, null, null,
        "youtube");
    return Track.of(TrackCodec.encode(info), info);
  }

  static <T> T join(CompletableFuture<T> future) {
    return future.orTimeout(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  /** Joins voice in the guild and plays a track. */
  static Player play(Lavalink lavalink, long guildId) {
    lavalink.onVoiceStateUpdate(guildId, 777, "voice-session");
    lavalink.onVoiceServerUpdate(guildId, "token", "c-fra05-1.discord.media:443");
    Player player = lavalink.player(guildId);
    join(player.play(track("now-" + guildId)));
    return player;
  }

  /** The key of a guild's state under the prefix. */
  static String guildKey(String prefix, long guildId) {
    return prefix + "bot:" + USER_ID + ":guild:" + guildId;
  }

  /** Collects what the class logs at INFO and above, from now until {@link #stop}. */
  static ListAppender<ILoggingEvent> capture(Class<?> type) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Logger logger = (Logger) LoggerFactory.getLogger(type);
    logger.setLevel(Level.INFO);
    logger.setAdditive(false);
    logger.addAppender(appender);
    return appender;
  }

  static void stop(Class<?> type, ListAppender<ILoggingEvent> appender) {
    Logger logger = (Logger) LoggerFactory.getLogger(type);
    logger.detachAppender(appender);
    logger.setLevel(null);
    logger.setAdditive(true);
  }

  /** Every message, formatted, with the exception's messages. */
  static List<String> messages(ListAppender<ILoggingEvent> appender) {
    return appender.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()
        + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()))
        .toList();
  }
}
