package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import org.jspecify.annotations.Nullable;

/**
 * A track stopped playing. {@link TrackEndReason#mayStartNext()} tells whether a queue should
 * advance; the player's own queue already did when it says so.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param track the track as Lavalink reported it
 * @param original the bot's own track object, or null
 * @param reason why it ended
 */
public record TrackEndEvent(Node node, long guildId, @Nullable Player player, Track track,
    @Nullable Track original, TrackEndReason reason) implements TrackEvent {

  /** Returns {@link EventKind#TRACK_END}. */
  @Override
  public EventKind kind() {
    return EventKind.TRACK_END;
  }
}
