package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;


import com.google.gson.JsonObject;
import dev.tonearm.Lavalink;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;

/**
 * A Tonearm client of the target node, built only through Tonearm's public API, with its traffic
 * under a {@link WireControl} and its events in an {@link EventLog}. Each test makes its own, so
 * each test has its own Lavalink session.
 */
final class ConformanceClient implements AutoCloseable {
  /** The bot user id the suite connects as; any non-zero id will do for a node. */
  static final long USER_ID = 1_234_567_890_123_456_789L;
  static final String NODE_NAME = "conformance";
  static final Duration RESUME_TIMEOUT = Duration.ofSeconds(30);
  static final Duration VOICE_TIMEOUT = Duration.ofSeconds(3);

  private final Lavalink lavalink;
  private final OkHttpClient http;
  private final WireControl wire;
  private final EventLog events;

  private ConformanceClient(Builder builder) {
    this.wire = new WireControl();
    this.events = new EventLog();
    this.http = new OkHttpClient.Builder().socketFactory(wire.socketFactory()).build();
    ConformanceTarget target = builder.target;
    Lavalink.Builder client = Lavalink.builder(USER_ID)
        .httpClient(http)
        .timeouts(Duration.ofSeconds(5), builder.readTimeout)
        .reconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(4))
        .voiceTimeout(VOICE_TIMEOUT)
        .listener(events, EventLog.DISPATCHER)
        .node(NodeOptions.builder(NODE_NAME, target.uri(), builder.password)
            .resumeTimeout(RESUME_TIMEOUT)
            .build());
    VirtualClock clock = target.time().clock();
    if (clock != null) {
      client.scheduler(clock);
    }
    this.lavalink = client.build();
  }

  /** Starts configuring a client of the target. */
  static Builder builder(ConformanceTarget target) {
    return new Builder(target);
  }

  /** A client with the target's password; returns once its node is connected. */
  static ConformanceClient connect(ConformanceTarget target) {
    return builder(target).connect();
  }

  Lavalink lavalink() {
    return lavalink;
  }

  Node node() {
    return lavalink.nodes().get(0);
  }

  LavalinkRest rest() {
    return node().rest();
  }

  /** The id of the node's current session. */
  String sessionId() {
    return Objects.requireNonNull(node().sessionId(), "the node has sent no ready yet");
  }

  WireControl wire() {
    return wire;
  }

  EventLog events() {
    return events;
  }

  Player player(long guildId) {
    return lavalink.player(guildId);
  }

  /** Loads a file the node can read and returns its track. */
  Track load(Path file) {
    LoadResult result = join(lavalink.loadTracks(file.toString()));
    assertThat(result).as("loading %s", file).isInstanceOf(LoadResult.TrackLoaded.class);
    return ((LoadResult.TrackLoaded) result).track();
  }

  /**
   * Loads a file and attaches user data naming who asked for it, as a bot does, so that the
   * track object the bot passes to {@code play} can be told from the one the node reports.
   */
  Track loadRequested(Path file, String requester) {
    JsonObject userData = new JsonObject();
    userData.addProperty("requester", requester);
    return load(file).withUserData(userData);
  }

  /**
   * Has the node play a track in a guild's player, through the node's REST API: {@code
   * Player.play} waits for a voice connection, which a real node opens only to Discord, while the
   * node itself plays a track without one (PROTOCOL 6.1). The guild's {@link Player} learns of
   * the track from the node's events and answers like of any other.
   *
   * @param noReplace whether the node keeps a track that is playing
   * @return the player as the node answered
   */
  LavalinkPlayer playOnNode(long guildId, Track track, boolean noReplace) {
    player(guildId);
    return join(rest().updatePlayer(sessionId(), guildId,
        PlayerUpdate.builder().track(track).noReplace(noReplace).build()));
  }

  /** Waits for the node to report that the guild started the track. */
  TrackStartEvent awaitStart(long guildId, Track track) {
    return awaitEvent(TrackStartEvent.class,
        start -> start.guildId() == guildId && sameSource(start.track(), track),
        "TrackStartEvent of " + track + " in guild " + guildId);
  }

  /** Waits for the node to report that the guild's track ended for the reason. */
  TrackEndEvent awaitEnd(long guildId, Track track, TrackEndReason reason) {
    return awaitEvent(TrackEndEvent.class, end -> end.guildId() == guildId
            && sameSource(end.track(), track) && end.reason() == reason,
        "TrackEndEvent " + reason + " of " + track + " in guild " + guildId);
  }

  /** Tells whether two tracks are the same file, wherever their positions or user data are. */
  static boolean sameSource(Track a, Track b) {
    return a.info().identifier().equals(b.info().identifier())
        && a.info().sourceName().equals(b.info().sourceName());
  }

  /** Reads the guild's player as the node has it. */
  LavalinkPlayer nodePlayer(long guildId) {
    return join(rest().getPlayer(sessionId(), guildId));
  }

  /**
   * Waits for an event that traffic alone brings, without moving node time, and returns it.
   *
   * @param what what the event means, for the failure message
   */
  <E extends TonearmEvent> E awaitEvent(Class<E> type, Predicate<? super E> matching, String what) {
    NodeTime.awaitIo(what, () -> events.has(type, matching));
    return events.first(type, matching).orElseThrow();
  }

  /** Waits for a future that needs only traffic, no timer, to complete. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(NodeTime.IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + NodeTime.IO_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits for a future that must fail, and returns why it failed. */
  static Throwable failure(CompletableFuture<?> future) {
    try {
      Object value = future.get(NodeTime.IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      throw new AssertionError("expected a failure, but it completed with " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("neither failed nor completed within " + NodeTime.IO_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Closes the client, then the OkHttp client it was given, which Tonearm leaves open. */
  @Override
  public void close() {
    wire.release();
    lavalink.close();
    http.connectionPool().evictAll();
    http.dispatcher().executorService().shutdown();
  }

  /** Configures a {@link ConformanceClient}. */
  static final class Builder {
    private final ConformanceTarget target;
    private String password;
    private Duration readTimeout = NodeTime.IO_TIMEOUT;

    private Builder(ConformanceTarget target) {
      this.target = target;
      this.password = target.password();
    }

    /** Connects with another password than the node's. */
    Builder password(String otherPassword) {
      this.password = otherPassword;
      return this;
    }

    /** Gives up on REST answers sooner than the default ten seconds. */
    Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /** Builds the client, which starts connecting. */
    ConformanceClient start() {
      return new ConformanceClient(this);
    }

    /** Builds the client and waits until its node is connected. */
    ConformanceClient connect() {
      ConformanceClient client = start();
      try {
        NodeTime.awaitIo("node '" + NODE_NAME + "' connected",
            () -> client.node().state() == NodeState.CONNECTED);
      } catch (RuntimeException | Error e) {
        client.close();
        throw e;
      }
      return client;
    }
  }
}
