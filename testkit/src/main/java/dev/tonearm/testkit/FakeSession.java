package dev.tonearm.testkit;

import com.google.gson.JsonObject;
import dev.tonearm.time.Scheduler.Cancellable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Lavalink session of a {@link FakeLavalink}: what a WebSocket connection gets in its {@code
 * ready} message, with the players created through its REST routes.
 *
 * <p>A session is <em>connected</em> while its WebSocket is open. When the socket goes away, a
 * session without resuming is destroyed at once with its players; a session with resuming enabled
 * is <em>paused</em>: its players keep playing on the virtual clock, its events and stats are
 * queued (player updates are not), and it is destroyed when the resume timeout elapses on the
 * virtual clock, unless a handshake with its id in {@code Session-Id} resumes it first.
 *
 * <p>The {@code emit…} methods make the node send what a real one sends when something happens
 * outside the client's control. While the session is paused, what they send is queued. All
 * methods are thread-safe.
 */
public final class FakeSession {
  /** The default resume timeout of a session, in seconds. */
  static final long DEFAULT_RESUME_TIMEOUT_SECONDS = 60;

  /** Where a session is in its life. */
  enum State {
    /** A handshake asked to resume the paused session; its socket is not open yet. */
    RESUMING,
    /** The WebSocket is open. */
    CONNECTED,
    /** The socket went away; the session waits to be resumed until its timeout. */
    PAUSED,
    /** Gone for good, with its players. */
    DESTROYED
  }

  private final FakeLavalink node;
  private final String id;
  private final long userId;
  private final @Nullable String clientName;
  private final Map<Long, FakePlayer> players = new LinkedHashMap<>();
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  /** Messages kept back by {@link FakeLavalink#holdWebSocketMessages}; made on first use. */
  private @Nullable ArrayDeque<Held> held;
  private boolean resuming;
  private long timeoutSeconds = DEFAULT_RESUME_TIMEOUT_SECONDS;
  private State state = State.CONNECTED;
  private @Nullable WsConnection connection;
  private @Nullable Cancellable statsTask;
  private @Nullable Cancellable expiryTask;
  private long readySequence;

  FakeSession(FakeLavalink node, String id, long userId, @Nullable String clientName) {
    this.node = node;
    this.id = id;
    this.userId = userId;
    this.clientName = clientName;
  }

  /**
   * Returns the session id sent in {@code ready}: 16 characters from {@code [a-z0-9]}.
   *
   * @return the session id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the bot user id from the {@code User-Id} header of the handshake that created the
   * session.
   *
   * @return the user id
   */
  public long userId() {
    return userId;
  }

  /**
   * Returns the {@code Client-Name} header of the handshake that created the session.
   *
   * @return the client name, or null if the header was missing
   */
  public @Nullable String clientName() {
    return clientName;
  }

  /**
   * Tells whether resuming is enabled for this session, as last set with {@code PATCH
   * /v4/sessions/{id}}.
   *
   * @return the {@code resuming} flag; false by default
   */
  public boolean resuming() {
    synchronized (node.lock) {
      return resuming;
    }
  }

  /**
   * Returns how long the session stays resumable after its socket goes away.
   *
   * @return the resume timeout; 60 seconds by default
   */
  public Duration resumeTimeout() {
    synchronized (node.lock) {
      return Duration.ofSeconds(timeoutSeconds);
    }
  }

  /**
   * Tells whether the session's WebSocket is open.
   *
   * @return true while connected
   */
  public boolean connected() {
    synchronized (node.lock) {
      return state == State.CONNECTED;
    }
  }

  /**
   * Tells whether the session lost its socket and waits to be resumed; REST calls for it answer
   * 404 {@code Session not found} meanwhile.
   *
   * @return true while paused
   */
  public boolean paused() {
    synchronized (node.lock) {
      return state == State.PAUSED || state == State.RESUMING;
    }
  }

  /**
   * Tells whether the session is gone for good, with its players.
   *
   * @return true once destroyed
   */
  public boolean destroyed() {
    synchronized (node.lock) {
      return state == State.DESTROYED;
    }
  }

  /**
   * Counts the messages queued while the session is paused, to be replayed on resume.
   *
   * @return the number of queued messages
   */
  public int queuedMessages() {
    synchronized (node.lock) {
      return queue.size();
    }
  }

  /**
   * Returns the session's players.
   *
   * @return a snapshot of the players, in creation order
   */
  public Collection<FakePlayer> players() {
    synchronized (node.lock) {
      return List.copyOf(players.values());
    }
  }

  /**
   * Returns the player of a guild.
   *
   * @param guildId the guild
   * @return the player, or empty if the session has none for that guild
   */
  public Optional<FakePlayer> player(long guildId) {
    synchronized (node.lock) {
      return Optional.ofNullable(players.get(guildId));
    }
  }

  /**
   * Sends a text frame as it is, which need not be valid JSON. Queued while the session is
   * paused.
   *
   * @param frame the frame's text
   * @throws IllegalStateException if the session is destroyed
   * @throws NullPointerException if {@code frame} is null
   */
  public void sendRaw(String frame) {
    Objects.requireNonNull(frame, "frame");
    synchronized (node.lock) {
      requireAlive();
      send(frame, true);
    }
  }

  /**
   * Sends a {@code stats} message now, besides the periodic ones.
   *
   * @throws IllegalStateException if the session is destroyed
   */
  public void sendStats() {
    synchronized (node.lock) {
      requireAlive();
      send(node.stats(this, true), true);
    }
  }

  /**
   * Sends a {@code TrackExceptionEvent} for the guild's current track; the track keeps playing.
   * Use {@link #failTrack} for the full sequence of a track that fails.
   *
   * @param guildId the guild
   * @param message the exception message
   * @param severity the severity, normally {@code common}, {@code suspicious} or {@code fault};
   *     not checked, so that clients can be tested with unknown values
   * @param cause the root cause as {@code Throwable.toString()} renders it
   * @throws IllegalStateException if the session is destroyed or the guild has no player or no
   *     track
   * @throws NullPointerException if an argument is null
   */
  public void emitTrackException(long guildId, String message, String severity, String cause) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cause, "cause");
    synchronized (node.lock) {
      JsonObject event = requirePlayer(guildId).trackEventBase("TrackExceptionEvent");
      event.add("exception", Wire.exception(message, severity, cause,
          cause + "\n\tat dev.tonearm.testkit.FakePlayer.play(FakePlayer.java)\n",
          node.version.atLeast(4, 1)));
      send(event, true);
    }
  }

  /**
   * Makes the guild's current track fail as lavaplayer reports it: a {@code TrackExceptionEvent},
   * then a {@code TrackEndEvent} with reason {@code loadFailed} if the track had not produced any
   * audio yet (position 0) or {@code finished} otherwise. The player is left without a track.
   *
   * @param guildId the guild
   * @param message the exception message
   * @param severity the severity, normally {@code common}, {@code suspicious} or {@code fault}
   * @param cause the root cause as {@code Throwable.toString()} renders it
   * @throws IllegalStateException if the session is destroyed or the guild has no player or no
   *     track
   * @throws NullPointerException if an argument is null
   */
  public void failTrack(long guildId, String message, String severity, String cause) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cause, "cause");
    synchronized (node.lock) {
      requirePlayer(guildId).fail(message, severity, cause);
    }
  }

  /**
   * Sends a {@code TrackStuckEvent} for the guild's current track, then a {@code playerUpdate},
   * as the real node does. The track keeps its place.
   *
   * @param guildId the guild
   * @param thresholdMs the threshold the node reports, normally 10000
   * @throws IllegalStateException if the session is destroyed or the guild has no player or no
   *     track
   */
  public void emitTrackStuck(long guildId, long thresholdMs) {
    synchronized (node.lock) {
      FakePlayer player = requirePlayer(guildId);
      JsonObject event = player.trackEventBase("TrackStuckEvent");
      event.addProperty("thresholdMs", thresholdMs);
      send(event, true);
      player.sendPlayerUpdate();
    }
  }

  /**
   * Ends the guild's current track as the node does on its own: a {@code TrackEndEvent} with
   * this reason, and the player is left without a track. Lavalink sends {@code cleanup} for a
   * player nobody polled for audio; {@code finished}, {@code loadFailed}, {@code stopped} and
   * {@code replaced} are the other reasons. Use {@link #failTrack} for a track that fails.
   *
   * @param guildId the guild
   * @param reason the end reason as Lavalink spells it; not checked, so that clients can be
   *     tested with unknown values
   * @throws IllegalStateException if the session is destroyed or the guild has no player or no
   *     track
   * @throws NullPointerException if {@code reason} is null
   */
  public void endTrack(long guildId, String reason) {
    Objects.requireNonNull(reason, "reason");
    synchronized (node.lock) {
      requirePlayer(guildId).endTrack(reason);
    }
  }

  /**
   * Reports that the guild's voice connection to Discord closed: a {@code WebSocketClosedEvent},
   * then a {@code playerUpdate} with {@code connected: false}. The player stays disconnected,
   * with its position frozen, until the client sends a voice update again (even an identical
   * one).
   *
   * @param guildId the guild
   * @param code the Discord voice close code, e.g. 4006 or 4014
   * @param reason the close reason; the node sends {@code ""} for none
   * @param byRemote whether Discord closed the connection
   * @throws IllegalStateException if the session is destroyed or the guild has no player
   * @throws NullPointerException if {@code reason} is null
   */
  public void emitWebSocketClosed(long guildId, int code, String reason, boolean byRemote) {
    Objects.requireNonNull(reason, "reason");
    synchronized (node.lock) {
      FakePlayer player = requirePlayer(guildId);
      JsonObject event = Wire.event("WebSocketClosedEvent", guildId);
      event.addProperty("code", code);
      event.addProperty("reason", reason);
      event.addProperty("byRemote", byRemote);
      send(event, true);
      player.voiceClosed();
      player.sendPlayerUpdate();
    }
  }

  /**
   * Sends any {@code event} message, such as a plugin's: {@code op}, {@code type} and {@code
   * guildId}, followed by the extra fields (which may override those three). The guild needs no
   * player.
   *
   * @param guildId the guild
   * @param type the event type, e.g. {@code "SegmentSkipped"}
   * @param extraFields the other fields of the event; copied
   * @throws IllegalStateException if the session is destroyed
   * @throws NullPointerException if an argument is null
   */
  public void emitEvent(long guildId, String type, JsonObject extraFields) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(extraFields, "extraFields");
    synchronized (node.lock) {
      requireAlive();
      JsonObject event = Wire.event(type, guildId);
      extraFields.deepCopy().entrySet().forEach(e -> event.add(e.getKey(), e.getValue()));
      send(event, true);
    }
  }

  /**
   * Waits until the session's WebSocket is no longer open, for example after the client under
   * test closed it.
   *
   * @param realTimeout how long to wait, in real time
   * @throws AssertionError if the session is still connected after {@code realTimeout}
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public void awaitDisconnected(Duration realTimeout) {
    long deadline = System.nanoTime() + realTimeout.toNanos();
    synchronized (node.lock) {
      while (state == State.CONNECTED) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("Session " + id + " was still connected after "
              + realTimeout.toMillis() + " ms");
        }
        node.waitForChange(remaining);
      }
    }
  }

  @Override
  public String toString() {
    synchronized (node.lock) {
      return "FakeSession[id=" + id + ", state=" + state + ", resuming=" + resuming + ", timeout="
          + timeoutSeconds + "s, players=" + players.keySet() + "]";
    }
  }

  // Everything below runs with node.lock held.

  State state() {
    return state;
  }

  long readySequence() {
    return readySequence;
  }

  void configure(@Nullable Boolean newResuming, @Nullable Long newTimeoutSeconds) {
    if (newResuming != null) {
      resuming = newResuming;
    }
    if (newTimeoutSeconds != null) {
      timeoutSeconds = newTimeoutSeconds;
    }
  }

  JsonObject configJson() {
    JsonObject json = new JsonObject();
    json.addProperty("resuming", resuming);
    json.addProperty("timeout", timeoutSeconds);
    return json;
  }

  FakePlayer playerFor(long guildId) {
    return players.computeIfAbsent(guildId, guild -> new FakePlayer(node, this, guild));
  }

  @Nullable FakePlayer existingPlayer(long guildId) {
    return players.get(guildId);
  }

  void destroyPlayer(long guildId) {
    FakePlayer player = players.remove(guildId);
    if (player != null) {
      player.destroy();
    }
  }

  /** Takes the socket of a new session, sends {@code ready} and the first stats. */
  void open(WsConnection newConnection) {
    attach(newConnection);
    if (node.statsBeforeReady) {
      send(node.stats(this, true), true);
    }
    send(Wire.ready(false, id), true);
    if (!node.statsBeforeReady) {
      send(node.stats(this, true), true);
    }
    statsTask = node.clock.schedule(node.statsInterval, this::onStatsDue);
    readySequence = node.nextReadySequence();
  }

  /** Reserves a paused session for a handshake that asked to resume it. */
  void beginResume() {
    if (expiryTask != null) {
      expiryTask.cancel();
      expiryTask = null;
    }
    state = State.RESUMING;
  }

  /** Takes the socket of a resuming handshake: ready, the queued messages, a player update each. */
  void resume(WsConnection newConnection) {
    attach(newConnection);
    send(Wire.ready(true, id), true);
    while (!queue.isEmpty()) {
      send(queue.poll(), true);
    }
    for (FakePlayer player : players.values()) {
      player.sendPlayerUpdate();
    }
    readySequence = node.nextReadySequence();
  }

  /** The socket went away: pause if resumable, else destroy. */
  void socketGone(WsConnection gone) {
    if (state == State.DESTROYED || connection != null && connection != gone) {
      return;
    }
    connection = null;
    if (resuming && timeoutSeconds > 0) {
      state = State.PAUSED;
      // Kept-back messages were not sent: they go the way of messages sent now.
      releaseHeld();
      if (expiryTask != null) {
        expiryTask.cancel();
      }
      expiryTask = node.clock.schedule(Duration.ofSeconds(timeoutSeconds), this::onExpired);
    } else {
      destroy();
    }
  }

  /** Destroys the session and its players without sending anything. */
  void destroy() {
    state = State.DESTROYED;
    connection = null;
    queue.clear();
    held = null;
    if (statsTask != null) {
      statsTask.cancel();
      statsTask = null;
    }
    if (expiryTask != null) {
      expiryTask.cancel();
      expiryTask = null;
    }
    for (FakePlayer player : List.copyOf(players.values())) {
      player.destroy();
    }
    players.clear();
    node.forget(this);
  }

  void send(JsonObject message, boolean queueIfPaused) {
    send(Wire.toJson(message), queueIfPaused);
  }

  void send(String frame, boolean queueIfPaused) {
    switch (state) {
      case CONNECTED -> {
        if (node.holdingMessages()) {
          if (held == null) {
            held = new ArrayDeque<>();
          }
          held.add(new Held(frame, queueIfPaused));
        } else {
          Objects.requireNonNull(connection).send(frame);
        }
      }
      case PAUSED, RESUMING -> {
        if (queueIfPaused) {
          queue.add(frame);
        }
      }
      case DESTROYED -> { }
      default -> throw new AssertionError(state);
    }
  }

  /** Sends the messages kept back while the node held them, in order. */
  void releaseHeld() {
    ArrayDeque<Held> kept = held;
    held = null;
    if (kept != null) {
      kept.forEach(message -> send(message.frame(), message.queueIfPaused()));
    }
  }

  int heldCount() {
    return held == null ? 0 : held.size();
  }

  int playerCount() {
    return players.size();
  }

  int playingCount() {
    return (int) players.values().stream().filter(FakePlayer::playing).count();
  }

  List<FakePlayer> playerList() {
    return new ArrayList<>(players.values());
  }

  private void attach(WsConnection newConnection) {
    connection = newConnection;
    newConnection.attach(this);
    state = State.CONNECTED;
    node.signalChange();
  }

  private void onStatsDue() {
    synchronized (node.lock) {
      if (state == State.DESTROYED) {
        return;
      }
      send(node.stats(this, true), true);
      statsTask = node.clock.schedule(node.statsInterval, this::onStatsDue);
    }
  }

  private void onExpired() {
    synchronized (node.lock) {
      if (state == State.PAUSED) {
        destroy();
      }
    }
  }

  /** A message kept back, and whether it would be queued for resuming. */
  private record Held(String frame, boolean queueIfPaused) {}

  private void requireAlive() {
    if (state == State.DESTROYED) {
      throw new IllegalStateException("Session " + id + " is destroyed");
    }
  }

  private FakePlayer requirePlayer(long guildId) {
    requireAlive();
    FakePlayer player = players.get(guildId);
    if (player == null) {
      throw new IllegalStateException("Session " + id + " has no player for guild " + guildId);
    }
    return player;
  }
}
