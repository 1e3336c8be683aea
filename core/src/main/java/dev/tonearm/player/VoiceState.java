package dev.tonearm.player;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Discord voice credentials a Lavalink player connects with.
 *
 * <p>A request must carry all four values; Lavalink 4.2 and later refuse a voice update without
 * {@code channelId}. In responses, a player that never had voice reports empty strings and a null
 * channel id.
 *
 * @param token the token from Discord's VOICE_SERVER_UPDATE
 * @param endpoint the endpoint from Discord's VOICE_SERVER_UPDATE
 * @param sessionId the session id from the bot's VOICE_STATE_UPDATE
 * @param channelId the voice channel from the bot's VOICE_STATE_UPDATE; null only in responses
 */
public record VoiceState(String token, String endpoint, String sessionId, @Nullable String channelId) {

  /**
   * Creates the record.
   *
   * @param token the token from Discord's VOICE_SERVER_UPDATE
   * @param endpoint the endpoint from Discord's VOICE_SERVER_UPDATE
   * @param sessionId the session id from the bot's VOICE_STATE_UPDATE
   * @param channelId the voice channel from the bot's VOICE_STATE_UPDATE; null only in responses
   * @throws NullPointerException if {@code token}, {@code endpoint} or {@code sessionId} is null
   */
  public VoiceState {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(sessionId, "sessionId");
  }

  /**
   * Tells whether all four values are present and non-blank, as a voice update needs.
   *
   * @return true if this state can be sent to Lavalink
   */
  public boolean isComplete() {
    return !token.isBlank() && !endpoint.isBlank() && !sessionId.isBlank()
        && channelId != null && !channelId.isBlank();
  }

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "VoiceState[endpoint=" + endpoint + ", sessionId=" + sessionId + ", channelId="
        + channelId + ", token=" + (token.isEmpty() ? "" : "<redacted>") + "]";
  }
}
