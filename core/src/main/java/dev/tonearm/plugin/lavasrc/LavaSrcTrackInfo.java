package dev.tonearm.plugin.lavasrc;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import dev.tonearm.track.Track;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What LavaSrc adds to the tracks of its sources, in their plugin info.
 *
 * @param albumName the album's name, or null
 * @param albumUrl the album's URL, or null
 * @param albumArtUrl the album art's URL, or null (older versions of the plugin)
 * @param artistUrl the artist's URL, or null
 * @param artistArtworkUrl the artist's artwork URL, or null
 * @param previewUrl the URL of a preview, or null
 * @param isPreview true if the track is only a preview
 * @param isLocal for Spotify tracks, true if the track is a local file of a playlist; null for
 *     other sources
 */
public record LavaSrcTrackInfo(@Nullable String albumName, @Nullable String albumUrl,
    @Nullable String albumArtUrl, @Nullable String artistUrl, @Nullable String artistArtworkUrl,
    @Nullable String previewUrl, boolean isPreview, @Nullable Boolean isLocal) {

  /**
   * Reads LavaSrc's fields from a track's plugin info.
   *
   * @param track the track
   * @return the fields, or empty if the track did not come from LavaSrc (no {@code isPreview})
   * @throws JsonViewException if a field has another type than LavaSrc gives it
   */
  public static Optional<LavaSrcTrackInfo> of(Track track) {
    JsonView info = track.pluginInfo();
    return info.findBoolean("isPreview").map(isPreview -> new LavaSrcTrackInfo(
        info.findString("albumName").orElse(null),
        info.findString("albumUrl").orElse(null),
        info.findString("albumArtUrl").orElse(null),
        info.findString("artistUrl").orElse(null),
        info.findString("artistArtworkUrl").orElse(null),
        info.findString("previewUrl").orElse(null),
        isPreview,
        info.findBoolean("isLocal").orElse(null)));
  }
}
