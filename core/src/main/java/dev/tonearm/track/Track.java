package dev.tonearm.track;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A playable track: Lavalink's encoded string, its metadata, what plugins attached to it and the
 * data the bot attached to it.
 *
 * <p>Instances are immutable. The JSON trees are copied on the way in and on the way out, so
 * changing a tree returned by {@link #pluginInfo()} or {@link #userData()} does not change the
 * track. Two tracks are equal when all four parts are equal.
 *
 * <p>Note that Lavalink encodes the position into {@link #encoded()}: a track taken from a player
 * or an event resumes where it was when it is played again, unless a start position is given.
 */
public final class Track {
  private static final Gson GSON = new Gson();
  /**
   * The tree of every track without plugin info or without user data, which is most of them: a
   * bot holds thousands of tracks in its queues. Never changed and never handed out.
   */
  private static final JsonObject EMPTY = new JsonObject();

  private final String encoded;
  private final TrackInfo info;
  private final JsonObject pluginInfo;
  private final JsonObject userData;

  /**
   * Creates a track.
   *
   * @param encoded the base64 string Lavalink uses to identify the track
   * @param info the track's metadata
   * @param pluginInfo what plugins attached to the track; copied
   * @param userData what the bot attached to the track; copied
   * @throws NullPointerException if any argument is null
   */
  public Track(String encoded, TrackInfo info, JsonObject pluginInfo, JsonObject userData) {
    this(encoded, info, copy(pluginInfo), copy(userData), null);
  }

  private static JsonObject copy(JsonObject tree) {
    return tree.size() == 0 ? EMPTY : tree.deepCopy();
  }

  /** Takes the trees as they are; only for trees this class made or copied itself. */
  private Track(String encoded, TrackInfo info, JsonObject pluginInfo, JsonObject userData,
      @Nullable Void owned) {
    this.encoded = Objects.requireNonNull(encoded, "encoded");
    this.info = Objects.requireNonNull(info, "info");
    this.pluginInfo = Objects.requireNonNull(pluginInfo, "pluginInfo");
    this.userData = Objects.requireNonNull(userData, "userData");
  }

  /**
   * Creates a track with empty plugin info and no user data.
   *
   * @param encoded the base64 string Lavalink uses to identify the track
   * @param info the track's metadata
   * @return the track
   * @throws NullPointerException if an argument is null
   */
  public static Track of(String encoded, TrackInfo info) {
    return new Track(encoded, info, EMPTY, EMPTY, null);
  }

  /** {@return the base64 string Lavalink uses to identify and play this track} */
  public String encoded() {
    return encoded;
  }

  /** {@return the track's metadata} */
  public TrackInfo info() {
    return info;
  }

  /** {@return a copy of what plugins attached to this track; empty if nothing} */
  public JsonObject pluginInfo() {
    return pluginInfo.deepCopy();
  }

  /** {@return a copy of the data the bot attached to this track; empty if nothing} */
  public JsonObject userData() {
    return userData.deepCopy();
  }

  /**
   * Reads the user data as an object of the given type, through Gson.
   *
   * @param type the class to read the user data as
   * @param <T> the type
   * @return the user data converted to {@code type}
   * @throws JsonParseException if the user data does not fit {@code type}
   */
  public <T> T userData(Class<T> type) {
    return GSON.fromJson(userData, type);
  }

  /**
   * Returns a copy of this track with other user data.
   *
   * @param data any object that Gson serializes to a JSON object, or a {@link JsonObject}
   * @return the new track; this one is unchanged
   * @throws IllegalArgumentException if {@code data} does not serialize to a JSON object
   */
  public Track withUserData(Object data) {
    JsonElement tree = data instanceof JsonElement element ? element.deepCopy() : GSON.toJsonTree(data);
    if (!tree.isJsonObject()) {
      throw new IllegalArgumentException(
          "user data must serialize to a JSON object, but " + data.getClass().getName()
              + " serialized to " + tree);
    }
    JsonObject owned = tree.getAsJsonObject();
    return new Track(encoded, info, pluginInfo, owned.size() == 0 ? EMPTY : owned, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Track other
        && encoded.equals(other.encoded)
        && info.equals(other.info)
        && pluginInfo.equals(other.pluginInfo)
        && userData.equals(other.userData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoded, info, pluginInfo, userData);
  }

  @Override
  public String toString() {
    return "Track[" + info.title() + " by " + info.author() + ", " + info.sourceName() + ":"
        + info.identifier() + "]";
  }
}
