package dev.tonearm.player;

/**
 * Sends the bot's voice state to Discord (gateway opcode 4). A Discord integration such as
 * {@code tonearm-jda} implements it; Tonearm calls it to join, move and leave.
 */
@FunctionalInterface
public interface VoiceGateway {

  /**
   * Asks Discord to put the bot in a voice channel, or to take it out.
   *
   * @param guildId the guild
   * @param channelId the channel to join or move to, or 0 to leave
   * @param selfMute whether the bot mutes itself
   * @param selfDeaf whether the bot deafens itself
   */
  void sendVoiceStateUpdate(long guildId, long channelId, boolean selfMute, boolean selfDeaf);
}
