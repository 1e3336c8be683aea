package dev.tonearm.testkit.discord;

/**
 * The fields of a voice state request (gateway opcode 4) the bot sent: join, move or leave.
 *
 * @param guildId the guild
 * @param channelId the channel to join, or 0 to leave voice
 * @param selfMute whether the bot asked to be muted
 * @param selfDeaf whether the bot asked to be deafened
 */
public record VoiceStateRequest(long guildId, long channelId, boolean selfMute,
    boolean selfDeaf) {

  /**
   * Tells whether the bot asked to leave voice.
   *
   * @return true if {@code channel_id} was null
   */
  public boolean leaves() {
    return channelId == 0;
  }
}
