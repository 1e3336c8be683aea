package dev.tonearm.plugin.lavasrc;

import java.util.Locale;
import java.util.Optional;

/**
 * The identifier prefixes LavaSrc adds: searches, ISRC lookups, recommendations and previews of
 * its sources. Pass the built identifier to {@code lavalink.loadTracks}.
 *
 * <pre>{@code
 * lavalink.loadTracks(LavaSrcSearch.SPOTIFY.query("animals architects"));
 * lavalink.loadTracks(LavaSrcSearch.SPOTIFY_RECOMMENDATIONS.query("mix:track:4PTG3Z6ehGkBFwjybzWkR8"));
 * }</pre>
 */
public enum LavaSrcSearch {
  /** Spotify search, {@code spsearch:}. */
  SPOTIFY("spsearch:"),
  /** Spotify recommendations, {@code sprec:}, of seeds or a mix such as {@code mix:track:ID}. */
  SPOTIFY_RECOMMENDATIONS("sprec:"),
  /** Spotify's 30 second previews, {@code spprev:}. */
  SPOTIFY_PREVIEW("spprev:"),
  /** Apple Music search, {@code amsearch:}. */
  APPLE_MUSIC("amsearch:"),
  /** Apple Music's previews, {@code amprev:}. */
  APPLE_MUSIC_PREVIEW("amprev:"),
  /** Deezer search, {@code dzsearch:}. */
  DEEZER("dzsearch:"),
  /** Deezer by ISRC, {@code dzisrc:}. */
  DEEZER_ISRC("dzisrc:"),
  /** Deezer recommendations, {@code dzrec:}, of a track or {@code artist=ID}. */
  DEEZER_RECOMMENDATIONS("dzrec:"),
  /** Deezer's previews, {@code dzprev:}. */
  DEEZER_PREVIEW("dzprev:"),
  /** Yandex Music search, {@code ymsearch:}. */
  YANDEX_MUSIC("ymsearch:"),
  /** Yandex Music recommendations, {@code ymrec:}, of a track. */
  YANDEX_MUSIC_RECOMMENDATIONS("ymrec:"),
  /** VK Music search, {@code vksearch:}. */
  VK_MUSIC("vksearch:"),
  /** VK Music recommendations, {@code vkrec:}, of a track. */
  VK_MUSIC_RECOMMENDATIONS("vkrec:"),
  /** Tidal search, {@code tdsearch:}. */
  TIDAL("tdsearch:"),
  /** Tidal recommendations, {@code tdrec:}, of a track. */
  TIDAL_RECOMMENDATIONS("tdrec:"),
  /** Qobuz search, {@code qbsearch:}. */
  QOBUZ("qbsearch:"),
  /** Qobuz by ISRC, {@code qbisrc:}. */
  QOBUZ_ISRC("qbisrc:"),
  /** Qobuz recommendations, {@code qbrec:}, of a track. */
  QOBUZ_RECOMMENDATIONS("qbrec:"),
  /** JioSaavn search, {@code jssearch:}. */
  JIOSAAVN("jssearch:"),
  /** JioSaavn recommendations, {@code jsrec:}, of a track. */
  JIOSAAVN_RECOMMENDATIONS("jsrec:"),
  /** JioSaavn's previews, {@code jsprev:}. */
  JIOSAAVN_PREVIEW("jsprev:"),
  /** Flowery text to speech, {@code ftts://}, of URL-encoded text. */
  FLOWERY_TTS("ftts://");

  private final String prefix;

  LavaSrcSearch(String prefix) {
    this.prefix = prefix;
  }

  /** {@return the prefix, such as {@code spsearch:}} */
  public String prefix() {
    return prefix;
  }

  /**
   * Builds the identifier.
   *
   * @param query the search, the seed of recommendations, the ISRC or the id, by the prefix
   * @return the identifier, such as {@code spsearch:animals architects}
   * @throws IllegalArgumentException if {@code query} is blank
   */
  public String query(String query) {
    if (query.isBlank()) {
      throw new IllegalArgumentException(name().toLowerCase(Locale.ROOT) + " (" + prefix
          + ") needs a non-blank query");
    }
    return prefix + query.strip();
  }

  /**
   * Finds which LavaSrc prefix an identifier starts with.
   *
   * @param identifier any identifier
   * @return the prefix's constant, or empty for another identifier
   */
  public static Optional<LavaSrcSearch> of(String identifier) {
    for (LavaSrcSearch search : values()) {
      if (identifier.startsWith(search.prefix)) {
        return Optional.of(search);
      }
    }
    return Optional.empty();
  }
}
