package dev.tonearm.testkit.discord;

import java.util.Objects;

/**
 * A member connected to a voice or stage channel, as the fake Discord's model has it.
 *
 * @param userId the member
 * @param channelId the channel
 * @param sessionId the member's voice session; the bot's is its gateway session id
 * @param selfMute whether the member muted itself
 * @param selfDeaf whether the member deafened itself
 */
public record VoiceState(long userId, long channelId, String sessionId, boolean selfMute,
    boolean selfDeaf) {
  /**
   * Checks the session id.
   *
   * @param userId the member
   * @param channelId the channel
   * @param sessionId the member's voice session; the bot's is its gateway session id
   * @param selfMute whether the member muted itself
   * @param selfDeaf whether the member deafened itself
   * @throws NullPointerException if {@code sessionId} is null
   */
  public VoiceState {
    Objects.requireNonNull(sessionId, "sessionId");
  }
}
