package dev.tonearm.queue;

import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finds more music when a player's queue runs out, for example related tracks of the last one.
 * The tracks it returns are queued and the first one starts; an empty list ends the queue.
 */
@FunctionalInterface
public interface AutoplayStrategy {

  /**
   * Picks tracks to play after the queue ran out.
   *
   * @param player the player whose queue ran out
   * @param lastTrack the track that finished last, the bot's own object where there is one
   * @return the tracks to queue, possibly none; a failed future counts as none and is logged
   */
  CompletableFuture<List<Track>> nextTracks(Player player, Track lastTrack);
}
