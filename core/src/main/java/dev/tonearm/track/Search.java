package dev.tonearm.track;

import java.util.Locale;
import java.util.Optional;

/**
 * The search prefixes Lavalink and its common plugins understand. A search is loaded like any
 * identifier and answers with {@link LoadResult.SearchLoaded}:
 *
 * <pre>{@code
 * lavalink.loadTracks(Search.YOUTUBE.query("never gonna give you up"));
 * }</pre>
 *
 * <p>YouTube, YouTube Music and SoundCloud are built into Lavalink (YouTube through the
 * youtube-source plugin on current servers); the others need the LavaSrc plugin on the node.
 */
public enum Search {
  /** YouTube, {@code ytsearch:}. */
  YOUTUBE("ytsearch:"),
  /** YouTube Music, {@code ytmsearch:}. */
  YOUTUBE_MUSIC("ytmsearch:"),
  /** SoundCloud, {@code scsearch:}. */
  SOUNDCLOUD("scsearch:"),
  /** Spotify through LavaSrc, {@code spsearch:}. */
  SPOTIFY("spsearch:"),
  /** Apple Music through LavaSrc, {@code amsearch:}. */
  APPLE_MUSIC("amsearch:"),
  /** Deezer through LavaSrc, {@code dzsearch:}. */
  DEEZER("dzsearch:"),
  /** Yandex Music through LavaSrc, {@code ymsearch:}. */
  YANDEX_MUSIC("ymsearch:");

  private final String prefix;

  Search(String prefix) {
    this.prefix = prefix;
  }

  /** {@return the prefix, such as {@code ytsearch:}} */
  public String prefix() {
    return prefix;
  }

  /**
   * Builds the identifier that searches for the query.
   *
   * @param query what to search for
   * @return the identifier, such as {@code ytsearch:never gonna give you up}
   * @throws IllegalArgumentException if {@code query} is blank
   */
  public String query(String query) {
    if (query.isBlank()) {
      throw new IllegalArgumentException("a " + name().toLowerCase(Locale.ROOT)
          + " search needs a non-blank query");
    }
    return prefix + query.strip();
  }

  /**
   * Finds which search an identifier is.
   *
   * @param identifier any identifier
   * @return the search whose prefix it starts with, or empty for a URL or unknown prefix
   */
  public static Optional<Search> of(String identifier) {
    for (Search search : values()) {
      if (identifier.regionMatches(true, 0, search.prefix, 0, search.prefix.length())) {
        return Optional.of(search);
      }
    }
    return Optional.empty();
  }
}
