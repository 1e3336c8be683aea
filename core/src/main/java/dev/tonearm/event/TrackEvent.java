package dev.tonearm.event;

import dev.tonearm.track.Track;
import org.jspecify.annotations.Nullable;

/** An event about the track a player plays. */
public interface TrackEvent extends PlayerEvent {

  /** {@return the track as Lavalink reported it; its encoded position is the one at the event} */
  Track track();

  /**
   * Returns the {@link Track} object the bot passed to {@code play} or put in the queue, with its
   * user data, when it is the track of this event. It is the same whether the event arrives
   * before or after Lavalink's answer to the command that caused it; when the same track was
   * played again (a copy with other user data, say), each event carries the object of its own
   * play.
   *
   * @return the bot's own track object, or null if the track was not started by this client
   */
  @Nullable Track original();
}
