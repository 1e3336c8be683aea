package dev.tonearm.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.time.Scheduler.Cancellable;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fake node's player for one guild of one session: what a test can check after the client
 * under test sent its player updates.
 *
 * <p>A track plays on the node's {@link VirtualClock}: its position advances with virtual time
 * while the track is loaded, not paused and the player is connected to voice (like a real node,
 * which reads no audio without a voice connection; see {@link
 * FakeLavalink.Builder#playWithoutVoice(boolean)}). A {@code timescale} filter makes it advance
 * {@code speed × rate} times as fast.
 *
 * <p>As lavaplayer does, the node cleans up a player that nobody reads audio from: a track loaded
 * in a player that has not been connected to voice for a minute ends with reason {@code cleanup}
 * at the node's next check, which runs every ten seconds of the node's uptime.
 *
 * <p>All getters are thread-safe and return a snapshot; changing a returned JSON tree changes
 * nothing in the player.
 */
public final class FakePlayer {
  /** The ping a connected player reports, in milliseconds. */
  static final long PING_MILLIS = 20;

  private final FakeLavalink node;
  private final FakeSession session;
  private final long guildId;

  private @Nullable DecodedTrack track;
  private @Nullable String givenEncoded;
  private JsonObject userData = new JsonObject();
  private @Nullable Long endTime;
  private boolean paused;
  private int volume = 100;
  private JsonObject filters = new JsonObject();
  private double playbackRate = 1.0;
  private String token = "";
  private String endpoint = "";
  private String voiceSessionId = "";
  private @Nullable String channelId;
  private boolean connected;
  private long basePosition;
  private long baseNanos;
  private @Nullable Cancellable endTask;
  private @Nullable Cancellable updateTask;
  private @Nullable Cancellable cleanupTask;
  /** When audio was last read from the player, or its track started. */
  private long lastReadNanos;
  private boolean destroyed;

  FakePlayer(FakeLavalink node, FakeSession session, long guildId) {
    this.node = node;
    this.session = session;
    this.guildId = guildId;
  }

  /**
   * Returns the guild this player plays in.
   *
   * @return the guild id
   */
  public long guildId() {
    return guildId;
  }

  /**
   * Returns the id of the session that owns this player.
   *
   * @return the session id
   */
  public String sessionId() {
    return session.id();
  }

  /**
   * Returns the encoded track the player was told to play, exactly as the client sent it (or, for
   * {@code track.identifier}, as the catalog encodes it). Compare it with {@link
   * FakeCatalog#encodedFor(String)}. The {@code encoded} in {@link #track()} differs once the
   * position moves, because Lavalink encodes the current position into it.
   *
   * @return the encoded track, or null if no track is loaded
   */
  public @Nullable String encodedTrack() {
    synchronized (node.lock) {
      return givenEncoded;
    }
  }

  /**
   * Returns the current track as the node would send it in a player response: re-encoded at the
   * current position, with {@code info.position}, {@code pluginInfo} and {@code userData}.
   *
   * @return a copy of the track JSON, or null if no track is loaded
   */
  public @Nullable JsonObject track() {
    synchronized (node.lock) {
      JsonElement json = trackJson();
      return json.isJsonNull() ? null : json.getAsJsonObject();
    }
  }

  /**
   * Returns the current track's metadata with the current position.
   *
   * @return the track info, or null if no track is loaded
   */
  public @Nullable TrackInfo trackInfo() {
    synchronized (node.lock) {
      return track == null ? null : track.info().withPosition(position());
    }
  }

  /**
   * Returns the playback position at the current virtual time.
   *
   * @return the position in milliseconds; 0 when no track is loaded
   */
  public long position() {
    synchronized (node.lock) {
      if (track == null) {
        return 0;
      }
      long position = basePosition;
      if (advancing()) {
        long elapsedMillis = (node.clock.nanoTime() - baseNanos) / 1_000_000;
        position = saturatedAdd(position, (long) Math.floor(elapsedMillis * playbackRate));
      }
      return Math.min(position, endBound());
    }
  }

  /**
   * Tells whether the player is paused.
   *
   * @return the paused flag
   */
  public boolean paused() {
    synchronized (node.lock) {
      return paused;
    }
  }

  /**
   * Returns the player volume.
   *
   * @return the volume in percent, 0 to 1000
   */
  public int volume() {
    synchronized (node.lock) {
      return volume;
    }
  }

  /**
   * Returns the filters as the node reports them: every present filter with all its fields.
   *
   * @return a copy of the filters object; empty when none are set
   */
  public JsonObject filters() {
    synchronized (node.lock) {
      return filters.deepCopy();
    }
  }

  /**
   * Returns the voice state as the node reports it: empty strings and a null {@code channelId}
   * until a voice update arrived.
   *
   * @return a new voice object
   */
  public JsonObject voice() {
    synchronized (node.lock) {
      JsonObject voice = new JsonObject();
      voice.addProperty("token", token);
      voice.addProperty("endpoint", endpoint);
      voice.addProperty("sessionId", voiceSessionId);
      if (node.version.atLeast(4, 2)) {
        voice.addProperty("channelId", channelId);
      }
      return voice;
    }
  }

  /**
   * Tells whether the player's voice connection is up: true once a complete voice state was sent,
   * false again after {@link FakeSession#emitWebSocketClosed}.
   *
   * @return whether the player is connected to voice
   */
  public boolean connected() {
    synchronized (node.lock) {
      return connected;
    }
  }

  /**
   * Returns the end time marker of the current track.
   *
   * @return the end time in milliseconds, or null if none is set
   */
  public @Nullable Long endTime() {
    synchronized (node.lock) {
      return endTime;
    }
  }

  /**
   * Returns the user data of the current track.
   *
   * @return a copy of the user data; empty when none is set or no track is loaded
   */
  public JsonObject userData() {
    synchronized (node.lock) {
      return userData.deepCopy();
    }
  }

  @Override
  public String toString() {
    synchronized (node.lock) {
      return "FakePlayer[guild=" + guildId + ", session=" + session.id() + ", track="
          + (track == null ? "none" : track.info().title()) + ", position=" + position()
          + ", paused=" + paused + ", connected=" + connected + "]";
    }
  }

  // Everything below runs with node.lock held.

  boolean hasTrack() {
    return track != null;
  }

  boolean playing() {
    return track != null && !paused;
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("guildId", Long.toString(guildId));
    json.add("track", trackJson());
    json.addProperty("volume", volume);
    json.addProperty("paused", paused);
    json.add("state", stateJson());
    json.add("voice", voice());
    json.add("filters", filters.deepCopy());
    return json;
  }

  JsonElement trackJson() {
    DecodedTrack current = track;
    if (current == null) {
      return JsonNull.INSTANCE;
    }
    TrackInfo info = current.info().withPosition(position());
    String encoded = TrackCodec.encode(
        new DecodedTrack(info, DecodedTrack.CURRENT_VERSION, current.sourceDetails()));
    return Wire.track(encoded, info, userData);
  }

  void sendPlayerUpdate() {
    session.send(Wire.playerUpdate(guildId, stateJson()), false);
  }

  /** Applies a voice state; reconnects only if it differs or the connection is down. */
  void connectVoice(String newToken, String newEndpoint, String newSessionId,
      @Nullable String newChannelId) {
    boolean changed = !connected || !token.equals(newToken) || !endpoint.equals(newEndpoint)
        || !voiceSessionId.equals(newSessionId) || !Objects.equals(channelId, newChannelId);
    if (!changed) {
      return;
    }
    rebase();
    token = newToken;
    endpoint = newEndpoint;
    voiceSessionId = newSessionId;
    channelId = newChannelId;
    connected = true;
    reschedule();
    scheduleCleanup();
    sendPlayerUpdate();
  }

  void voiceClosed() {
    rebase();
    if (readsAudio()) {
      lastReadNanos = node.clock.nanoTime();
    }
    connected = false;
    reschedule();
    scheduleCleanup();
  }

  void pause(boolean newPaused) {
    rebase();
    paused = newPaused;
    reschedule();
  }

  void volume(int newVolume) {
    volume = Math.max(0, Math.min(1000, newVolume));
  }

  void userData(JsonObject newUserData) {
    if (track != null) {
      userData = newUserData.deepCopy();
    }
  }

  /** Seeks the current track, if any, and reports the new state; streams ignore the seek. */
  void seek(long position) {
    DecodedTrack current = track;
    if (current == null) {
      return;
    }
    if (!current.info().stream()) {
      basePosition = Math.max(0, position);
      baseNanos = node.clock.nanoTime();
      reschedule();
    }
    sendPlayerUpdate();
  }

  void endTime(@Nullable Long newEndTime) {
    if (track != null) {
      rebase();
      endTime = newEndTime;
      reschedule();
    }
  }

  void filters(Filters.Parsed parsed) {
    rebase();
    filters = parsed.echo();
    playbackRate = Math.max(0, parsed.playbackRate());
    reschedule();
    sendPlayerUpdate();
  }

  /**
   * Starts a track: the old one ends as {@code replaced}, the new one starts and a player update
   * follows, as lavaplayer and Lavalink order it.
   */
  void play(DecodedTrack newTrack, String encoded, long startPosition, JsonObject newUserData,
      @Nullable Long newEndTime) {
    if (track != null) {
      end("replaced");
    }
    track = newTrack;
    givenEncoded = encoded;
    userData = newUserData.deepCopy();
    endTime = newEndTime;
    basePosition = newTrack.info().stream() ? 0 : Math.max(0, startPosition);
    baseNanos = node.clock.nanoTime();
    lastReadNanos = baseNanos;
    JsonObject start = Wire.event("TrackStartEvent", guildId);
    start.add("track", trackJson());
    session.send(start, true);
    scheduleUpdates();
    sendPlayerUpdate();
    reschedule();
    scheduleCleanup();
  }

  /** Stops the current track, if any, with reason {@code stopped}. */
  void stop() {
    if (track != null) {
      end("stopped");
    }
  }

  /** Ends the track after a playback failure: an exception event, then the end event. */
  void fail(String message, String severity, String cause) {
    DecodedTrack current = requireTrack();
    JsonObject event = Wire.event("TrackExceptionEvent", guildId);
    event.add("track", trackJson());
    event.add("exception", Wire.exception(message, severity, cause,
        cause + "\n\tat dev.tonearm.testkit.FakePlayer.play(FakePlayer.java)\n",
        node.version.atLeast(4, 1)));
    session.send(event, true);
    boolean producedAudio = position() > 0 || current.info().position() > 0;
    end(producedAudio ? "finished" : "loadFailed");
  }

  /** Ends the current track with any reason, as the node does on its own. */
  void endTrack(String reason) {
    requireTrack();
    end(reason);
  }

  JsonObject trackEventBase(String type) {
    requireTrack();
    JsonObject event = Wire.event(type, guildId);
    event.add("track", trackJson());
    return event;
  }

  /** Destroys the player; like a real node, a loaded track ends as {@code stopped}. */
  void destroy() {
    stop();
    cancelTasks();
    destroyed = true;
  }

  private DecodedTrack requireTrack() {
    DecodedTrack current = track;
    if (current == null) {
      throw new IllegalStateException("The player of guild " + guildId + " has no track");
    }
    return current;
  }

  private void end(String reason) {
    JsonObject event = Wire.event("TrackEndEvent", guildId);
    event.add("track", trackJson());
    event.addProperty("reason", reason);
    track = null;
    givenEncoded = null;
    userData = new JsonObject();
    endTime = null;
    basePosition = 0;
    cancelTasks();
    session.send(event, true);
  }

  private void cancelTasks() {
    if (endTask != null) {
      endTask.cancel();
      endTask = null;
    }
    if (updateTask != null) {
      updateTask.cancel();
      updateTask = null;
    }
    if (cleanupTask != null) {
      cleanupTask.cancel();
      cleanupTask = null;
    }
  }

  /** Whether the node reads audio from the player, which it does while connected, paused or not. */
  private boolean readsAudio() {
    return connected || node.playWithoutVoice;
  }

  private boolean advancing() {
    return track != null && !paused && readsAudio();
  }

  /**
   * Schedules the cleanup of a track nobody reads audio from, at the first check a minute or more
   * after the last read; cancels it while audio is read.
   */
  private void scheduleCleanup() {
    if (cleanupTask != null) {
      cleanupTask.cancel();
      cleanupTask = null;
    }
    if (track == null || destroyed || readsAudio()) {
      return;
    }
    cleanupTask = node.clock.schedule(
        CleanupSchedule.delay(node.startNanos(), lastReadNanos, node.clock.nanoTime()),
        this::onCleanupDue);
  }

  private void onCleanupDue() {
    synchronized (node.lock) {
      if (destroyed || track == null || readsAudio()) {
        return;
      }
      end("cleanup");
    }
  }

  private long endBound() {
    DecodedTrack current = track;
    long length = current == null || current.info().stream()
        ? Long.MAX_VALUE
        : current.info().length();
    return endTime == null ? length : Math.min(length, endTime);
  }

  private JsonObject stateJson() {
    return Wire.playerState(node.clock.currentTimeMillis(), position(), connected,
        connected ? PING_MILLIS : -1);
  }

  /** Freezes the current position as the base before a change that affects how it advances. */
  private void rebase() {
    basePosition = position();
    baseNanos = node.clock.nanoTime();
  }

  /** Schedules the end of the track for when its position reaches the length or end time. */
  private void reschedule() {
    if (endTask != null) {
      endTask.cancel();
      endTask = null;
    }
    if (track == null || destroyed) {
      return;
    }
    long remaining = endBound() - position();
    if (remaining <= 0) {
      endTask = node.clock.schedule(Duration.ZERO, this::onEndReached);
    } else if (advancing() && endBound() != Long.MAX_VALUE && playbackRate > 0) {
      long delayMillis = (long) Math.ceil(remaining / playbackRate);
      endTask = node.clock.schedule(Duration.ofMillis(delayMillis), this::onEndReached);
    }
  }

  private void onEndReached() {
    synchronized (node.lock) {
      if (destroyed || track == null) {
        return;
      }
      basePosition = endBound();
      baseNanos = node.clock.nanoTime();
      end("finished");
    }
  }

  private void scheduleUpdates() {
    if (updateTask != null) {
      updateTask.cancel();
    }
    updateTask = node.clock.schedule(node.playerUpdateInterval, this::onUpdateDue);
  }

  private void onUpdateDue() {
    synchronized (node.lock) {
      if (destroyed || track == null) {
        return;
      }
      sendPlayerUpdate();
      updateTask = node.clock.schedule(node.playerUpdateInterval, this::onUpdateDue);
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
