package dev.tonearm.internal.node;

import dev.tonearm.ProtocolException;
import dev.tonearm.Subscription;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.internal.observe.Observers;
import dev.tonearm.observe.TonearmObserver;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.internal.protocol.ServerMessage;
import dev.tonearm.internal.rest.HttpLavalinkRest;
import dev.tonearm.internal.transport.Socket;
import dev.tonearm.internal.transport.SocketListener;
import dev.tonearm.internal.transport.Transport;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeAuthenticationException;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeMetrics;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.NodeStateChange;
import dev.tonearm.node.NodeStateListener;
import dev.tonearm.node.NodeStats;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.time.Scheduler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's WebSocket session: connects, keeps the session id and latest statistics, makes the
 * session resumable, reconnects with backoff after anything but {@link #close()}, and resumes
 * with the previous session id.
 *
 * <p>Every socket gets a generation number; callbacks from a socket that was replaced are
 * ignored, so a late close of an old socket never disturbs the new one.
 */
public final class LavalinkNode implements Node {
  private static final Logger log = LoggerFactory.getLogger(LavalinkNode.class);
  private static final int NORMAL_CLOSURE = 1000;
  private static final int MAX_LOGGED_FRAME = 300;

  private final NodeOptions options;
  private final long userId;
  private final String clientName;
  private final Transport transport;
  private final LavalinkRest rest;
  private final Scheduler scheduler;
  private final Executor eventExecutor;
  private final NodeMessageHandler handler;
  private final Backoff backoff;
  private final List<NodeStateListener> stateListeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();
  private NodeState state = NodeState.CONNECTING;
  private @Nullable Socket socket;
  private int generation;
  /** Frames read while observed; only the socket's reader thread counts them. */
  private int framesRead;
  private Scheduler.@Nullable Cancellable retry;
  private @Nullable String sessionId;
  private boolean started;
  private final List<CompletableFuture<String>> sessionWaiters = new ArrayList<>();
  private final NodeHealth health;
  private final Observers observers;
  private final AtomicInteger clientPlayers = new AtomicInteger();
  private final AtomicInteger assignedSinceStats = new AtomicInteger();
  private final NodePlugins plugins;
  private volatile boolean draining;
  private volatile @Nullable NodeStats stats;
  private volatile @Nullable Instant statsReceivedAt;

  /**
   * Creates a node; {@link #start()} connects it.
   *
   * @param options where the node is and how to resume
   * @param userId the bot's user id, sent as {@code User-Id}
   * @param clientName sent as {@code Client-Name}, e.g. {@code tonearm/0.1.0}
   * @param transport what opens the WebSocket
   * @param rest the node's REST API
   * @param scheduler the clock for backoff
   * @param eventExecutor where state listeners run
   * @param handler where decoded frames go
   * @param backoff the reconnect delays
   * @param health the failure counters the REST client feeds
   */
  public LavalinkNode(NodeOptions options, long userId, String clientName,
      Transport transport, LavalinkRest rest, Scheduler scheduler, Executor eventExecutor,
      NodeMessageHandler handler, Backoff backoff, NodeHealth health) {
    this(options, userId, clientName, transport, rest, scheduler, eventExecutor, handler, backoff,
        health, new Observers());
  }

  /**
   * Creates a node that tells observers what happens to it; {@link #start()} connects it. The
   * parameters are those of the other constructor, and:
   *
   * @param observers told about state changes, reconnects and sessions
   */
  public LavalinkNode(NodeOptions options, long userId, String clientName,
      Transport transport, LavalinkRest rest, Scheduler scheduler, Executor eventExecutor,
      NodeMessageHandler handler, Backoff backoff, NodeHealth health, Observers observers) {
    this.observers = Objects.requireNonNull(observers, "observers");
    this.options = Objects.requireNonNull(options, "options");
    this.userId = userId;
    this.clientName = Objects.requireNonNull(clientName, "clientName");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.rest = Objects.requireNonNull(rest, "rest");
    this.plugins = new NodePlugins(rest);
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.eventExecutor = Objects.requireNonNull(eventExecutor, "eventExecutor");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.health = Objects.requireNonNull(health, "health");
  }

  /**
   * Gives the node the session it had before the bot restarted, so its first connection tries
   * to resume it. Only before {@link #start()}.
   *
   * @throws IllegalStateException if the node was started
   */
  public void restoreSession(String previousSessionId) {
    synchronized (lock) {
      if (started) {
        throw new IllegalStateException("node '" + name() + "' already started");
      }
      sessionId = previousSessionId;
    }
  }

  /** Opens the first connection; does nothing if already started. */
  public void start() {
    synchronized (lock) {
      if (started || state == NodeState.CLOSED) {
        return;
      }
      started = true;
      openSocket();
    }
  }

  @Override
  public String name() {
    return options.name();
  }

  @Override
  public NodeOptions options() {
    return options;
  }

  @Override
  public NodeState state() {
    synchronized (lock) {
      return state;
    }
  }

  @Override
  public @Nullable String sessionId() {
    synchronized (lock) {
      return sessionId;
    }
  }

  @Override
  public @Nullable NodeStats stats() {
    return stats;
  }

  @Override
  public @Nullable Instant statsReceivedAt() {
    return statsReceivedAt;
  }

  /**
   * Returns the session id once the node is connected: at once if it is, else when it next sends
   * {@code ready}. The future never fails; callers bound the wait themselves.
   */
  public CompletableFuture<String> readySession() {
    synchronized (lock) {
      if (state == NodeState.CONNECTED && sessionId != null) {
        return CompletableFuture.completedFuture(sessionId);
      }
      CompletableFuture<String> waiter = new CompletableFuture<>();
      sessionWaiters.add(waiter);
      return waiter;
    }
  }

  @Override
  public NodeMetrics metrics() {
    Instant received = statsReceivedAt;
    Duration age = received == null ? null
        : Duration.ofMillis(Math.max(0, scheduler.currentTimeMillis() - received.toEpochMilli()));
    return new NodeMetrics(stats, age, health.recentRestFailures(), health.recentLoadFailures(),
        assignedSinceStats.get(), clientPlayers.get());
  }

  @Override
  public CompletableFuture<Void> drain() {
    draining = true;
    return handler.drain(this);
  }

  @Override
  public void undrain() {
    draining = false;
  }

  @Override
  public boolean draining() {
    return draining;
  }

  /** Counts a player that now lives on this node. */
  public void attachPlayer() {
    clientPlayers.incrementAndGet();
    assignedSinceStats.incrementAndGet();
  }

  /** Counts a player that left this node. */
  public void detachPlayer() {
    clientPlayers.decrementAndGet();
  }

  @Override
  public LavalinkRest rest() {
    return rest;
  }

  @Override
  public CompletableFuture<List<NodeInfo.Plugin>> plugins() {
    return plugins.get(sessionId());
  }

  @Override
  public Subscription addStateListener(NodeStateListener listener) {
    Objects.requireNonNull(listener, "listener");
    stateListeners.add(listener);
    return () -> stateListeners.remove(listener);
  }

  @Override
  public void reconnect() {
    synchronized (lock) {
      if (state == NodeState.CLOSED) {
        throw new IllegalStateException("node '" + name() + "' is closed");
      }
      cancelRetry();
      Socket old = socket;
      socket = null;
      generation++;
      if (old != null) {
        old.cancel();
      }
      started = true;
      try (LogContext ignored = LogContext.node(name())) {
        log.info("Node '{}' reconnecting on request", name());
      }
      moveTo(sessionId == null ? NodeState.CONNECTING : NodeState.RECONNECTING, null);
      openSocket();
    }
  }

  /**
   * Closes the connection for good: cancels any scheduled retry and sends a normal close. A
   * resumable session stays on the node until its timeout, so a restarted bot can resume it.
   */
  public void close() {
    synchronized (lock) {
      if (state == NodeState.CLOSED) {
        return;
      }
      cancelRetry();
      generation++;
      Socket old = socket;
      socket = null;
      if (old != null) {
        old.close(NORMAL_CLOSURE, "Client closed");
      }
      try (LogContext ignored = LogContext.node(name())) {
        log.info("Node '{}' closed", name());
      }
      moveTo(NodeState.CLOSED, null);
    }
  }

  /** Drops the socket without a close handshake; for shutting down when the peer is silent. */
  public void cancelSocket() {
    synchronized (lock) {
      Socket old = socket;
      socket = null;
      generation++;
      if (old != null) {
        old.cancel();
      }
    }
  }

  @Override
  public String toString() {
    return "Node[" + name() + ", " + state() + "]";
  }

  private void openSocket() {
    int socketGeneration = ++generation;
    String url = HttpLavalinkRest.baseUrl(options.uri()) + "/v4/websocket";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", options.password());
    headers.put("User-Id", Long.toUnsignedString(userId));
    headers.put("Client-Name", clientName);
    if (options.resuming() && sessionId != null) {
      headers.put("Session-Id", sessionId);
    }
    try (LogContext ignored = LogContext.node(name())) {
      log.debug("Node '{}' connecting to {}{}", name(), withoutUserInfo(url),
          options.resuming() && sessionId != null ? " to resume session " + sessionId : "");
    }
    socket = transport.openSocket(url, headers, new Listener(socketGeneration));
  }

  private void cancelRetry() {
    if (retry != null) {
      retry.cancel();
      retry = null;
    }
  }

  /** Changes the state and tells listeners; the caller holds the lock. */
  private void moveTo(NodeState next, @Nullable Throwable cause) {
    NodeState previous = state;
    if (previous == next) {
      return;
    }
    state = next;
    observers.nodeStateChanged(this, previous, next);
    NodeStateChange change = new NodeStateChange(this, previous, next, cause);
    for (NodeStateListener listener : stateListeners) {
      try {
        eventExecutor.execute(() -> {
          try {
            listener.onStateChange(change);
          } catch (RuntimeException e) {
            try (LogContext ignored = LogContext.node(name())) {
              log.error("A node state listener failed on {}", change, e);
            }
          }
        });
      } catch (RejectedExecutionException shutDown) {
        log.debug("Not telling a listener about {}: the event executor is shut down", change);
      }
    }
  }

  /**
   * Handles a text frame as if the current socket had read it: decoded, then handed to the player
   * layer, on the calling thread. The socket's listener does the same with every frame it reads;
   * this entry lets benchmarks measure the frame path without a socket in between.
   *
   * @param text the frame's JSON
   */
  public void receive(String text) {
    int current;
    synchronized (lock) {
      current = generation;
    }
    onFrame(current, text);
  }

  private void onFrame(int socketGeneration, String text) {
    if (observers.active() && framesRead++ % TonearmObserver.TIMED_FRAME_INTERVAL == 0) {
      Observers.frameReceived(System.nanoTime());
      try {
        handleFrame(socketGeneration, text);
      } finally {
        Observers.frameReceived(0);
      }
    } else {
      handleFrame(socketGeneration, text);
    }
  }

  private void handleFrame(int socketGeneration, String text) {
    ServerMessage message;
    try {
      message = ProtocolDecoder.message(text);
    } catch (ProtocolException e) {
      try (LogContext ignored = LogContext.node(name())) {
        log.warn("Node '{}' sent a frame that breaks the protocol; skipped it. {}. Frame: {}",
            name(), e.getMessage(), abbreviate(text));
      }
      return;
    }
    if (message instanceof ServerMessage.Ready ready) {
      onReady(socketGeneration, ready);
      return;
    }
    if (message instanceof ServerMessage.Stats statsMessage) {
      stats = statsMessage.stats();
      statsReceivedAt = Instant.ofEpochMilli(scheduler.currentTimeMillis());
      assignedSinceStats.set(0);
    }
    // As deliver(…) does, without a lambda per frame.
    try {
      handler.onMessage(this, message);
    } catch (RuntimeException e) {
      logHandlerFailure(e);
    }
  }

  private void onReady(int socketGeneration, ServerMessage.Ready ready) {
    try (LogContext ignored = LogContext.node(name())) {
      ready(socketGeneration, ready);
    }
  }

  private void ready(int socketGeneration, ServerMessage.Ready ready) {
    String previous;
    List<CompletableFuture<String>> waiters;
    synchronized (lock) {
      if (socketGeneration != generation) {
        return;
      }
      previous = sessionId;
      sessionId = ready.sessionId();
      backoff.reset();
      moveTo(NodeState.CONNECTED, null);
      waiters = List.copyOf(sessionWaiters);
      sessionWaiters.clear();
    }
    if (ready.resumed()) {
      observers.sessionResumed(this);
      log.info("Node '{}' resumed session {}", name(), ready.sessionId());
    } else if (previous != null) {
      observers.sessionLost(this);
      log.warn("Node '{}' could not resume session {}; new session {}", name(), previous,
          ready.sessionId());
    } else {
      log.info("Node '{}' connected, session {}", name(), ready.sessionId());
    }
    if (options.resuming()) {
      rest.updateSession(ready.sessionId(), SessionUpdate.enableResuming(options.resumeTimeout()))
          .whenComplete((settings, error) -> {
            if (error != null) {
              try (LogContext ignored = LogContext.node(name())) {
                log.warn("Node '{}' did not accept resuming for session {}: {}", name(),
                    ready.sessionId(), error.toString());
              }
            }
          });
    }
    // The player layer re-creates lost players before commands that waited for the session run.
    deliver(() -> handler.onReady(this, ready.resumed(), previous));
    waiters.forEach(waiter -> waiter.complete(ready.sessionId()));
  }

  private void onDisconnect(int socketGeneration, int code, String reason,
      @Nullable Throwable cause) {
    try (LogContext ignored = LogContext.node(name())) {
      disconnected(socketGeneration, code, reason, cause);
    }
  }

  private void disconnected(int socketGeneration, int code, String reason,
      @Nullable Throwable cause) {
    boolean willReconnect;
    synchronized (lock) {
      if (socketGeneration != generation || state == NodeState.CLOSED) {
        return;
      }
      socket = null;
      int nextGeneration = ++generation;
      willReconnect = !(cause instanceof NodeAuthenticationException);
      if (willReconnect) {
        Duration delay = backoff.next();
        log.warn("Node '{}' disconnected ({}{}); reconnecting in {} ms", name(),
            code == -1 ? "no close code" : "code " + code, reason.isEmpty() ? "" : ", " + reason,
            delay.toMillis());
        retry = scheduler.schedule(delay, () -> retry(nextGeneration));
        observers.nodeReconnectScheduled(this, delay);
        moveTo(NodeState.RECONNECTING, cause);
      } else {
        log.error("{}", cause.getMessage());
        moveTo(NodeState.DISCONNECTED, cause);
      }
    }
    deliver(() -> handler.onDisconnected(this, code, reason, willReconnect));
  }

  private void logHandlerFailure(RuntimeException e) {
    try (LogContext ignored = LogContext.node(name())) {
      log.error("Handling a message from node '{}' failed", name(), e);
    }
  }

  /** A URI's user info may hold a password; logs show the rest. */
  private static String withoutUserInfo(String url) {
    int scheme = url.indexOf("://");
    int at = url.indexOf('@', scheme + 3);
    int path = url.indexOf('/', scheme + 3);
    return at < 0 || (path >= 0 && at > path) ? url : url.substring(0, scheme + 3) + url.substring(at + 1);
  }

  private void retry(int expectedGeneration) {
    synchronized (lock) {
      if (expectedGeneration != generation || state != NodeState.RECONNECTING) {
        return;
      }
      retry = null;
      openSocket();
    }
  }

  /** Runs a handler call so that a bug in it cannot end the reader loop. */
  private void deliver(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      logHandlerFailure(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_LOGGED_FRAME ? text : text.substring(0, MAX_LOGGED_FRAME) + "…";
  }

  private final class Listener implements SocketListener {
    private final int socketGeneration;

    Listener(int socketGeneration) {
      this.socketGeneration = socketGeneration;
    }

    @Override
    public void onText(String text) {
      onFrame(socketGeneration, text);
    }

    @Override
    public void onClosed(int code, String reason) {
      onDisconnect(socketGeneration, code, reason, null);
    }

    @Override
    public void onFailure(Throwable failure, int handshakeStatus) {
      if (handshakeStatus == 401 || handshakeStatus == 403 || handshakeStatus == 400) {
        onDisconnect(socketGeneration, -1, "HTTP " + handshakeStatus,
            new NodeAuthenticationException(name(), handshakeStatus));
      } else if (handshakeStatus != -1) {
        onDisconnect(socketGeneration, -1, "handshake answered HTTP " + handshakeStatus,
            new IOException("Node '" + name() + "' answered the WebSocket handshake with HTTP "
                + handshakeStatus));
      } else {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        onDisconnect(socketGeneration, -1, reason, failure);
      }
    }
  }
}
