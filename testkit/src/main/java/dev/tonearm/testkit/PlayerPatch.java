package dev.tonearm.testkit;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.LoadItem.ErrorItem;
import dev.tonearm.testkit.LoadItem.TrackItem;
import dev.tonearm.track.DecodedTrack;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A player update ({@code PATCH /v4/sessions/{sessionId}/players/{guildId}}), read with the same
 * absent/null/value semantics as Lavalink's {@code PlayerUpdate}, and applied in its order: voice,
 * pause, user data, volume, seek, end time, filters, then the new track.
 */
final class PlayerPatch {
  private static final String VOICE_STATE = "dev.arbjerg.lavalink.protocol.v4.VoiceState";

  /** A field that was present in the request, holding its value, which may be null. */
  private record Present<T>(@Nullable T value) {}

  private @Nullable Present<JsonObject> track;
  private @Nullable Present<String> encoded;
  private @Nullable Present<String> identifier;
  private @Nullable Present<JsonObject> userData;
  private boolean deprecatedTrackFields;
  private @Nullable Present<Long> position;
  private @Nullable Present<Long> endTime;
  private @Nullable Present<Integer> volume;
  private @Nullable Present<Boolean> paused;
  private Filters.@Nullable Parsed filters;
  private @Nullable List<@Nullable String> voice;

  private PlayerPatch() {}

  /**
   * Reads a request body; a body that the real node could not deserialize fails here with a 400,
   * before the session is even looked up.
   */
  static PlayerPatch parse(JsonObject body, NodeVersion version) {
    PlayerPatch patch = new PlayerPatch();
    if (body.has("track")) {
      JsonObject track = StrictJson.object(body, "track");
      patch.track = new Present<>(track);
      if (track.has("encoded")) {
        patch.encoded = new Present<>(StrictJson.nullableString(track, "encoded"));
      }
      if (track.has("identifier")) {
        patch.identifier = new Present<>(StrictJson.string(track, "identifier"));
      }
      if (track.has("userData")) {
        patch.userData = new Present<>(StrictJson.object(track, "userData"));
      }
    }
    if (body.has("encodedTrack")) {
      patch.deprecatedTrackFields = true;
      String value = StrictJson.nullableString(body, "encodedTrack");
      if (patch.track == null) {
        patch.encoded = new Present<>(value);
      }
    }
    if (body.has("identifier")) {
      patch.deprecatedTrackFields = true;
      String value = StrictJson.string(body, "identifier");
      if (patch.track == null) {
        patch.identifier = new Present<>(value);
      }
    }
    if (body.has("position")) {
      patch.position = new Present<>(StrictJson.longValue(body, "position"));
    }
    if (body.has("endTime")) {
      patch.endTime = new Present<>(StrictJson.nullableLong(body, "endTime"));
    }
    if (body.has("volume")) {
      patch.volume = new Present<>(StrictJson.intValue(body, "volume"));
    }
    if (body.has("paused")) {
      patch.paused = new Present<>(StrictJson.bool(body, "paused"));
    }
    if (body.has("filters")) {
      patch.filters = Filters.parse(StrictJson.object(body, "filters"));
    }
    if (body.has("voice")) {
      JsonObject voice = StrictJson.object(body, "voice");
      boolean withChannel = version.atLeast(4, 2);
      if (withChannel) {
        StrictJson.requireFields(voice, VOICE_STATE, "$.voice", "token", "endpoint", "sessionId",
            "channelId");
      } else {
        StrictJson.requireFields(voice, VOICE_STATE, "$.voice", "token", "endpoint", "sessionId");
      }
      List<@Nullable String> values = new ArrayList<>();
      values.add(StrictJson.string(voice, "token"));
      values.add(StrictJson.string(voice, "endpoint"));
      values.add(StrictJson.string(voice, "sessionId"));
      values.add(withChannel ? StrictJson.nullableString(voice, "channelId") : null);
      patch.voice = values;
    }
    return patch;
  }

  /** Returns the voice endpoint the update carries, or null if it has no voice state. */
  @Nullable String voiceEndpoint() {
    return voice == null ? null : voice.get(1);
  }

  /**
   * Applies the update to the guild's player, creating it, and returns the player JSON.
   *
   * @param voiceRefused whether the voice endpoint refused the connection; then the player is
   *     created but the update goes no further and is never answered
   * @throws StalledRequest if {@code voiceRefused}
   */
  JsonObject apply(FakeLavalink node, FakeSession session, long guildId, boolean noReplace,
      boolean voiceRefused) {
    if (track != null && deprecatedTrackFields) {
      throw HttpError.badRequest("Cannot specify both track and encodedTrack/identifier");
    }
    if (encoded != null && identifier != null) {
      throw HttpError.badRequest("Cannot specify both encodedTrack and identifier");
    }
    if (filters != null) {
      List<String> disabled = filters.named().stream().filter(node.disabledFilters::contains)
          .toList();
      if (!disabled.isEmpty()) {
        throw HttpError.badRequest(
            "Following filters are disabled in the config: " + String.join(", ", disabled));
      }
    }
    List<@Nullable String> voiceState = voice;
    if (voiceState != null) {
      boolean needsChannel = node.version.atLeast(4, 2);
      if (voiceState.subList(0, 3).stream().anyMatch(value -> value == null || value.isBlank())
          || needsChannel && (voiceState.get(3) == null || voiceState.get(3).isBlank())) {
        throw HttpError.badRequest(
            "token, endpoint, sessionId and channelId must be provided in voice state");
      }
    }
    if (endTime != null && endTime.value() != null && endTime.value() <= 0) {
      throw HttpError.badRequest("End time must be greater than 0");
    }

    FakePlayer player = session.playerFor(guildId);
    boolean newTrack = encoded != null || identifier != null;

    if (voiceState != null) {
      if (voiceRefused) {
        throw new StalledRequest("voice endpoint " + voiceState.get(1) + " refused the connection");
      }
      if (node.failingVoice()) {
        throw HttpError.of(500, "Failed to connect to voice server");
      }
      String channelId = voiceState.get(3);
      if (channelId != null) {
        try {
          Long.parseLong(channelId);
        } catch (NumberFormatException e) {
          throw HttpError.uncaught("java.lang.NumberFormatException: For input string: \""
              + channelId + "\"");
        }
      }
      player.connectVoice(nonNull(voiceState.get(0)), nonNull(voiceState.get(1)),
          nonNull(voiceState.get(2)), channelId);
    }
    if (paused != null && !newTrack) {
      player.pause(Boolean.TRUE.equals(paused.value()));
    }
    if (userData != null && !newTrack) {
      player.userData(nonNull(userData.value()));
    }
    if (volume != null) {
      player.volume(nonNull(volume.value()));
    }
    if (position != null && !newTrack) {
      player.seek(nonNull(position.value()));
    }
    if (endTime != null && !newTrack) {
      player.endTime(endTime.value());
    }
    if (filters != null) {
      if (filters.badBand()) {
        throw HttpError.uncaught("java.lang.ArrayIndexOutOfBoundsException");
      }
      player.filters(filters);
    }
    if (newTrack) {
      if (noReplace && player.hasTrack()) {
        return player.toJson();
      }
      player.pause(paused != null && Boolean.TRUE.equals(paused.value()));
      TrackItem loaded = encoded != null ? decode(node, encoded.value()) : load(node);
      if (loaded == null) {
        player.stop();
      } else {
        DecodedTrack decoded = loaded.decoded();
        long start = position != null ? nonNull(position.value()) : decoded.info().position();
        JsonObject data = userData != null ? nonNull(userData.value()) : new JsonObject();
        Long end = endTime != null ? endTime.value() : null;
        player.play(decoded, loaded.encoded(), start, data, end);
      }
    }
    return player.toJson();
  }

  private static @Nullable TrackItem decode(FakeLavalink node, @Nullable String value) {
    if (value == null) {
      return null;
    }
    return new TrackItem(node.decode(value), value);
  }

  private TrackItem load(FakeLavalink node) {
    LoadItem item = node.resolve(nonNull(nonNull(identifier).value()));
    if (item instanceof TrackItem track) {
      return track;
    }
    if (item instanceof ErrorItem error) {
      throw HttpError.badRequest(error.message());
    }
    throw HttpError.badRequest(item == null
        ? "No matches found for identifier"
        : "Cannot play a playlist or search result");
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("A required value was null");
    }
    return value;
  }
}
