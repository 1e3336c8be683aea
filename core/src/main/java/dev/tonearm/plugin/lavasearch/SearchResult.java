package dev.tonearm.plugin.lavasearch;

import dev.tonearm.json.JsonView;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.util.List;
import java.util.Objects;

/**
 * What a LavaSearch search found; each list is empty unless its type was asked for. Albums,
 * artists and playlists come without their tracks: load one by its URL (in LavaSrc's plugin info)
 * to get them.
 *
 * @param tracks the tracks found; unmodifiable
 * @param albums the albums found; unmodifiable
 * @param artists the artists found; unmodifiable
 * @param playlists the playlists found; unmodifiable
 * @param texts the texts found; unmodifiable
 * @param plugin what the source added
 */
public record SearchResult(List<Track> tracks, List<LoadResult.PlaylistLoaded> albums,
    List<LoadResult.PlaylistLoaded> artists, List<LoadResult.PlaylistLoaded> playlists,
    List<SearchText> texts, JsonView plugin) {

  /** Nothing found; what the route's 204 answer means. */
  public static final SearchResult EMPTY = new SearchResult(List.of(), List.of(), List.of(),
      List.of(), List.of(), JsonView.emptyObject());

  /**
   * Creates the record with copies of the lists.
   *
   * @param tracks the tracks found
   * @param albums the albums found
   * @param artists the artists found
   * @param playlists the playlists found
   * @param texts the texts found
   * @param plugin what the source added
   * @throws NullPointerException if an argument is null
   */
  public SearchResult {
    tracks = List.copyOf(tracks);
    albums = List.copyOf(albums);
    artists = List.copyOf(artists);
    playlists = List.copyOf(playlists);
    texts = List.copyOf(texts);
    Objects.requireNonNull(plugin, "plugin");
  }
}
