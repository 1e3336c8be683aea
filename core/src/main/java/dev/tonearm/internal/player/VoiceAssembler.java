package dev.tonearm.internal.player;

import dev.tonearm.player.VoiceState;
import java.util.Objects;
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
  // What was last sent, kept as parts rather than a VoiceState: the strings are those above, and
  // a player keeps this for as long as it is in a channel.
  private long sentChannelId;
  private @Nullable String sentSessionId;
  private @Nullable String sentToken;
  private @Nullable String sentEndpoint;

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
    return isComplete() && !isCurrentSent() ? current() : null;
  }

  private boolean isComplete() {
    return channelId != 0 && sessionId != null && token != null && endpoint != null;
  }

  private boolean isCurrentSent() {
    return sentChannelId == channelId && Objects.equals(sentSessionId, sessionId)
        && Objects.equals(sentToken, token) && Objects.equals(sentEndpoint, endpoint);
  }

  /** Returns the complete state, or null while a part is missing. */
  @Nullable VoiceState current() {
    if (channelId == 0 || sessionId == null || token == null || endpoint == null) {
      return null;
    }
    return new VoiceState(token, endpoint, sessionId, Long.toUnsignedString(channelId));
  }

  /** Records what was sent, or with null that nothing was. */
  void markSent(@Nullable VoiceState state) {
    if (state == null) {
      sentChannelId = 0;
      sentSessionId = null;
      sentToken = null;
      sentEndpoint = null;
      return;
    }
    String sentChannel = state.channelId();
    sentChannelId = sentChannel == null ? 0 : Long.parseUnsignedLong(sentChannel);
    // The same strings as the current ones when they are equal, so nothing is held twice.
    sentSessionId = state.sessionId().equals(sessionId) ? sessionId : state.sessionId();
    sentToken = state.token().equals(token) ? token : state.token();
    sentEndpoint = state.endpoint().equals(endpoint) ? endpoint : state.endpoint();
  }

  /** Whether the state was sent and confirmed. */
  boolean isSent() {
    return isComplete() && isCurrentSent();
  }

  /** Forgets everything after the bot left its channel. */
  void clear() {
    channelId = 0;
    sessionId = null;
    token = null;
    endpoint = null;
    markSent(null);
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
