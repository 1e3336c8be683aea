package dev.tonearm.plugin.lavasrc;

import dev.tonearm.plugin.LavalinkPlugin;
import java.util.Arrays;
import java.util.List;

/**
 * The LavaSrc plugin ({@code lavasrc-plugin}): Spotify, Apple Music, Deezer, Yandex Music and
 * other sources.
 *
 * <p>Register {@link #plugin()} with {@code Lavalink.builder(...).plugin(LavaSrc.plugin())}, and
 * {@code lavalink.loadTracks} sends every identifier of {@link LavaSrcSearch} to a node that has
 * LavaSrc (or fails with a {@link dev.tonearm.node.PluginUnavailableException} naming the plugin
 * and the nodes when none has it). Read what LavaSrc adds to tracks and playlists with
 * {@link LavaSrcTrackInfo#of} and {@link LavaSrcPlaylistInfo#of}.
 */
public final class LavaSrc {
  /** The plugin's name as nodes list it. */
  public static final String NAME = "lavasrc-plugin";

  private static final List<String> PREFIXES = Arrays.stream(LavaSrcSearch.values())
      .map(LavaSrcSearch::prefix).toList();

  private static final LavalinkPlugin PLUGIN = new LavalinkPlugin() {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<String> identifierPrefixes() {
      return PREFIXES;
    }
  };

  private LavaSrc() {}

  /** {@return the plugin to register with {@code Lavalink.builder(...).plugin(...)}} */
  public static LavalinkPlugin plugin() {
    return PLUGIN;
  }
}
