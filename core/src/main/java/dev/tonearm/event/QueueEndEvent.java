package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import org.jspecify.annotations.Nullable;

/**
 * A player's queue ran out: the last track ended and nothing (not even the autoplay strategy)
 * gave it a next one.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param lastTrack the track that ended last, the bot's own object where there is one
 */
public record QueueEndEvent(Node node, long guildId, @Nullable Player player, Track lastTrack)
    implements PlayerEvent {

  /** Returns {@link EventKind#QUEUE_END}. */
  @Override
  public EventKind kind() {
    return EventKind.QUEUE_END;
  }
}
