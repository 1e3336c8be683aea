package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.json.JsonView;
import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.plugin.PluginEventDecoder;
import dev.tonearm.plugin.PluginRequests;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.track.Track;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The LavaLyrics plugin ({@code lavalyrics-plugin}): lyrics of the current track or of any
 * track, and live lines while a track plays.
 *
 * <p>Register {@link #plugin()} with {@code Lavalink.builder(...).plugin(LavaLyrics.plugin())} to
 * get {@link LyricsFoundEvent}, {@link LyricsNotFoundEvent} and {@link LyricsLineEvent} typed.
 * Every call fails with a {@link dev.tonearm.node.PluginUnavailableException} naming the plugin
 * and the node if the node does not have the plugin.
 */
public final class LavaLyrics {
  /** The plugin's name as nodes list it. */
  public static final String NAME = "lavalyrics-plugin";

  private static final LavalinkPlugin PLUGIN = new LavalinkPlugin() {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Map<String, PluginEventDecoder> eventDecoders() {
      return Map.of(
          "LyricsFoundEvent", frame -> new LyricsFoundEvent(frame.node(), frame.guildId(),
              frame.player(), Lyrics.of(frame.raw().get("lyrics"))),
          "LyricsNotFoundEvent", frame -> new LyricsNotFoundEvent(frame.node(), frame.guildId(),
              frame.player()),
          "LyricsLineEvent", frame -> new LyricsLineEvent(frame.node(), frame.guildId(),
              frame.player(), frame.raw().getInt("lineIndex"), LyricsLine.of(frame.raw().get("line")),
              frame.raw().getBoolean("skipped")));
    }
  };

  private LavaLyrics() {}

  /** {@return the plugin to register with {@code Lavalink.builder(...).plugin(...)}} */
  public static LavalinkPlugin plugin() {
    return PLUGIN;
  }

  /**
   * Gets the lyrics of the track the player plays.
   *
   * @param player the player
   * @param skipTrackSource true to ask the highest priority lyrics source rather than the
   *     track's own source first
   * @return a future of the lyrics, empty if none were found; fails with a
   *     {@link dev.tonearm.rest.LavalinkRestException} of status 404 if the player plays nothing
   */
  public static CompletableFuture<Optional<Lyrics>> current(Player player, boolean skipTrackSource) {
    return PluginRequests.callPlayer(player, NAME, "lyrics of the current track", "GET",
        "/track/lyrics?skipTrackSource=" + skipTrackSource, null).thenApply(LavaLyrics::lyrics);
  }

  /**
   * Gets the lyrics of any track, such as one a search found.
   *
   * @param node the node to ask
   * @param track the track
   * @param skipTrackSource true to ask the highest priority lyrics source first
   * @return a future of the lyrics, empty if none were found
   */
  public static CompletableFuture<Optional<Lyrics>> of(Node node, Track track, boolean skipTrackSource) {
    return PluginRequests.call(node, NAME, "lyrics of a track", "GET", "/v4/lyrics?track="
        + LavalinkRest.encodeQueryValue(track.encoded()) + "&skipTrackSource=" + skipTrackSource, null)
        .thenApply(LavaLyrics::lyrics);
  }

  /**
   * Subscribes the player to live lyrics: the node sends a {@link LyricsFoundEvent} or
   * {@link LyricsNotFoundEvent} when a track starts, and a {@link LyricsLineEvent} per line.
   *
   * @param player the player
   * @param skipTrackSource true to ask the highest priority lyrics source first
   * @return a future completed when the node confirmed
   */
  public static CompletableFuture<Void> subscribe(Player player, boolean skipTrackSource) {
    return PluginRequests.callPlayer(player, NAME, "subscribing to live lyrics", "POST",
        "/lyrics/subscribe?skipTrackSource=" + skipTrackSource, null).thenApply(answer -> null);
  }

  /**
   * Ends the player's live lyrics.
   *
   * @param player the player
   * @return a future completed when the node confirmed
   */
  public static CompletableFuture<Void> unsubscribe(Player player) {
    return PluginRequests.callPlayer(player, NAME, "unsubscribing from live lyrics", "DELETE",
        "/lyrics/subscribe", null).thenApply(answer -> null);
  }

  private static Optional<Lyrics> lyrics(JsonView answer) {
    return answer.isNull() ? Optional.empty() : Optional.of(Lyrics.of(answer));
  }
}
