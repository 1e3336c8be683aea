package dev.tonearm.plugin.lavasrc;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import dev.tonearm.track.LoadResult;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What LavaSrc adds to the playlists of its sources, in their plugin info.
 *
 * @param type what kind of playlist it is
 * @param url the playlist's URL, or null
 * @param artworkUrl the playlist's artwork URL, or null
 * @param author the playlist's author, or null
 * @param totalTracks how many tracks the playlist has on its source (may be more than were
 *     loaded), or null
 */
public record LavaSrcPlaylistInfo(Type type, @Nullable String url, @Nullable String artworkUrl,
    @Nullable String author, @Nullable Integer totalTracks) {

  /**
   * Creates the record.
   *
   * @param type what kind of playlist it is
   * @param url the playlist's URL, or null
   * @param artworkUrl the playlist's artwork URL, or null
   * @param author the playlist's author, or null
   * @param totalTracks how many tracks the playlist has on its source, or null
   * @throws NullPointerException if {@code type} is null
   */
  public LavaSrcPlaylistInfo {
    Objects.requireNonNull(type, "type");
  }

  /** What kind of playlist LavaSrc loaded. */
  public enum Type {
    /** An album. */
    ALBUM,
    /** A playlist. */
    PLAYLIST,
    /** An artist's top tracks. */
    ARTIST,
    /** Recommendations. */
    RECOMMENDATIONS,
    /** A type this version of Tonearm does not know. */
    UNKNOWN
  }

  /**
   * Reads LavaSrc's fields from a playlist's plugin info.
   *
   * @param playlist the loaded playlist
   * @return the fields, or empty if the playlist did not come from LavaSrc (no {@code type})
   * @throws JsonViewException if a field has another type than LavaSrc gives it
   */
  public static Optional<LavaSrcPlaylistInfo> of(LoadResult.PlaylistLoaded playlist) {
    JsonView info = playlist.pluginInfo();
    return info.findString("type").map(type -> new LavaSrcPlaylistInfo(type(type),
        info.findString("url").orElse(null),
        info.findString("artworkUrl").orElse(null),
        info.findString("author").orElse(null),
        info.find("totalTracks").map(JsonView::asInt).orElse(null)));
  }

  private static Type type(String wire) {
    try {
      return Type.valueOf(wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return Type.UNKNOWN;
    }
  }
}
