package dev.tonearm.track;

import dev.tonearm.json.JsonView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading an identifier (a URL or a search such as {@code ytsearch:query}).
 *
 * <p>Test for each case (or, on Java 21, switch over the sealed type):
 *
 * <pre>{@code
 * if (result instanceof LoadResult.TrackLoaded loaded) {
 *   player.play(loaded.track());
 * } else if (result instanceof LoadResult.PlaylistLoaded playlist) {
 *   player.queue().addAll(playlist.tracks());
 * } else if (result instanceof LoadResult.SearchLoaded search && !search.tracks().isEmpty()) {
 *   player.play(search.tracks().get(0));
 * } else if (result instanceof LoadResult.Failed failed) {
 *   reply("Could not load: " + failed.error().message());
 * } else {
 *   reply("Nothing found");
 * }
 * }</pre>
 */
public sealed interface LoadResult {

  /**
   * The identifier resolved to a single track.
   *
   * @param track the track
   */
  record TrackLoaded(Track track) implements LoadResult {
    /**
     * Creates the record.
     *
     * @param track the track
     * @throws NullPointerException if {@code track} is null
     */
    public TrackLoaded {
      Objects.requireNonNull(track, "track");
    }
  }

  /**
   * The identifier resolved to a playlist.
   *
   * @param info the playlist's name and selected track
   * @param tracks the playlist's tracks, in order; unmodifiable
   * @param pluginInfo what plugins attached to the playlist, a JSON object
   */
  record PlaylistLoaded(PlaylistInfo info, List<Track> tracks, JsonView pluginInfo)
      implements LoadResult {
    /**
     * Creates the record with a copy of the track list, so it stays immutable.
     *
     * @param info the playlist's name and selected track
     * @param tracks the playlist's tracks, in order; unmodifiable
     * @param pluginInfo what plugins attached to the playlist, a JSON object
     * @throws NullPointerException if an argument is null
     */
    public PlaylistLoaded {
      Objects.requireNonNull(info, "info");
      tracks = List.copyOf(tracks);
      Objects.requireNonNull(pluginInfo, "pluginInfo");
    }

    /**
     * Returns the track the link pointed at, if it named one that is in the playlist.
     *
     * @return the selected track, or empty
     */
    public Optional<Track> selectedTrack() {
      int index = info.selectedTrack();
      return index >= 0 && index < tracks.size() ? Optional.of(tracks.get(index)) : Optional.empty();
    }
  }

  /**
   * The identifier was a search, which found these tracks (possibly none).
   *
   * @param tracks the results, best first; unmodifiable
   */
  record SearchLoaded(List<Track> tracks) implements LoadResult {
    /**
     * Creates the record with a copy of the track list, so it stays immutable.
     *
     * @param tracks the results, best first; unmodifiable
     * @throws NullPointerException if {@code tracks} is null
     */
    public SearchLoaded {
      tracks = List.copyOf(tracks);
    }
  }

  /** Nothing matched the identifier. */
  record Empty() implements LoadResult {}

  /**
   * Loading failed; Lavalink answers this with HTTP 200, so it is a result and not an exception.
   *
   * @param error what went wrong
   */
  record Failed(TrackError error) implements LoadResult {
    /**
     * Creates the record.
     *
     * @param error what went wrong
     * @throws NullPointerException if {@code error} is null
     */
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
