package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;
import org.jspecify.annotations.Nullable;

/**
 * A track failed while playing. A {@link TrackEndEvent} follows.
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if it is gone
 * @param track the track as Lavalink reported it
 * @param original the bot's own track object, or null
 * @param exception what went wrong
 */
public record TrackExceptionEvent(Node node, long guildId, @Nullable Player player, Track track,
    @Nullable Track original, TrackError exception) implements TrackEvent {

  /** Returns {@link EventKind#TRACK_EXCEPTION}. */
  @Override
  public EventKind kind() {
    return EventKind.TRACK_EXCEPTION;
  }
}
