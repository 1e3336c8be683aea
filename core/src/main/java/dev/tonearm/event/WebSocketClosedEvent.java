package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import org.jspecify.annotations.Nullable;

/**
 * Lavalink's voice connection to Discord closed for a guild.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param code the raw close code
 * @param closeCode the code as a known Discord voice close code
 * @param reason the close reason, empty if none
 * @param byRemote whether Discord closed the connection
 */
public record WebSocketClosedEvent(Node node, long guildId, @Nullable Player player, int code,
    DiscordVoiceCloseCode closeCode, String reason, boolean byRemote) implements PlayerEvent {

  /** Returns {@link EventKind#WEBSOCKET_CLOSED}. */
  @Override
  public EventKind kind() {
    return EventKind.WEBSOCKET_CLOSED;
  }
}
