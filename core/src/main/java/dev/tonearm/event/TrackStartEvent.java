package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import org.jspecify.annotations.Nullable;

/**
 * A track started playing.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param track the track as Lavalink reported it
 * @param original the bot's own track object, or null
 */
public record TrackStartEvent(Node node, long guildId, @Nullable Player player, Track track,
    @Nullable Track original) implements TrackEvent {

  /** Returns {@link EventKind#TRACK_START}. */
  @Override
  public EventKind kind() {
    return EventKind.TRACK_START;
  }
}
