package dev.tonearm.internal.protocol;

import com.google.gson.JsonObject;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.PlayerState;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;

/**
 * A message a node sends on its WebSocket. Guild ids stay strings as on the wire; the player layer
 * turns them into numbers.
 */
public sealed interface ServerMessage {

  /** {@code op: ready}: the session is open. */
  record Ready(boolean resumed, String sessionId) implements ServerMessage {}

  /** {@code op: playerUpdate}: a player's position and voice connection. */
  record PlayerUpdate(String guildId, PlayerState state) implements ServerMessage {}

  /** {@code op: stats}. */
  record Stats(NodeStats stats) implements ServerMessage {}

  /** {@code op: event}: something happened to one guild's player. */
  sealed interface Event extends ServerMessage {
    String guildId();
  }

  record TrackStart(String guildId, Track track) implements Event {}

  record TrackEnd(String guildId, Track track, TrackEndReason reason) implements Event {}

  record TrackException(String guildId, Track track, TrackError exception) implements Event {}

  record TrackStuck(String guildId, Track track, long thresholdMs) implements Event {}

  record WebSocketClosed(String guildId, int code, String reason, boolean byRemote)
      implements Event {}

  /** An event type this client does not know, such as a plugin's; kept whole. */
  record UnknownEvent(String guildId, String type, JsonObject raw) implements Event {}
}
