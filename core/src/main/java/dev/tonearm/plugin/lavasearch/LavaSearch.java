package dev.tonearm.plugin.lavasearch;

import dev.tonearm.ProtocolException;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import dev.tonearm.node.Node;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.plugin.PluginRequests;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.PlaylistInfo;
import dev.tonearm.track.Track;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The LavaSearch plugin ({@code lavasearch-plugin}): one search for tracks, albums, artists,
 * playlists and texts, on {@code GET /v4/loadsearch}.
 *
 * <pre>{@code
 * LavaSearch.search(node, "spsearch:architects", EnumSet.of(SearchType.TRACK, SearchType.ALBUM))
 *     .thenAccept(result -> result.albums().forEach(album -> log.info(album.info().name())));
 * }</pre>
 */
public final class LavaSearch {
  /** The plugin's name as nodes list it. */
  public static final String NAME = "lavasearch-plugin";

  private static final LavalinkPlugin PLUGIN = () -> NAME;

  private LavaSearch() {}

  /** {@return the plugin to register with {@code Lavalink.builder(...).plugin(...)}} */
  public static LavalinkPlugin plugin() {
    return PLUGIN;
  }

  /**
   * Searches.
   *
   * @param node the node to ask
   * @param query the search with a source's prefix, such as {@code spsearch:architects}
   * @param types what to look for
   * @return a future of what was found, {@link SearchResult#EMPTY} if nothing; fails with a
   *     {@link dev.tonearm.node.PluginUnavailableException} naming the plugin and the node if the
   *     node does not have LavaSearch, and with a {@link ProtocolException} if the answer does
   *     not fit the plugin's documented shape
   * @throws IllegalArgumentException if {@code query} is blank or {@code types} is empty
   */
  public static CompletableFuture<SearchResult> search(Node node, String query, Set<SearchType> types) {
    if (query.isBlank()) {
      throw new IllegalArgumentException("a search needs a non-blank query");
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a search needs at least one type");
    }
    String typeList = types.stream().sorted().map(SearchType::wireName).collect(Collectors.joining(","));
    return PluginRequests.call(node, NAME, "searching '" + query + "'", "GET", "/v4/loadsearch?query="
        + LavalinkRest.encodeQueryValue(query) + "&types=" + typeList, null)
        .thenApply(LavaSearch::result);
  }

  /**
   * Reads the route's answer.
   *
   * @param json the answer, JSON null for the route's 204
   * @return the result
   * @throws ProtocolException if the answer does not fit the plugin's documented shape
   */
  public static SearchResult result(JsonView json) {
    if (json.isNull()) {
      return SearchResult.EMPTY;
    }
    try {
      return new SearchResult(
          list(json, "tracks", LavaSearch::track),
          list(json, "albums", LavaSearch::playlist),
          list(json, "artists", LavaSearch::playlist),
          list(json, "playlists", LavaSearch::playlist),
          list(json, "texts", text -> new SearchText(text.getString("text"),
              text.find("plugin").orElse(JsonView.emptyObject()))),
          json.find("plugin").orElse(JsonView.emptyObject()));
    } catch (JsonViewException | IllegalStateException e) {
      throw new ProtocolException(null, "LavaSearch answer: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(JsonView json, String name, Function<JsonView, T> reader) {
    return json.find(name).map(found -> found.elements().stream().map(reader).toList())
        .orElse(List.of());
  }

  private static Track track(JsonView json) {
    return ProtocolDecoder.track(JsonTrees.tree(json).getAsJsonObject(), "tracks[]");
  }

  private static LoadResult.PlaylistLoaded playlist(JsonView json) {
    JsonView info = json.get("info");
    return new LoadResult.PlaylistLoaded(
        new PlaylistInfo(info.getString("name"), info.findLong("selectedTrack").orElse(-1L).intValue()),
        list(json, "tracks", LavaSearch::track),
        json.find("pluginInfo").orElse(JsonView.emptyObject()));
  }
}
