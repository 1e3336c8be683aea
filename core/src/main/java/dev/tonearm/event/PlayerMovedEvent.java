package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import org.jspecify.annotations.Nullable;

/**
 * A player moved to another node with its whole state: track and position, pause, volume,
 * filters, end time, user data and voice. Its queue did not change.
 *
 * @param node the node the player is on now
 * @param guildId the guild
 * @param player the player
 * @param from the node it left
 * @param reason why it moved
 */
public record PlayerMovedEvent(Node node, long guildId, @Nullable Player player, Node from,
    MoveReason reason) implements PlayerEvent {

  /** Returns {@link EventKind#PLAYER_MOVED}. */
  @Override
  public EventKind kind() {
    return EventKind.PLAYER_MOVED;
  }

  /** {@return the node the player is on now; the same as {@link #node()}} */
  public Node to() {
    return node;
  }
}
