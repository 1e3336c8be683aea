package dev.tonearm.example.music;

import dev.tonearm.player.Player;
import java.util.concurrent.CompletableFuture;

/**
 * Joins and leaves voice channels for the music commands. The Discord bot, in the offline demo
 * too, does it through {@code TonearmJda}; the tests of the commands through a stand-in for
 * Discord's gateway.
 */
public interface VoiceConnector {

  /**
   * Joins a voice channel, or moves there. Discord answers with the voice credentials, which reach
   * Lavalink on their own; a track played meanwhile starts once they did.
   *
   * @param guildId the guild
   * @param channelId the voice channel
   * @return the guild's player
   * @throws CannotJoinException if the bot cannot join that channel
   */
  Player join(long guildId, long channelId);

  /**
   * Leaves voice in the guild and destroys its player.
   *
   * @param guildId the guild
   * @return a future completed when the player is gone
   */
  CompletableFuture<Void> leave(long guildId);
}
