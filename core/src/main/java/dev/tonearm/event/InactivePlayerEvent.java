package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A player stayed idle for the configured inactivity timeout. If the configured action is to
 * disconnect, a {@link PlayerDisconnectEvent} follows.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param reason what kept it idle
 * @param idleFor how long it was idle
 */
public record InactivePlayerEvent(Node node, long guildId, @Nullable Player player,
    InactivityReason reason, Duration idleFor) implements PlayerEvent {

  /** Returns {@link EventKind#INACTIVE_PLAYER}. */
  @Override
  public EventKind kind() {
    return EventKind.INACTIVE_PLAYER;
  }
}
