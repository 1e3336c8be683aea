package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import org.jspecify.annotations.Nullable;

/**
 * A player left its voice channel and was destroyed on Lavalink.
 *
 * @param node the node the player was on
 * @param guildId the guild
 * @param player the player, which is destroyed now, or null
 * @param channelId the channel it left, or 0 if it never joined one
 * @param trigger why it left
 */
public record PlayerDisconnectEvent(Node node, long guildId, @Nullable Player player, long channelId,
    DisconnectTrigger trigger) implements PlayerEvent {

  /** Returns {@link EventKind#PLAYER_DISCONNECT}. */
  @Override
  public EventKind kind() {
    return EventKind.PLAYER_DISCONNECT;
  }
}
