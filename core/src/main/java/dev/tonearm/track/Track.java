package dev.tonearm.track;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.Objects;

/**
 * A playable track: Lavalink's encoded string, its metadata, what plugins attached to it and the
 * data the bot attached to it.
 *
 * <p>Instances are immutable, and so are the {@link JsonView}s of plugin info and user data, so
 * reading them copies nothing. Two tracks are equal when all four parts are equal.
 *
 * <p>Note that Lavalink encodes the position into {@link #encoded()}: a track taken from a player
 * or an event resumes where it was when it is played again, unless a start position is given.
 */
public final class Track {
  private final String encoded;
  private final TrackInfo info;
  private final JsonView pluginInfo;
  private final JsonView userData;

  /**
   * Creates a track.
   *
   * @param encoded the base64 string Lavalink uses to identify the track
   * @param info the track's metadata
   * @param pluginInfo what plugins attached to the track, a JSON object
   * @param userData what the bot attached to the track, a JSON object
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code pluginInfo} or {@code userData} is not an object
   */
  public Track(String encoded, TrackInfo info, JsonView pluginInfo, JsonView userData) {
    this.encoded = Objects.requireNonNull(encoded, "encoded");
    this.info = Objects.requireNonNull(info, "info");
    this.pluginInfo = object(pluginInfo, "pluginInfo");
    this.userData = object(userData, "userData");
  }

  private static JsonView object(JsonView view, String name) {
    if (!Objects.requireNonNull(view, name).isObject()) {
      throw new IllegalArgumentException(name + " must be a JSON object, but is " + view.toJson());
    }
    return view;
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
    return new Track(encoded, info, JsonView.emptyObject(), JsonView.emptyObject());
  }

  /** {@return the base64 string Lavalink uses to identify and play this track} */
  public String encoded() {
    return encoded;
  }

  /** {@return the track's metadata} */
  public TrackInfo info() {
    return info;
  }

  /** {@return what plugins attached to this track, a JSON object; empty if nothing} */
  public JsonView pluginInfo() {
    return pluginInfo;
  }

  /** {@return the data the bot attached to this track, a JSON object; empty if nothing} */
  public JsonView userData() {
    return userData;
  }

  /**
   * Reads the user data as an object of the given type, such as a record of the bot's own.
   *
   * @param type the class to read the user data as
   * @param <T> the type
   * @return the user data bound to {@code type}
   * @throws JsonViewException if the user data does not fit {@code type}
   */
  public <T> T userData(Class<T> type) {
    return userData.as(type);
  }

  /**
   * Returns a copy of this track with other user data.
   *
   * @param data a {@link JsonView} of an object, or any object that converts to a JSON object
   *     (a record of the bot's own, a map), as {@link JsonView#of(Object)} converts it
   * @return the new track; this one is unchanged
   * @throws IllegalArgumentException if {@code data} does not convert to a JSON object
   * @throws JsonViewException if {@code data} cannot be converted to JSON
   */
  public Track withUserData(Object data) {
    JsonView view = JsonView.of(Objects.requireNonNull(data, "data"));
    if (!view.isObject()) {
      throw new IllegalArgumentException(
          "user data must convert to a JSON object, but " + data.getClass().getName()
              + " converted to " + view.toJson());
    }
    return new Track(encoded, info, pluginInfo, view);
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
