package dev.tonearm.rest;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.json.JsonView;
import dev.tonearm.internal.protocol.FiltersJson;
import dev.tonearm.player.Filters;
import dev.tonearm.player.VoiceState;
import dev.tonearm.track.Track;
import java.util.Objects;

/**
 * The body of a player update ({@code PATCH /v4/sessions/{session}/players/{guild}}).
 *
 * <p>Only what the builder was told is sent: an update that sets the volume sends the volume and
 * nothing else, so the node keeps everything else as it is. {@link Builder#stopTrack()} and
 * {@link Builder#clearEndTime()} send explicit nulls, which the node reads as "clear".
 *
 * <p>The node applies the parts in a fixed order: voice, pause, user data, volume, position, end
 * time, filters, then the new track.
 *
 * <pre>{@code
 * PlayerUpdate update = PlayerUpdate.builder().track(track).position(30_000).volume(80).build();
 * }</pre>
 */
public final class PlayerUpdate {
  private final JsonObject body;
  private final boolean noReplace;

  private PlayerUpdate(JsonObject body, boolean noReplace) {
    this.body = body;
    this.noReplace = noReplace;
  }

  /** {@return a builder for an update that changes nothing until told to} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the JSON body this update sends} */
  public String toJson() {
    return body.toString();
  }

  /**
   * Tells whether a new track in this update is skipped when the player already has one.
   *
   * @return the {@code noReplace} query parameter
   */
  public boolean noReplace() {
    return noReplace;
  }

  /** {@return whether this update changes nothing} */
  public boolean isEmpty() {
    return body.size() == 0;
  }

  /** Shows the body with the voice token hidden. */
  @Override
  public String toString() {
    JsonObject shown = body;
    if (body.has("voice")) {
      shown = body.deepCopy();
      shown.getAsJsonObject("voice").addProperty("token", "<redacted>");
    }
    return "PlayerUpdate" + (noReplace ? "[noReplace]" : "") + shown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlayerUpdate other && noReplace == other.noReplace && body.equals(other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, noReplace);
  }

  /** Collects the parts of a player update. Not thread-safe; each call replaces earlier ones. */
  public static final class Builder {
    private final JsonObject body = new JsonObject();
    private final JsonObject track = new JsonObject();
    private boolean noReplace;

    private Builder() {}

    /**
     * Plays a track, with its user data. The position encoded in the track is where playback
     * starts unless {@link #position(long)} is also given.
     *
     * @param newTrack the track to play
     * @return this builder
     */
    public Builder track(Track newTrack) {
      encodedTrack(newTrack.encoded());
      JsonView userData = newTrack.userData();
      if (!userData.isEmpty()) {
        track.add("userData", JsonTrees.tree(userData));
      } else {
        track.remove("userData");
      }
      return this;
    }

    /**
     * Plays a track given by its encoded string.
     *
     * @param encoded the base64 track
     * @return this builder
     */
    public Builder encodedTrack(String encoded) {
      track.remove("identifier");
      track.addProperty("encoded", Objects.requireNonNull(encoded, "encoded"));
      return this;
    }

    /**
     * Plays whatever the node resolves the identifier to; it must resolve to a single track, or
     * the node answers 400.
     *
     * @param identifier a URL or a search such as {@code ytsearch:query}
     * @return this builder
     * @throws IllegalArgumentException if {@code identifier} is blank
     */
    public Builder identifier(String identifier) {
      if (identifier.isBlank()) {
        throw new IllegalArgumentException("identifier must not be blank");
      }
      track.remove("encoded");
      track.addProperty("identifier", identifier);
      return this;
    }

    /**
     * Stops the current track (sends {@code track.encoded: null}); the node emits a track end
     * with reason {@code stopped}.
     *
     * @return this builder
     */
    public Builder stopTrack() {
      track.remove("identifier");
      track.add("encoded", JsonNull.INSTANCE);
      return this;
    }

    /**
     * Sets the user data of the new track, or, without a new track, replaces the current track's.
     *
     * @param userData a JSON object; {@link JsonView#of(Object)} makes one from a record
     * @return this builder
     * @throws IllegalArgumentException if {@code userData} is not a JSON object
     */
    public Builder userData(JsonView userData) {
      if (!userData.isObject()) {
        throw new IllegalArgumentException("user data must be a JSON object, but is " + userData);
      }
      track.add("userData", JsonTrees.tree(userData));
      return this;
    }

    /**
     * Seeks, or with a new track sets where it starts.
     *
     * @param positionMs the position in milliseconds
     * @return this builder
     * @throws IllegalArgumentException if {@code positionMs} is negative
     */
    public Builder position(long positionMs) {
      if (positionMs < 0) {
        throw new IllegalArgumentException("position must be >= 0 ms, was " + positionMs);
      }
      body.addProperty("position", positionMs);
      return this;
    }

    /**
     * Sets where the track ends; the node then ends it with reason {@code finished}.
     *
     * @param endTimeMs the end position in milliseconds
     * @return this builder
     * @throws IllegalArgumentException if {@code endTimeMs} is not positive
     */
    public Builder endTime(long endTimeMs) {
      if (endTimeMs <= 0) {
        throw new IllegalArgumentException("endTime must be > 0 ms, was " + endTimeMs);
      }
      body.addProperty("endTime", endTimeMs);
      return this;
    }

    /**
     * Removes the end time (sends {@code endTime: null}).
     *
     * @return this builder
     */
    public Builder clearEndTime() {
      body.add("endTime", JsonNull.INSTANCE);
      return this;
    }

    /**
     * Sets the player volume.
     *
     * @param volume the volume in percent, 0 to 1000; 100 leaves the audio unchanged
     * @return this builder
     * @throws IllegalArgumentException if {@code volume} is outside 0 to 1000
     */
    public Builder volume(int volume) {
      if (volume < 0 || volume > 1000) {
        throw new IllegalArgumentException("volume must be in [0, 1000], was " + volume);
      }
      body.addProperty("volume", volume);
      return this;
    }

    /**
     * Pauses or resumes; with a new track, whether it starts paused.
     *
     * @param paused true to pause
     * @return this builder
     */
    public Builder paused(boolean paused) {
      body.addProperty("paused", paused);
      return this;
    }

    /**
     * Replaces all filters of the player; {@link Filters#NONE} removes them all.
     *
     * @param filters the filters to apply
     * @return this builder
     */
    public Builder filters(Filters filters) {
      body.add("filters", FiltersJson.toJson(filters));
      return this;
    }

    /**
     * Gives the player its Discord voice credentials.
     *
     * @param voice the complete voice state
     * @return this builder
     * @throws IllegalArgumentException if a value is missing or blank; Lavalink 4.2 refuses a
     *     voice state without all of token, endpoint, session id and channel id
     */
    public Builder voice(VoiceState voice) {
      if (!voice.isComplete()) {
        throw new IllegalArgumentException(
            "voice needs a non-blank token, endpoint, sessionId and channelId, was " + voice);
      }
      JsonObject json = new JsonObject();
      json.addProperty("token", voice.token());
      json.addProperty("endpoint", voice.endpoint());
      json.addProperty("sessionId", voice.sessionId());
      json.addProperty("channelId", voice.channelId());
      body.add("voice", json);
      return this;
    }

    /**
     * Skips the new track if the player already has one.
     *
     * @param noReplace true to keep a playing track
     * @return this builder
     */
    public Builder noReplace(boolean noReplace) {
      this.noReplace = noReplace;
      return this;
    }

    /** {@return the update; the builder may be reused} */
    public PlayerUpdate build() {
      JsonObject result = body.deepCopy();
      if (track.size() > 0) {
        result.add("track", track.deepCopy());
      }
      return new PlayerUpdate(result, noReplace);
    }
  }
}
