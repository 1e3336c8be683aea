package dev.tonearm.internal.player;

import dev.tonearm.player.Filters;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.track.Track;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to bring a player back after a bot restart.
 *
 * @param guildId the guild
 * @param node the name of the node it lived on
 * @param channelId the voice channel, or 0
 * @param voiceSessionId the bot's voice session id, or null
 * @param voiceToken the voice token, or null
 * @param voiceEndpoint the voice endpoint, or null
 * @param track the current track, the bot's own object where there is one, or null
 * @param position the position in that track
 * @param paused whether it was paused
 * @param volume the volume
 * @param filters the filters
 * @param endTime the end time, or null
 * @param queue the queued tracks
 * @param repeatMode the queue's repeat mode
 */
public record PlayerSnapshot(
    long guildId,
    String node,
    long channelId,
    @Nullable String voiceSessionId,
    @Nullable String voiceToken,
    @Nullable String voiceEndpoint,
    @Nullable Track track,
    long position,
    boolean paused,
    int volume,
    Filters filters,
    @Nullable Long endTime,
    List<Track> queue,
    RepeatMode repeatMode) {

  /** Copies the queue. */
  public PlayerSnapshot {
    queue = List.copyOf(queue);
  }
}
