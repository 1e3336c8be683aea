package dev.tonearm.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackDecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.WebSocket;
import org.jspecify.annotations.Nullable;

/**
 * A fake Lavalink v4 node running in the test's own process, on 127.0.0.1 with an ephemeral port.
 *
 * <p>It answers the REST API under {@code /v4} (and {@code GET /version}) and the WebSocket at
 * {@code /v4/websocket} the way a Lavalink 4.2.2 server does: the same routes, status codes,
 * Spring-style error bodies, JSON layout, session and resuming rules. Tracks come from a {@link
 * FakeCatalog} and play on a {@link VirtualClock}: nothing happens over time until the test
 * advances the clock, so track ends, periodic player updates and stats, and resume timeouts are
 * deterministic.
 *
 * <pre>{@code
 * try (FakeLavalink lavalink = FakeLavalink.start()) {
 *   // point the client under test at lavalink.uri() with lavalink.password()
 *   FakeSession session = lavalink.awaitSession(Duration.ofSeconds(5));
 *   lavalink.clock().advance(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>Faults can be injected at any time: {@link #dropConnections()}, {@link
 * #closeConnections(int, String)}, {@link #refuseConnections(boolean)}, {@link
 * #rejectHandshakes(int)}, {@link #failNextRequests(int, int, String)}, {@link
 * #stallNextRequests(int)}, {@link #failVoiceConnections(boolean)} and {@link
 * #sendToAll(String)}.
 *
 * <p>The order in which a client sees a REST answer and the WebSocket messages it caused can be
 * forced both ways: {@link #holdNextAnswers(int)} keeps answers back until {@link
 * #releaseAnswers()} (the messages go out first), {@link #holdWebSocketMessages(boolean)} keeps
 * messages back until it is turned off (the answers go out first). A real node makes no promise
 * about that order, since the two travel on different connections.
 *
 * <p>All methods are thread-safe. REST calls are handled on the server's threads; tasks on the
 * clock run on the thread that advances it. {@link #close()} stops every thread the node started.
 */
public final class FakeLavalink implements AutoCloseable {
  static final String API_VERSION_HEADER = "Lavalink-Api-Version";
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final MockResponse NO_POLICY = new MockResponse.Builder().build();
  private static final MockResponse REFUSE_CONNECTION =
      new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
  private static final MockResponse CUT_CONNECTION =
      new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  /** Never answered: the call hangs until the node closes. */
  static final MockResponse STALL =
      new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();

  /** Guards all state of the node, its sessions and its players. */
  final Object lock = new Object();
  final VirtualClock clock;
  final NodeVersion version;
  final Duration playerUpdateInterval;
  final Duration statsInterval;
  final FakeCatalog catalog;
  final boolean statsBeforeReady;
  final boolean playWithoutVoice;
  final boolean localFiles;
  final Set<String> disabledFilters;
  final Map<String, String> plugins;

  private final String password;
  private final long startNanos;
  private final Random random = new SecureRandom();
  private final Map<String, FakeSession> sessions = new LinkedHashMap<>();
  private final List<CallSlot> calls = new ArrayList<>();
  private boolean recordingCalls = true;
  private final List<RecordedHandshake> handshakes = new ArrayList<>();
  private final List<WsConnection> connections = new ArrayList<>();
  private final TrackingServerSocketFactory socketFactory = new TrackingServerSocketFactory();
  private final MockWebServer server = new MockWebServer();
  private final RestApi rest;
  private final URI uri;
  private volatile boolean refusing;
  private volatile boolean closed;
  private int rejectStatus;
  private int failCount;
  private int failStatus;
  private String failMessage = "";
  private int stallCount;
  private int holdCount;
  private long heldAnswers;
  private long releasedAnswers;
  private boolean holdingMessages;
  private boolean failVoice;
  private long readySequence;

  private FakeLavalink(Builder builder) {
    this.password = builder.password;
    this.clock = builder.clock != null ? builder.clock : new VirtualClock();
    this.version = NodeVersion.parse(builder.version);
    this.playerUpdateInterval = builder.playerUpdateInterval;
    this.statsInterval = builder.statsInterval;
    this.catalog = builder.catalog != null ? builder.catalog : FakeCatalog.standard();
    this.statsBeforeReady = builder.statsBeforeReady;
    this.playWithoutVoice = builder.playWithoutVoice;
    this.localFiles = builder.localFiles;
    this.disabledFilters = Set.copyOf(builder.disabledFilters);
    this.plugins = Map.copyOf(builder.plugins);
    this.startNanos = clock.nanoTime();
    this.rest = new RestApi(this);
    server.setServerSocketFactory(socketFactory);
    server.setDispatcher(new NodeDispatcher());
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the fake Lavalink node", e);
    }
    this.uri = URI.create("http://127.0.0.1:" + server.getPort());
  }

  /**
   * Starts a node with the default settings: password {@code youshallnotpass}, version 4.2.2, a
   * new {@link VirtualClock}, the {@linkplain FakeCatalog#standard() standard catalog}.
   *
   * @return the running node; close it when done
   * @throws UncheckedIOException if the server socket cannot be opened
   */
  public static FakeLavalink start() {
    return builder().start();
  }

  /**
   * Returns a builder for a node with non-default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the node's base URI, {@code http://127.0.0.1:<port>}; the WebSocket is at {@code
   * ws://127.0.0.1:<port>/v4/websocket}.
   *
   * @return the base URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the password clients must send in {@code Authorization}.
   *
   * @return the password
   */
  public String password() {
    return password;
  }

  /**
   * Returns the clock the node's players, stats and resume timeouts run on.
   *
   * @return the virtual clock
   */
  public VirtualClock clock() {
    return clock;
  }

  /**
   * Returns the catalog tracks are loaded from; changes to it apply at once.
   *
   * @return the catalog
   */
  public FakeCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the version the node reports in {@code /version} and {@code /v4/info}.
   *
   * @return the semantic version, e.g. {@code 4.2.2}
   */
  public String version() {
    return version.semver();
  }

  /**
   * Stops or resumes keeping REST requests for {@link #calls()}. A node that serves millions of
   * requests, as in a load test, turns it off so that its memory stays flat; calls kept so far
   * stay listed.
   *
   * @param record whether to keep the requests from now on; on by default
   */
  public void recordCalls(boolean record) {
    synchronized (lock) {
      recordingCalls = record;
    }
  }

  /**
   * Lists every REST request received so far, in arrival order, WebSocket handshakes excluded.
   * Requests on connections cut by {@link #refuseConnections(boolean)} are not listed.
   *
   * @return a snapshot of the calls
   */
  public List<RecordedCall> calls() {
    synchronized (lock) {
      return calls.stream().map(CallSlot::toRecord).toList();
    }
  }

  /**
   * Lists every WebSocket handshake received so far, accepted or rejected, in arrival order.
   *
   * @return a snapshot of the handshakes
   */
  public List<RecordedHandshake> handshakes() {
    synchronized (lock) {
      return List.copyOf(handshakes);
    }
  }

  /**
   * Lists the sessions that are connected or paused (waiting to be resumed); destroyed sessions
   * are not listed.
   *
   * @return a snapshot of the sessions, oldest first
   */
  public List<FakeSession> sessions() {
    synchronized (lock) {
      return List.copyOf(sessions.values());
    }
  }

  /**
   * Returns a connected or paused session.
   *
   * @param sessionId the session id
   * @return the session, or empty if there is none with that id or it was destroyed
   */
  public Optional<FakeSession> session(String sessionId) {
    synchronized (lock) {
      return Optional.ofNullable(sessions.get(sessionId));
    }
  }

  /**
   * Waits until a WebSocket session is connected and its {@code ready} was sent, and returns the
   * session whose {@code ready} was sent last. Returns at once if one is connected already.
   *
   * @param realTimeout how long to wait, in real time
   * @return the newest connected session
   * @throws AssertionError if no session is connected within {@code realTimeout}, if the node is
   *     closed, or if the waiting thread is interrupted
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public FakeSession awaitSession(Duration realTimeout) {
    long deadline = System.nanoTime() + realTimeout.toNanos();
    synchronized (lock) {
      while (true) {
        if (closed) {
          throw new AssertionError("The fake Lavalink node at " + uri + " is closed");
        }
        Optional<FakeSession> newest = sessions.values().stream()
            .filter(session -> session.state() == FakeSession.State.CONNECTED)
            .max(Comparator.comparingLong(FakeSession::readySequence));
        if (newest.isPresent()) {
          return newest.get();
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("No WebSocket session connected to the fake Lavalink node at "
              + uri + " within " + realTimeout.toMillis() + " ms; handshakes received: "
              + handshakes);
        }
        waitForChange(remaining);
      }
    }
  }

  /**
   * Cuts every WebSocket connection at once, without a close frame, as a crashed node or a
   * broken network would. Sessions react immediately: resumable ones are paused, the others are
   * destroyed with their players.
   */
  public void dropConnections() {
    List<Integer> toCut = new ArrayList<>();
    synchronized (lock) {
      for (WsConnection connection : List.copyOf(connections)) {
        detach(connection);
        toCut.add(connection.connectionIndex());
      }
      connections.clear();
      signalChange();
    }
    toCut.forEach(socketFactory::close);
  }

  /**
   * Closes every WebSocket connection with a close frame, as a node does when it shuts down
   * (code 1001). Sessions react immediately, as with {@link #dropConnections()}.
   *
   * @param code the close code
   * @param reason the close reason, at most 123 bytes of UTF-8
   * @throws IllegalArgumentException if a close frame may not carry {@code code}, or {@code
   *     reason} is too long
   * @throws NullPointerException if {@code reason} is null
   */
  public void closeConnections(int code, String reason) {
    if (!WsConnection.isSendable(code)) {
      throw new IllegalArgumentException("A close frame may not carry code " + code);
    }
    if (reason.getBytes(StandardCharsets.UTF_8).length > 123) {
      throw new IllegalArgumentException("A close reason is at most 123 bytes: " + reason);
    }
    List<Integer> toCut = new ArrayList<>();
    synchronized (lock) {
      for (WsConnection connection : List.copyOf(connections)) {
        detach(connection);
        WebSocket socket = connection.socket();
        if (socket != null) {
          socket.close(code, reason);
        } else {
          toCut.add(connection.connectionIndex());
        }
      }
      connections.clear();
      signalChange();
    }
    toCut.forEach(socketFactory::close);
  }

  /**
   * Makes the node unreachable, or reachable again. While refusing, every new TCP connection
   * (REST or WebSocket) is closed as soon as it is accepted, and a request arriving on an
   * already open HTTP connection gets that connection closed instead of an answer. Open
   * WebSockets are left alone; call {@link #dropConnections()} too to simulate a dead node.
   *
   * @param refuse true to refuse connections, false to accept them again
   */
  public void refuseConnections(boolean refuse) {
    refusing = refuse;
  }

  /**
   * Rejects every following WebSocket handshake with this status and an empty body, until called
   * with 0.
   *
   * @param status the rejection status, e.g. 401 or 503; 0 to accept handshakes again
   * @throws IllegalArgumentException if {@code status} is neither 0 nor in 400 to 599
   */
  public void rejectHandshakes(int status) {
    if (status != 0 && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("status must be 0 or in 400..599, but was " + status);
    }
    synchronized (lock) {
      rejectStatus = status;
    }
  }

  /**
   * Answers the next REST calls, whatever they are, with this status and a Spring-style JSON
   * error body carrying {@code message}. Handshakes are not affected.
   *
   * @param count how many calls fail; 0 cancels failures not used yet
   * @param status the status, e.g. 429 or 500
   * @param message the error message
   * @throws IllegalArgumentException if {@code count} is negative or {@code status} is not in
   *     400 to 599
   * @throws NullPointerException if {@code message} is null
   */
  public void failNextRequests(int count, int status, String message) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be in 400..599, but was " + status);
    }
    Objects.requireNonNull(message, "message");
    synchronized (lock) {
      failCount = count;
      failStatus = status;
      failMessage = message;
    }
  }

  /**
   * Never answers the next REST calls: the request is read and recorded (with status 0) but no
   * response is sent until the node is closed, like a voice update to an unreachable Discord
   * endpoint. Other calls keep working. Clients need a call timeout to get out.
   *
   * @param count how many calls stall; 0 cancels stalls not used yet
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public void stallNextRequests(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    synchronized (lock) {
      stallCount = count;
    }
  }

  /**
   * Holds back the answers to the next REST calls, whatever they are, until {@link
   * #releaseAnswers()}: each call is handled at once (the player changes, and the WebSocket
   * messages it causes are sent, or held by {@link #holdWebSocketMessages(boolean)}) and is
   * listed in {@link #calls()} with its status, but its response is written only when released.
   * The client thus sees the messages a call caused before the call's answer, which a real node
   * may do because they travel on different connections. A held call keeps its HTTP connection
   * busy; other calls use other connections. {@link #close()} ends every held call, which is
   * then answered or cut with its connection.
   *
   * @param count how many answers to hold; 0 cancels holds not used yet (answers held already
   *     stay held until released)
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public void holdNextAnswers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    synchronized (lock) {
      holdCount = count;
    }
  }

  /**
   * Sends every answer held by {@link #holdNextAnswers(int)} so far, in no particular order.
   * Holds not used yet stay in place.
   */
  public void releaseAnswers() {
    synchronized (lock) {
      releasedAnswers = heldAnswers;
      signalChange();
    }
  }

  /**
   * Counts the answers held back now by {@link #holdNextAnswers(int)}.
   *
   * @return the number of calls handled whose answer waits for {@link #releaseAnswers()}
   */
  public int heldAnswers() {
    synchronized (lock) {
      return (int) (heldAnswers - releasedAnswers);
    }
  }

  /**
   * Waits until at least {@code count} answers are held back by {@link #holdNextAnswers(int)},
   * that is until that many held calls have been handled.
   *
   * @param count how many held answers to wait for
   * @param realTimeout how long to wait, in real time
   * @throws AssertionError if fewer are held after {@code realTimeout}, or the waiting thread is
   *     interrupted
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public void awaitHeldAnswers(int count, Duration realTimeout) {
    long deadline = System.nanoTime() + realTimeout.toNanos();
    synchronized (lock) {
      while (heldAnswers - releasedAnswers < count) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("Only " + (heldAnswers - releasedAnswers) + " of " + count
              + " answers were held by the fake Lavalink node at " + uri + " after "
              + realTimeout.toMillis() + " ms");
        }
        waitForChange(remaining);
      }
    }
  }

  /**
   * Holds back, or sends, the WebSocket messages of every session. While holding, whatever a
   * connected session would send ({@code ready}, stats, player updates, events, raw frames) is
   * kept, in order; turning it off sends what was kept, in order, before anything newer. The
   * client thus sees REST answers before the messages the same calls caused, which a real node
   * may do because they travel on different connections. If a session's socket goes away
   * meanwhile, its kept messages are handled like those sent at that moment: queued for resuming
   * (player updates excepted) or dropped.
   *
   * @param hold true to hold messages back, false to send the held ones and stop holding
   */
  public void holdWebSocketMessages(boolean hold) {
    synchronized (lock) {
      holdingMessages = hold;
      if (!hold) {
        for (FakeSession session : sessions.values()) {
          session.releaseHeld();
        }
      }
    }
  }

  /**
   * Counts the WebSocket messages held back by {@link #holdWebSocketMessages(boolean)}, over
   * every session.
   *
   * @return the number of messages waiting to be sent
   */
  public int heldMessages() {
    synchronized (lock) {
      return sessions.values().stream().mapToInt(FakeSession::heldCount).sum();
    }
  }

  /**
   * Makes player updates that carry a voice state fail with 500 {@code Failed to connect to voice
   * server}, as with bad voice credentials, until called with false. The player is still created,
   * and nothing is sent on the WebSocket.
   *
   * @param fail true to fail voice connections
   */
  public void failVoiceConnections(boolean fail) {
    synchronized (lock) {
      failVoice = fail;
    }
  }

  /**
   * Sends a text frame, which need not be valid JSON, to every connected session.
   *
   * @param rawFrame the frame's text
   * @throws NullPointerException if {@code rawFrame} is null
   */
  public void sendToAll(String rawFrame) {
    Objects.requireNonNull(rawFrame, "rawFrame");
    synchronized (lock) {
      for (FakeSession session : sessions.values()) {
        if (session.state() == FakeSession.State.CONNECTED) {
          session.send(rawFrame, false);
        }
      }
    }
  }

  /**
   * Stops the node: destroys every session, cancels the node's tasks on the clock, cuts every
   * connection (stalled calls included) and stops the server and all of its threads. Calling it
   * again does nothing.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      releasedAnswers = heldAnswers;
      for (FakeSession session : List.copyOf(sessions.values())) {
        session.destroy();
      }
      connections.forEach(WsConnection::finish);
      connections.clear();
      signalChange();
    }
    socketFactory.closeAll();
    server.close();
  }

  @Override
  public String toString() {
    return "FakeLavalink[" + uri + ", version=" + version.semver() + (closed ? ", closed" : "")
        + "]";
  }

  // Package-private hooks for sessions, players, the REST API and connections.

  /** The clock's reading when the node started, in nanoseconds. */
  long startNanos() {
    return startNanos;
  }

  long nextReadySequence() {
    return ++readySequence;
  }

  void forget(FakeSession session) {
    sessions.remove(session.id(), session);
    signalChange();
  }

  void signalChange() {
    lock.notifyAll();
  }

  /** Waits on the lock for a change; the caller holds the lock. */
  void waitForChange(long nanos) {
    try {
      lock.wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for the fake Lavalink node", e);
    }
  }

  boolean failingVoice() {
    return failVoice;
  }

  boolean holdingMessages() {
    return holdingMessages;
  }

  boolean checkPassword(@Nullable String authorization) {
    return password.equals(authorization);
  }

  /** Returns the connected session with this id; like Lavalink, paused ones are "not found". */
  FakeSession liveSession(String sessionId) {
    FakeSession session = sessions.get(sessionId);
    if (session == null || session.state() != FakeSession.State.CONNECTED) {
      throw HttpError.notFound("Session not found");
    }
    return session;
  }

  /**
   * Resolves an identifier as the node's sources would: the catalog first, then, with local files
   * on, a file path.
   */
  @Nullable LoadItem resolve(String identifier) {
    LoadItem item = catalog.resolve(identifier);
    return item == null && localFiles ? LocalFiles.load(identifier) : item;
  }

  /** Decodes a track as the node would; anything it could not decode is an uncaught 500. */
  DecodedTrack decode(String encoded) {
    DecodedTrack decoded;
    try {
      decoded = TrackCodec.decode(encoded);
    } catch (TrackDecodeException e) {
      throw HttpError.uncaught("java.lang.IllegalArgumentException: " + e.getMessage());
    }
    if (!catalog.canDecode(decoded)) {
      throw HttpError.uncaught("java.lang.IllegalStateException: Failed to decode track due to a"
          + " mismatching version or missing source manager");
    }
    return decoded;
  }

  /**
   * Builds a stats message: node-wide player counts (of connected sessions, as Lavalink counts),
   * fixed plausible memory and CPU figures, and frame stats for the session's playing, connected
   * players, or null.
   */
  JsonObject stats(@Nullable FakeSession session, boolean withOp) {
    JsonObject json = new JsonObject();
    if (withOp) {
      json.addProperty("op", "stats");
    }
    int players = 0;
    int playing = 0;
    for (FakeSession each : sessions.values()) {
      if (each.state() == FakeSession.State.CONNECTED) {
        players += each.playerCount();
        playing += each.playingCount();
      }
    }
    json.addProperty("players", players);
    json.addProperty("playingPlayers", playing);
    json.addProperty("uptime", (clock.nanoTime() - startNanos) / 1_000_000);
    JsonObject memory = new JsonObject();
    memory.addProperty("free", 96L * 1024 * 1024);
    memory.addProperty("used", 160L * 1024 * 1024);
    memory.addProperty("allocated", 256L * 1024 * 1024);
    memory.addProperty("reservable", 4096L * 1024 * 1024);
    json.add("memory", memory);
    JsonObject cpu = new JsonObject();
    cpu.addProperty("cores", 4);
    cpu.addProperty("systemLoad", 0.12);
    cpu.addProperty("lavalinkLoad", 0.02);
    json.add("cpu", cpu);
    json.add("frameStats", session == null ? JsonNull.INSTANCE : Wire.orNull(frameStats(session)));
    return json;
  }

  JsonObject info() {
    JsonObject json = new JsonObject();
    JsonObject versionJson = new JsonObject();
    versionJson.addProperty("semver", version.semver());
    versionJson.addProperty("major", version.major());
    versionJson.addProperty("minor", version.minor());
    versionJson.addProperty("patch", version.patch());
    versionJson.addProperty("preRelease", version.preRelease());
    json.add("version", versionJson);
    json.addProperty("buildTime", 1_772_841_600_000L);
    JsonObject git = new JsonObject();
    git.addProperty("branch", "main");
    git.addProperty("commit", "d7d5a54");
    git.addProperty("commitTime", 1_772_841_600_000L);
    json.add("git", git);
    json.addProperty("jvm", "17.0.15");
    json.addProperty("lavaplayer", "2.2.6");
    JsonArray sources = new JsonArray();
    catalog.sourceManagers().forEach(sources::add);
    json.add("sourceManagers", sources);
    JsonArray filters = new JsonArray();
    Filters.BUILT_IN.stream().filter(name -> !disabledFilters.contains(name)).forEach(filters::add);
    json.add("filters", filters);
    JsonArray pluginList = new JsonArray();
    plugins.forEach((name, pluginVersion) -> {
      JsonObject plugin = new JsonObject();
      plugin.addProperty("name", name);
      plugin.addProperty("version", pluginVersion);
      pluginList.add(plugin);
    });
    json.add("plugins", pluginList);
    return json;
  }

  /** Called when a WebSocket opened: resumes the reserved session or creates a new one. */
  void connectionOpened(WsConnection connection, WebSocket webSocket) {
    synchronized (lock) {
      if (closed || connection.finished()) {
        socketFactory.close(connection.connectionIndex());
        return;
      }
      connection.opened(webSocket);
      FakeSession target = connection.resumeTarget();
      if (target != null && target.state() == FakeSession.State.RESUMING) {
        target.resume(connection);
      } else {
        FakeSession session = new FakeSession(this, newSessionId(), connection.userId(),
            connection.clientName());
        sessions.put(session.id(), session);
        session.open(connection);
      }
      signalChange();
    }
  }

  /** Called when a WebSocket closed or failed, from either side. */
  void connectionGone(WsConnection connection) {
    synchronized (lock) {
      connections.remove(connection);
      detach(connection);
      signalChange();
    }
  }

  private void detach(WsConnection connection) {
    if (connection.finished()) {
      return;
    }
    connection.finish();
    FakeSession session = connection.session() != null
        ? connection.session()
        : connection.resumeTarget();
    if (session != null) {
      session.socketGone(connection);
    }
  }

  private @Nullable JsonObject frameStats(FakeSession session) {
    long sending = session.playerList().stream()
        .filter(player -> player.playing() && player.connected())
        .count();
    if (sending == 0) {
      return null;
    }
    JsonObject frames = new JsonObject();
    frames.addProperty("sent", 3000);
    frames.addProperty("nulled", 0);
    frames.addProperty("deficit", 0);
    return frames;
  }

  private String newSessionId() {
    while (true) {
      StringBuilder id = new StringBuilder(16);
      for (int i = 0; i < 16; i++) {
        id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
      }
      if (!sessions.containsKey(id.toString())) {
        return id.toString();
      }
    }
  }

  private MockResponse handshake(RecordedRequest request) {
    Headers headers = request.getHeaders();
    String authorization = headers.get("Authorization");
    String userIdHeader = headers.get("User-Id");
    String clientName = headers.get("Client-Name");
    String sessionIdHeader = headers.get("Session-Id");
    synchronized (lock) {
      int status;
      boolean resumed = false;
      MockResponse response;
      long userId = parseUserId(userIdHeader);
      if (rejectStatus != 0) {
        status = rejectStatus;
        response = RestApi.empty(status, true);
      } else if (!checkPassword(authorization)) {
        status = 401;
        response = RestApi.empty(status, true);
      } else if (userId == 0) {
        status = 400;
        response = RestApi.empty(status, true);
      } else {
        FakeSession target = sessionIdHeader == null ? null : sessions.get(sessionIdHeader);
        if (target != null && target.state() == FakeSession.State.PAUSED) {
          target.beginResume();
          resumed = true;
        } else {
          target = null;
        }
        WsConnection connection = new WsConnection(this, request.getConnectionIndex(), target,
            userId, clientName);
        connections.add(connection);
        status = 101;
        response = new MockResponse.Builder()
            .webSocketUpgrade(connection)
            .removeHeader("Content-Length")
            .setHeader("Session-Resumed", Boolean.toString(resumed))
            .setHeader(API_VERSION_HEADER, "4")
            .build();
      }
      handshakes.add(new RecordedHandshake(RestApi.headerMap(headers), authorization, userIdHeader,
          clientName, sessionIdHeader, status, resumed));
      return response;
    }
  }

  private static long parseUserId(@Nullable String header) {
    if (header == null) {
      return 0;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean isWebSocketUpgrade(RecordedRequest request) {
    Headers headers = request.getHeaders();
    return "GET".equals(request.getMethod())
        && "/v4/websocket".equals(request.getUrl().encodedPath())
        && "Upgrade".equalsIgnoreCase(headers.get("Connection"))
        && "websocket".equalsIgnoreCase(headers.get("Upgrade"));
  }

  /** Reserves a place for a REST call in arrival order, to be completed with its status. */
  CallSlot recordCall(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      query.put(name, values);
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    CallSlot slot = new CallSlot(request.getMethod(), String.join("/", url.pathSegments()),
        query, RestApi.headerMap(request.getHeaders()), body);
    synchronized (lock) {
      if (recordingCalls) {
        calls.add(slot);
      }
    }
    return slot;
  }

  /** Takes the next injected stall, if any. */
  private boolean takeStall() {
    synchronized (lock) {
      if (stallCount > 0) {
        stallCount--;
        return true;
      }
      return false;
    }
  }

  /** Takes the next injected hold, if any: returns its ticket, or -1. */
  private long takeHold() {
    synchronized (lock) {
      if (holdCount > 0) {
        holdCount--;
        signalChange();
        return heldAnswers++;
      }
      return -1;
    }
  }

  /** Blocks the answering thread until the held answer is released or the node closes. */
  private void awaitRelease(long ticket) {
    synchronized (lock) {
      while (ticket >= releasedAnswers && !closed) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          // The server is shutting down: let the answer go.
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Takes the next injected failure, if any. */
  private @Nullable HttpError takeFailure() {
    synchronized (lock) {
      if (failCount > 0) {
        failCount--;
        return HttpError.of(failStatus, failMessage);
      }
      return null;
    }
  }

  /** A REST call in {@link #calls()}; its status is set once answered. */
  static final class CallSlot {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final String body;
    private volatile int status;

    CallSlot(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, String body) {
      this.method = method;
      this.path = "/" + path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    void answered(int answeredStatus) {
      status = answeredStatus;
    }

    RecordedCall toRecord() {
      return new RecordedCall(method, path, query, headers, body, status);
    }
  }

  /** Routes each request: connection faults first, then the WebSocket, then the REST API. */
  private final class NodeDispatcher extends Dispatcher {
    @Override
    public MockResponse peek() {
      return refusing || closed ? REFUSE_CONNECTION : NO_POLICY;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      boolean bookkeeping = request.getHeaders().size() == 0 && "/".equals(request.getTarget());
      if (bookkeeping || refusing || closed) {
        return CUT_CONNECTION;
      }
      if (isWebSocketUpgrade(request)) {
        return handshake(request);
      }
      CallSlot slot = recordCall(request);
      if (takeStall()) {
        return STALL;
      }
      MockResponse response = rest.handle(request, takeFailure());
      if (response == STALL) {
        return response;
      }
      slot.answered(response.getCode());
      long hold = takeHold();
      if (hold >= 0) {
        awaitRelease(hold);
      }
      return response;
    }
  }

  /** Configures and starts a {@link FakeLavalink}. Not thread-safe. */
  public static final class Builder {
    private String password = "youshallnotpass";
    private @Nullable VirtualClock clock;
    private String version = "4.2.2";
    private Duration playerUpdateInterval = Duration.ofSeconds(5);
    private Duration statsInterval = Duration.ofSeconds(60);
    private @Nullable FakeCatalog catalog;
    private boolean statsBeforeReady;
    private boolean playWithoutVoice;
    private boolean localFiles;
    private final Set<String> disabledFilters = new LinkedHashSet<>();
    private final Map<String, String> plugins = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the password clients must send in {@code Authorization}.
     *
     * @param password the password; default {@code youshallnotpass}
     * @return this builder
     * @throws NullPointerException if {@code password} is null
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Sets the clock the node runs on; pass the client's clock to move both together.
     *
     * @param clock the clock; default a new {@link VirtualClock}
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(VirtualClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the version the node reports. Versions before 4.2.0 neither require nor report {@code
     * voice.channelId}; versions before 4.1.0 send no {@code causeStackTrace} in track
     * exceptions.
     *
     * @param semver a semantic version such as {@code 4.1.0} or {@code 4.2.0-rc.1}; default
     *     {@code 4.2.2}
     * @return this builder
     * @throws IllegalArgumentException if {@code semver} is not a semantic version
     * @throws NullPointerException if {@code semver} is null
     */
    public Builder version(String semver) {
      NodeVersion.parse(Objects.requireNonNull(semver, "semver"));
      this.version = semver;
      return this;
    }

    /**
     * Sets how often a player with a track sends {@code playerUpdate}.
     *
     * @param interval the interval in virtual time; default 5 seconds
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is not positive
     * @throws NullPointerException if {@code interval} is null
     */
    public Builder playerUpdateInterval(Duration interval) {
      this.playerUpdateInterval = positive(interval, "playerUpdateInterval");
      return this;
    }

    /**
     * Sets how often each session gets a {@code stats} message after the first one.
     *
     * @param interval the interval in virtual time; default 60 seconds
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is not positive
     * @throws NullPointerException if {@code interval} is null
     */
    public Builder statsInterval(Duration interval) {
      this.statsInterval = positive(interval, "statsInterval");
      return this;
    }

    /**
     * Sets the catalog tracks are loaded from.
     *
     * @param catalog the catalog; default {@link FakeCatalog#standard()}
     * @return this builder
     * @throws NullPointerException if {@code catalog} is null
     */
    public Builder catalog(FakeCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Makes a new session get its first {@code stats} message before {@code ready}, which a real
     * node does now and then because it schedules the first stats on another thread.
     *
     * @param statsFirst true to send stats before ready; default false
     * @return this builder
     */
    public Builder statsBeforeReady(boolean statsFirst) {
      this.statsBeforeReady = statsFirst;
      return this;
    }

    /**
     * Lets positions advance without a voice connection. A real node reads no audio until the
     * player is connected to voice, so by default a track started without voice starts (events
     * and player updates are sent) but its position stays put and it never finishes.
     *
     * @param play true to advance positions without voice; default false
     * @return this builder
     */
    public Builder playWithoutVoice(boolean play) {
      this.playWithoutVoice = play;
      return this;
    }

    /**
     * Loads file paths as Lavalink's local source does when {@code lavalink.server.sources.local}
     * is true (it is off by default, as on a real node). A readable PCM WAV file (16 or 24 bits)
     * loads as a {@code local} track titled {@code Unknown title} by {@code Unknown artist}, with
     * the length its header gives; any other readable file fails to load with {@code Unknown file
     * format.} and severity {@code common}; a path that is no readable file loads as {@code
     * empty}. Catalog entries win over files of the same name.
     *
     * @param read true to load file paths; default false
     * @return this builder
     */
    public Builder localFiles(boolean read) {
      this.localFiles = read;
      return this;
    }

    /**
     * Disables filters as {@code lavalink.server.filters.<name>: false} does: player updates that
     * name them answer 400, and {@code /v4/info} does not list them.
     *
     * @param names filter names such as {@code timescale}
     * @return this builder
     * @throws NullPointerException if a name is null
     */
    public Builder disableFilters(String... names) {
      for (String name : names) {
        disabledFilters.add(Objects.requireNonNull(name, "name"));
      }
      return this;
    }

    /**
     * Lists a plugin in {@code /v4/info}.
     *
     * @param name the plugin name, e.g. {@code lavasrc-plugin}
     * @param pluginVersion its version
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder plugin(String name, String pluginVersion) {
      plugins.put(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(pluginVersion, "pluginVersion"));
      return this;
    }

    /**
     * Starts the node.
     *
     * @return the running node; close it when done
     * @throws UncheckedIOException if the server socket cannot be opened
     */
    public FakeLavalink start() {
      return new FakeLavalink(this);
    }

    private static Duration positive(Duration interval, String name) {
      Objects.requireNonNull(interval, name);
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, but was " + interval);
      }
      return interval;
    }
  }
}
