package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.json.JsonView;
import dev.tonearm.player.Player;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.plugin.PluginEventDecoder;
import dev.tonearm.plugin.PluginRequests;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The SponsorBlock plugin ({@code sponsorblock-plugin}): which segments of YouTube tracks a
 * player skips, and its events when segments and chapters load and play.
 *
 * <p>Register {@link #plugin()} with {@code Lavalink.builder(...).plugin(SponsorBlock.plugin())}
 * to get {@link SegmentsLoaded}, {@link SegmentSkipped}, {@link ChaptersLoaded} and
 * {@link ChapterStarted} typed. Every call fails with a
 * {@link dev.tonearm.node.PluginUnavailableException} naming the plugin and the node if the
 * player's node does not have the plugin.
 */
public final class SponsorBlock {
  /** The plugin's name as nodes list it. */
  public static final String NAME = "sponsorblock-plugin";

  /** The segment categories SponsorBlock knows. */
  public static final Set<String> CATEGORIES = Set.of("sponsor", "selfpromo", "interaction",
      "intro", "outro", "preview", "music_offtopic", "filler");

  private static final String ROUTE = "/sponsorblock/categories";

  private static final LavalinkPlugin PLUGIN = new LavalinkPlugin() {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Map<String, PluginEventDecoder> eventDecoders() {
      return Map.of(
          "SegmentsLoaded", frame -> new SegmentsLoaded(frame.node(), frame.guildId(),
              frame.player(), frame.raw().get("segments").elements().stream().map(Segment::of).toList()),
          "SegmentSkipped", frame -> new SegmentSkipped(frame.node(), frame.guildId(),
              frame.player(), Segment.of(frame.raw().get("segment"))),
          "ChaptersLoaded", frame -> new ChaptersLoaded(frame.node(), frame.guildId(),
              frame.player(), frame.raw().get("chapters").elements().stream().map(Chapter::of).toList()),
          "ChapterStarted", frame -> new ChapterStarted(frame.node(), frame.guildId(),
              frame.player(), Chapter.of(frame.raw().get("chapter"))));
    }
  };

  private SponsorBlock() {}

  /** {@return the plugin to register with {@code Lavalink.builder(...).plugin(...)}} */
  public static LavalinkPlugin plugin() {
    return PLUGIN;
  }

  /**
   * Gets the categories the player skips.
   *
   * @param player the player
   * @return a future of the categories, in the node's order; unmodifiable
   */
  public static CompletableFuture<List<String>> categories(Player player) {
    return PluginRequests.callPlayer(player, NAME, "SponsorBlock categories", "GET", ROUTE, null)
        .thenApply(answer -> answer.isNull() ? List.of()
            : answer.elements().stream().map(JsonView::asString).toList());
  }

  /**
   * Sets the categories the player skips, replacing the ones set before.
   *
   * @param player the player
   * @param categories the categories, from {@link #CATEGORIES}
   * @return a future completed when the node confirmed
   * @throws IllegalArgumentException if a category is not one SponsorBlock knows
   */
  public static CompletableFuture<Void> setCategories(Player player, Collection<String> categories) {
    for (String category : categories) {
      if (!CATEGORIES.contains(category)) {
        throw new IllegalArgumentException("Unknown SponsorBlock category '" + category
            + "'; known: " + CATEGORIES);
      }
    }
    return PluginRequests.callPlayer(player, NAME, "setting SponsorBlock categories", "PUT", ROUTE,
        JsonView.of(List.copyOf(categories))).thenApply(answer -> null);
  }

  /**
   * Stops the player skipping segments.
   *
   * @param player the player
   * @return a future completed when the node confirmed
   */
  public static CompletableFuture<Void> clearCategories(Player player) {
    return PluginRequests.callPlayer(player, NAME, "clearing SponsorBlock categories", "DELETE",
        ROUTE, null).thenApply(answer -> null);
  }
}
