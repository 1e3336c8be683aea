package dev.tonearm.player;

import dev.tonearm.node.Node;
import dev.tonearm.queue.TrackQueue;
import dev.tonearm.track.Track;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The audio player of one guild. Obtain it with {@code lavalink.player(guildId)}; it is created
 * lazily and costs nothing on Lavalink until it is first used.
 *
 * <p>Every command returns a future that completes with this player once Lavalink confirmed the
 * change, or fails with:
 *
 * <ul>
 *   <li>{@link IllegalArgumentException}, thrown at once, when a value is out of range (the
 *       message names the field, the value and the allowed range);
 *   <li>{@link dev.tonearm.rest.LavalinkRestException} when the node refused the change;
 *   <li>{@link VoiceNotReadyException} when a track could not start because the voice
 *       connection was not ready within the client's voice timeout;
 *   <li>{@link PlayerDestroyedException} when the player was destroyed before the command ran;
 *   <li>{@link java.io.IOException} when the node could not be reached.
 * </ul>
 *
 * <p>Commands reach Lavalink in the order they were called. The state getters are safe to call
 * from any thread and never block.
 */
public interface Player {

  /** {@return the guild this player plays in} */
  long guildId();

  /** {@return the node the player lives on} */
  Node node();

  /**
   * Returns the track Lavalink plays, as it last reported it.
   *
   * @return the track, or null if none is loaded
   */
  @Nullable Track track();

  /**
   * Returns the {@link Track} object the bot passed to {@code play} (or queued) for the current
   * track, with its user data.
   *
   * @return the bot's track object, or null if none is loaded or it was not started by this client
   */
  @Nullable Track originalTrack();

  /**
   * Returns the position in the current track, interpolated from the last report: it advances
   * while playing, is frozen while paused, and never exceeds the track's length.
   *
   * @return milliseconds from the start, or 0 without a track
   */
  long position();

  /** {@return whether the player is paused} */
  boolean paused();

  /** {@return the volume in percent, 0 to 1000} */
  int volume();

  /** {@return the applied filters} */
  Filters filters();

  /**
   * Returns where the current track ends early.
   *
   * @return milliseconds from the start, or null if it plays to its end
   */
  @Nullable Long endTime();

  /** {@return whether Lavalink's voice connection to Discord is open} */
  boolean connected();

  /**
   * {@return the round trip to Discord's voice server in milliseconds, or -1 when not connected}
   */
  long ping();

  /**
   * Returns the voice channel the bot is in for this guild, as the last voice state said.
   *
   * @return the channel id, or 0 if the bot is in no channel
   */
  long channelId();

  /** {@return the player's queue, which the player advances when a track finishes} */
  TrackQueue queue();

  /**
   * Tells whether the player lost its node and no other node could take it yet. It is restored
   * on the first node that becomes available; see {@code Lavalink.Builder.failover}.
   *
   * @return true while the player waits for a node
   */
  boolean awaitingNode();

  /** {@return whether {@link #destroy()} or a disconnect destroyed this player} */
  boolean isDestroyed();

  /**
   * Plays a track now, replacing the current one. Before the voice connection is ready the track
   * is kept and sent right after it.
   *
   * @param track the track to play; the same object comes back as {@link #originalTrack()} and in
   *     events, with its user data
   * @return a future completed when the track was started
   */
  CompletableFuture<Player> play(Track track);

  /**
   * Plays a track with options.
   *
   * @param track the track to play
   * @param options start position, end time, paused, volume, no-replace
   * @return a future completed when Lavalink took the track
   * @throws IllegalArgumentException if the start position or end time lie beyond the track's
   *     length, or a start position is given for a track that cannot seek
   */
  CompletableFuture<Player> play(Track track, PlayOptions options);

  /**
   * Stops the current track. The queue does not advance.
   *
   * @return a future completed when the track was stopped
   */
  CompletableFuture<Player> stop();

  /**
   * Pauses or resumes.
   *
   * @param paused true to pause
   * @return a future completed when the change was applied
   */
  CompletableFuture<Player> setPaused(boolean paused);

  /**
   * Seeks in the current track.
   *
   * @param positionMs the position in milliseconds
   * @return a future completed when the seek was applied
   * @throws IllegalArgumentException if {@code positionMs} is negative or beyond the track's
   *     length, or the current track cannot seek
   * @throws IllegalStateException if no track is loaded
   */
  CompletableFuture<Player> seek(long positionMs);

  /**
   * Sets the volume.
   *
   * @param volume 0 to 1000 percent; 100 leaves the audio as it is
   * @return a future completed when the change was applied
   * @throws IllegalArgumentException if {@code volume} is outside 0 to 1000
   */
  CompletableFuture<Player> setVolume(int volume);

  /**
   * Replaces all filters.
   *
   * @param filters the filters; {@link Filters#NONE} removes them all
   * @return a future completed when the filters were applied
   */
  CompletableFuture<Player> setFilters(Filters filters);

  /**
   * Skips to the next track of the queue, or stops if the queue is empty.
   *
   * @return a future completed when the next track started or the player stopped
   */
  CompletableFuture<Player> skip();

  /**
   * Moves the player to another node with its whole state: track at its position, pause, volume,
   * filters, end time, user data and voice. The queue stays as it is. A
   * {@code PlayerMovedEvent} with reason {@code MANUAL} follows.
   *
   * @param node a node of this client
   * @return a future completed when the new node confirmed the state
   * @throws IllegalArgumentException if the node is not one of this client's
   */
  CompletableFuture<Player> moveTo(Node node);

  /**
   * Asks Discord to join or move to a voice channel, through the client's voice gateway.
   *
   * @param channelId the voice channel
   * @param selfMute whether the bot mutes itself
   * @param selfDeaf whether the bot deafens itself
   * @throws IllegalStateException if the client has no voice gateway
   */
  void connect(long channelId, boolean selfMute, boolean selfDeaf);

  /**
   * Leaves the voice channel, destroys the player on Lavalink and emits a
   * {@code PlayerDisconnectEvent} with trigger {@code REQUESTED}.
   *
   * @return a future completed when Lavalink destroyed the player
   */
  CompletableFuture<Void> disconnect();

  /**
   * Destroys the player on Lavalink without leaving the voice channel. The next
   * {@code lavalink.player(guildId)} creates a new one.
   *
   * @return a future completed when Lavalink destroyed the player
   */
  CompletableFuture<Void> destroy();
}
