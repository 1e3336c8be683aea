package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.player.PlayerState;
import org.jspecify.annotations.Nullable;

/**
 * A node reported a player's position and voice connection, every few seconds while a track is
 * loaded and at once after a seek or a voice change.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param state the reported state
 */
public record PlayerUpdateEvent(Node node, long guildId, @Nullable Player player, PlayerState state)
    implements PlayerEvent {

  /** Returns {@link EventKind#PLAYER_UPDATE}. */
  @Override
  public EventKind kind() {
    return EventKind.PLAYER_UPDATE;
  }
}
