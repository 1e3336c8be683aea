package dev.tonearm.plugin.lavasearch;

import java.util.Locale;

/** What a LavaSearch search looks for. */
public enum SearchType {
  /** Tracks. */
  TRACK,
  /** Albums. */
  ALBUM,
  /** Artists. */
  ARTIST,
  /** Playlists. */
  PLAYLIST,
  /** Texts, such as search suggestions. */
  TEXT;

  /** {@return the type as the route takes it, such as {@code track}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
