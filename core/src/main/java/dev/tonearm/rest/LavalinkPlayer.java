package dev.tonearm.rest;

import dev.tonearm.player.Filters;
import dev.tonearm.player.PlayerState;
import dev.tonearm.player.VoiceState;
import dev.tonearm.track.Track;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A player as a node reports it over REST.
 *
 * @param guildId the guild's id, as the node sent it
 * @param track the loaded track, or null if none
 * @param volume the player volume in percent, 0 to 1000
 * @param paused whether the player is paused
 * @param state the position and voice connection
 * @param voice the voice credentials the node holds; empty strings if it never had any
 * @param filters the applied filters
 */
public record LavalinkPlayer(
    String guildId,
    @Nullable Track track,
    int volume,
    boolean paused,
    PlayerState state,
    VoiceState voice,
    Filters filters) {

  /**
   * Creates the record.
   *
   * @param guildId the guild's id, as the node sent it
   * @param track the loaded track, or null if none
   * @param volume the player volume in percent, 0 to 1000
   * @param paused whether the player is paused
   * @param state the position and voice connection
   * @param voice the voice credentials the node holds; empty strings if it never had any
   * @param filters the applied filters
   * @throws NullPointerException if an argument other than {@code track} is null
   */
  public LavalinkPlayer {
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(filters, "filters");
  }
}
