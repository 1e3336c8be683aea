package dev.tonearm.internal.player;

import dev.tonearm.player.VoiceState;
import org.jspecify.annotations.Nullable;

/**
 * Collects the two halves of Discord's voice handshake for one guild: the bot's
 * VOICE_STATE_UPDATE (channel and session) and the VOICE_SERVER_UPDATE (token and endpoint), in
 * whichever order they come. Not thread-safe; the player guards it.
 */
final class VoiceAssembler {
  private long channelId;
  private @Nullable String sessionId;
  private @Nullable String token;
  private @Nullable String endpoint;
  private @Nullable VoiceState sent;

  /** Records the bot's voice state; a channel of 0 means it left. */
  void onStateUpdate(long channelId, String sessionId) {
    this.channelId = channelId;
    this.sessionId = sessionId;
  }

  /**
   * Records a voice server. A null endpoint means Discord is moving the guild to another server:
   * the update is ignored and the next one carries the new endpoint.
   *
   * @return false if the update was ignored
   */
  boolean onServerUpdate(String token, @Nullable String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return false;
    }
    this.token = token;
    this.endpoint = endpoint;
    return true;
  }

  long channelId() {
    return channelId;
  }

  @Nullable String sessionId() {
    return sessionId;
  }

  @Nullable String token() {
    return token;
  }

  @Nullable String endpoint() {
    return endpoint;
  }

  /** Returns the complete state if it differs from what was last sent, else null. */
  @Nullable VoiceState unsent() {
    VoiceState current = current();
    return current == null || current.equals(sent) ? null : current;
  }

  /** Returns the complete state, or null while a part is missing. */
  @Nullable VoiceState current() {
    if (channelId == 0 || sessionId == null || token == null || endpoint == null) {
      return null;
    }
    return new VoiceState(token, endpoint, sessionId, Long.toUnsignedString(channelId));
  }

  void markSent(@Nullable VoiceState state) {
    sent = state;
  }

  /** Whether the state was sent and confirmed. */
  boolean isSent() {
    return sent != null && sent.equals(current());
  }

  /** Forgets everything after the bot left its channel. */
  void clear() {
    channelId = 0;
    sessionId = null;
    token = null;
    endpoint = null;
    sent = null;
  }

  /** Says what is missing, for the error of a track that waited too long for voice. */
  String describeMissing() {
    if (channelId == 0 || sessionId == null) {
      return "no VOICE_STATE_UPDATE for the bot in a voice channel of this guild: the bot has not"
          + " joined a channel (connect first)";
    }
    if (token == null || endpoint == null) {
      return "no VOICE_SERVER_UPDATE with an endpoint for this guild: check the bot's Connect"
          + " permission on the channel and that the voice server is not being reallocated";
    }
    return "the voice update was not confirmed by the node";
  }
}
