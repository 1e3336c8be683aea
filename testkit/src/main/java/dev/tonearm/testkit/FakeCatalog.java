package dev.tonearm.testkit;

import dev.tonearm.testkit.LoadItem.ErrorItem;
import dev.tonearm.testkit.LoadItem.PlaylistItem;
import dev.tonearm.testkit.LoadItem.SearchItem;
import dev.tonearm.testkit.LoadItem.TrackItem;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tracks, playlists, searches and failures a {@link FakeLavalink} can load, by identifier.
 *
 * <p>{@code GET /v4/loadtracks?identifier=…} and a player update with {@code track.identifier}
 * resolve identifiers here, in this order:
 *
 * <ol>
 *   <li>an exact match: the identifier or URI of a track added with {@link #add(TrackInfo)}
 *       ({@code loadType: track}), a playlist URL ({@code playlist}), an identifier added with
 *       {@link #addSearch} ({@code search}) or with {@link #addFailure} ({@code error});
 *   <li>a search prefix such as {@code ytsearch:}: the tracks of the prefix's source whose title
 *       and author contain every word of the query, in the order they were added ({@code search},
 *       or {@code empty} when nothing matches);
 *   <li>anything else loads as {@code empty}.
 * </ol>
 *
 * <p>Encoded tracks are real lavaplayer version 3 encodings made with {@link TrackCodec}. Tracks of
 * the {@code http} and {@code local} sources carry a container probe name (such as {@code mp3},
 * chosen from the file extension) as lavaplayer writes it.
 *
 * <p>A catalog is thread-safe and may be changed while a fake node serves it.
 */
public final class FakeCatalog {
  /** A YouTube track, 3:32 long, with artwork and an ISRC. */
  public static final String YOUTUBE_TRACK = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
  /** A YouTube track, 30 s long: handy to reach the end of a track quickly. */
  public static final String YOUTUBE_SHORT_TRACK = "https://www.youtube.com/watch?v=tonearm0001";
  /** A YouTube track, 3 minutes long. */
  public static final String YOUTUBE_LOOP_TRACK = "https://www.youtube.com/watch?v=tonearm0002";
  /** A YouTube track, one hour long. */
  public static final String YOUTUBE_LONG_TRACK = "https://www.youtube.com/watch?v=tonearm0003";
  /** A YouTube playlist of the three {@code tonearm000x} tracks, with no selected track. */
  public static final String YOUTUBE_PLAYLIST =
      "https://www.youtube.com/playlist?list=PLtonearm00";
  /** The same playlist opened from its second track, so {@code selectedTrack} is 1. */
  public static final String YOUTUBE_PLAYLIST_SELECTED =
      "https://www.youtube.com/watch?v=tonearm0002&list=PLtonearm00";
  /** A SoundCloud track, 3:20 long. */
  public static final String SOUNDCLOUD_TRACK = "https://soundcloud.com/tonearm/night-drive";
  /** A Twitch live stream: length {@link Long#MAX_VALUE}, not seekable, never finishes. */
  public static final String STREAM = "https://www.twitch.tv/tonearm_live";
  /** An MP3 file over HTTP, 45 s long; its encoding carries the {@code mp3} container probe. */
  public static final String HTTP_TRACK = "https://media.example.com/audio/sample.mp3";
  /** A Spotify track as the LavaSrc plugin would load it (source {@code spotify}). */
  public static final String SPOTIFY_TRACK =
      "https://open.spotify.com/track/0tonearmSpotifyTrack01";
  /** An Apple Music track as a plugin would load it (source {@code applemusic}). */
  public static final String APPLE_MUSIC_TRACK =
      "https://music.apple.com/us/album/tonearm/1000000001?i=1000000002";
  /** A Deezer track as a plugin would load it (source {@code deezer}). */
  public static final String DEEZER_TRACK = "https://www.deezer.com/track/1000000003";
  /** A Yandex Music track as a plugin would load it (source {@code yandexmusic}). */
  public static final String YANDEX_MUSIC_TRACK =
      "https://music.yandex.ru/album/1000000/track/1000000004";
  /** Fails to load with severity {@code common}: "This video is unavailable". */
  public static final String UNAVAILABLE_TRACK = "https://www.youtube.com/watch?v=unavailable";
  /** Fails to load with severity {@code fault}, caused by a socket timeout. */
  public static final String BROKEN_TRACK = "https://media.example.com/audio/broken.mp3";
  /** Not in the catalog: loads as {@code empty}, like any unknown identifier. */
  public static final String MISSING_TRACK = "https://www.youtube.com/watch?v=nothinghere";

  private static final List<String> BUILT_IN_SOURCES =
      List.of("youtube", "soundcloud", "bandcamp", "twitch", "vimeo", "nico", "http", "local");
  private static final Set<String> CONTAINER_PROBES = Set.of("wav", "matroska/webm", "mp4",
      "flac", "ogg", "m3u", "pls", "plain", "mp3", "adts", "mpegts-adts");
  private static final Set<String> SEVERITIES = Set.of("common", "suspicious", "fault");

  private final Map<String, LoadItem> items = new HashMap<>();
  private final List<TrackItem> searchable = new ArrayList<>();
  private final Map<String, String> searchPrefixes = new LinkedHashMap<>();
  private final Set<String> sources = new LinkedHashSet<>(BUILT_IN_SOURCES);

  private FakeCatalog() {
    searchPrefixes.put("ytsearch:", "youtube");
    searchPrefixes.put("ytmsearch:", "youtube");
    searchPrefixes.put("scsearch:", "soundcloud");
    searchPrefixes.put("spsearch:", "spotify");
    searchPrefixes.put("amsearch:", "applemusic");
    searchPrefixes.put("dzsearch:", "deezer");
    searchPrefixes.put("ymsearch:", "yandexmusic");
  }

  /**
   * Creates a catalog with no tracks. The search prefixes {@code ytsearch:}, {@code ytmsearch:},
   * {@code scsearch:}, {@code spsearch:}, {@code amsearch:}, {@code dzsearch:} and {@code
   * ymsearch:} are known but find nothing until tracks of their source are added.
   *
   * @return a new, empty catalog
   */
  public static FakeCatalog empty() {
    return new FakeCatalog();
  }

  /**
   * Creates a catalog with the tracks named by this class's constants: several YouTube tracks, a
   * SoundCloud track, a Twitch stream, an MP3 over HTTP, plugin-style Spotify, Apple Music, Deezer
   * and Yandex Music tracks, a playlist without and with a selected track, and two identifiers
   * that fail to load. Searches such as {@code ytsearch:tonearm} or {@code scsearch:night drive}
   * find these tracks.
   *
   * @return a new catalog; changing it does not change other standard catalogs
   */
  public static FakeCatalog standard() {
    FakeCatalog catalog = new FakeCatalog();
    catalog.add(new TrackInfo("dQw4w9WgXcQ", true, "Rick Astley", 212_000, false, 0,
        "Rick Astley - Never Gonna Give You Up", YOUTUBE_TRACK,
        "https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg", "GBARL9300135", "youtube"));
    TrackInfo testTone = youtube("tonearm0001", "Tonearm Test Tone", 30_000);
    TrackInfo loop = youtube("tonearm0002", "Tonearm Lo-fi Loop", 180_000);
    TrackInfo longMix = youtube("tonearm0003", "Tonearm One Hour Mix", 3_600_000);
    catalog.add(testTone).add(loop).add(longMix);
    catalog.addPlaylist(YOUTUBE_PLAYLIST, "Tonearm Test Playlist", -1,
        List.of(testTone, loop, longMix));
    catalog.addPlaylist(YOUTUBE_PLAYLIST_SELECTED, "Tonearm Test Playlist", 1,
        List.of(testTone, loop, longMix));
    catalog.add(new TrackInfo(
        "O:https://api-v2.soundcloud.com/media/soundcloud:tracks:100000001/stream/progressive",
        true, "tonearm", 200_000, false, 0, "Night Drive", SOUNDCLOUD_TRACK,
        "https://i1.sndcdn.com/artworks-tonearm-night-drive-original.jpg", null, "soundcloud"));
    catalog.add(new TrackInfo(STREAM, false, "tonearm_live", Long.MAX_VALUE, true, 0,
        "Tonearm Live", STREAM,
        "https://static-cdn.jtvnw.net/previews-ttv/live_user_tonearm_live-440x248.jpg", null,
        "twitch"));
    catalog.add(new TrackInfo(HTTP_TRACK, true, "Unknown artist", 45_000, false, 0,
        "Unknown title", HTTP_TRACK, null, null, "http"));
    catalog.add(new TrackInfo("0tonearmSpotifyTrack01", true, "Tonearm", 201_000, false, 0,
        "Tonearm Spotify Single", SPOTIFY_TRACK,
        "https://i.scdn.co/image/ab67616d0000b273tonearm", "QZTON2600001", "spotify"));
    catalog.add(new TrackInfo("1000000002", true, "Tonearm", 202_000, false, 0,
        "Tonearm Apple Music Single", APPLE_MUSIC_TRACK,
        "https://is1-ssl.mzstatic.com/image/thumb/tonearm/600x600bb.jpg", "QZTON2600002",
        "applemusic"));
    catalog.add(new TrackInfo("1000000003", true, "Tonearm", 203_000, false, 0,
        "Tonearm Deezer Single", DEEZER_TRACK,
        "https://e-cdns-images.dzcdn.net/images/cover/tonearm/1000x1000.jpg", "QZTON2600003",
        "deezer"));
    catalog.add(new TrackInfo("1000000004", true, "Tonearm", 204_000, false, 0,
        "Tonearm Yandex Single", YANDEX_MUSIC_TRACK, null, null, "yandexmusic"));
    catalog.addFailure(UNAVAILABLE_TRACK, "This video is unavailable", "common",
        "com.sedmelluq.discord.lavaplayer.tools.FriendlyException: This video is unavailable");
    catalog.addFailure(BROKEN_TRACK, "Something went wrong while looking up the track.", "fault",
        "java.net.SocketTimeoutException: Read timed out");
    return catalog;
  }

  private static TrackInfo youtube(String id, String title, long length) {
    return new TrackInfo(id, true, "Tonearm", length, false, 0, title,
        "https://www.youtube.com/watch?v=" + id, "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg",
        null, "youtube");
  }

  /**
   * Adds a track, loadable by its identifier and, if it has one, by its URI; both replace
   * whatever those identifiers loaded before. The track's source becomes one the fake node can
   * decode, and the track is found by searches with a prefix of its source.
   *
   * @param info the track; its {@code seekable} flag is ignored, as the node reports {@code
   *     !stream}
   * @return this catalog
   * @throws NullPointerException if {@code info} is null
   * @throws IllegalArgumentException if a text field is too long to encode
   */
  public FakeCatalog add(TrackInfo info) {
    return add(sourceTrack(info));
  }

  /**
   * Adds a track with explicit source-specific bytes, for example a plugin source's fields or a
   * custom container probe. Otherwise the same as {@link #add(TrackInfo)}.
   *
   * @param track the track and its source bytes
   * @return this catalog
   * @throws NullPointerException if {@code track} is null
   * @throws IllegalArgumentException if a text field is too long to encode
   */
  public synchronized FakeCatalog add(DecodedTrack track) {
    TrackItem item = new TrackItem(track, TrackCodec.encode(track));
    register(item, true);
    return this;
  }

  /**
   * Adds a playlist loadable by {@code url}. Its tracks are also added as single tracks, unless
   * their identifiers or URIs already load something.
   *
   * @param url the identifier that loads the playlist
   * @param name the playlist's name
   * @param selectedTrack the index of the selected track, or -1 for none
   * @param tracks the playlist's tracks, in order
   * @return this catalog
   * @throws IllegalArgumentException if {@code selectedTrack} is neither -1 nor an index of
   *     {@code tracks}
   * @throws NullPointerException if an argument is null
   */
  public synchronized FakeCatalog addPlaylist(String url, String name, int selectedTrack,
      List<TrackInfo> tracks) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(name, "name");
    if (selectedTrack < -1 || selectedTrack >= tracks.size()) {
      throw new IllegalArgumentException("selectedTrack must be -1 or an index of the "
          + tracks.size() + " tracks, but was " + selectedTrack);
    }
    List<TrackItem> playlistTracks = new ArrayList<>();
    for (TrackInfo info : tracks) {
      DecodedTrack decoded = sourceTrack(info);
      TrackItem item = new TrackItem(decoded, TrackCodec.encode(decoded));
      playlistTracks.add(item);
      register(item, false);
    }
    items.put(url, new PlaylistItem(name, selectedTrack, playlistTracks));
    return this;
  }

  /**
   * Makes an exact identifier, such as {@code ytsearch:never gonna}, load these search results,
   * whatever the prefix search would find.
   *
   * @param identifier the identifier, usually with a search prefix
   * @param results the tracks found, in order; an empty list loads as {@code empty}
   * @return this catalog
   * @throws NullPointerException if an argument is null
   */
  public synchronized FakeCatalog addSearch(String identifier, List<TrackInfo> results) {
    Objects.requireNonNull(identifier, "identifier");
    List<TrackItem> found = new ArrayList<>();
    for (TrackInfo info : results) {
      DecodedTrack decoded = sourceTrack(info);
      sources.add(info.sourceName());
      found.add(new TrackItem(decoded, TrackCodec.encode(decoded)));
    }
    items.put(identifier, new SearchItem(found));
    return this;
  }

  /**
   * Adds a search prefix, as a plugin would, that searches the tracks of one source.
   *
   * @param prefix the prefix including its colon, e.g. {@code "mysearch:"}
   * @param sourceName the source whose tracks it searches
   * @return this catalog
   * @throws IllegalArgumentException if {@code prefix} does not end with a colon
   * @throws NullPointerException if an argument is null
   */
  public synchronized FakeCatalog addSearchPrefix(String prefix, String sourceName) {
    if (!prefix.endsWith(":")) {
      throw new IllegalArgumentException("A search prefix ends with ':', but was " + prefix);
    }
    searchPrefixes.put(prefix, Objects.requireNonNull(sourceName, "sourceName"));
    return this;
  }

  /**
   * Makes an identifier fail to load: {@code loadType: error}, and a 400 when a player update
   * names it. The cause's stack trace is made up from {@code cause}.
   *
   * @param identifier the identifier that fails
   * @param message the exception message
   * @param severity {@code common}, {@code suspicious} or {@code fault}
   * @param cause the root cause as {@code Throwable.toString()} renders it
   * @return this catalog
   * @throws IllegalArgumentException if {@code severity} is not one of the three
   * @throws NullPointerException if an argument is null
   */
  public FakeCatalog addFailure(String identifier, String message, String severity,
      String cause) {
    return addFailure(identifier, message, severity, cause,
        cause + "\n\tat dev.tonearm.testkit.FakeCatalog.load(FakeCatalog.java)\n");
  }

  /**
   * Makes an identifier fail to load, with an explicit cause stack trace.
   *
   * @param identifier the identifier that fails
   * @param message the exception message
   * @param severity {@code common}, {@code suspicious} or {@code fault}
   * @param cause the root cause as {@code Throwable.toString()} renders it
   * @param causeStackTrace the root cause's stack trace
   * @return this catalog
   * @throws IllegalArgumentException if {@code severity} is not one of the three
   * @throws NullPointerException if an argument is null
   */
  public synchronized FakeCatalog addFailure(String identifier, String message, String severity,
      String cause, String causeStackTrace) {
    Objects.requireNonNull(identifier, "identifier");
    if (!SEVERITIES.contains(severity)) {
      throw new IllegalArgumentException(
          "severity must be common, suspicious or fault, but was " + severity);
    }
    items.put(identifier, new ErrorItem(Objects.requireNonNull(message, "message"), severity,
        Objects.requireNonNull(cause, "cause"),
        Objects.requireNonNull(causeStackTrace, "causeStackTrace")));
    return this;
  }

  /**
   * Returns the encoded track an identifier loads, at position 0, if it loads a single track.
   *
   * @param identifier an identifier or URI
   * @return the encoded track, or empty if the identifier loads anything other than one track
   */
  public synchronized Optional<String> encodedFor(String identifier) {
    return resolve(identifier) instanceof TrackItem item
        ? Optional.of(item.encoded())
        : Optional.empty();
  }

  /**
   * Encodes a track the way this catalog does, without adding it: {@code http} and {@code local}
   * tracks get a container probe from their file extension, other sources no source bytes.
   *
   * @param info the track
   * @return the base64 encoded track, format version 3
   * @throws IllegalArgumentException if a text field is too long to encode
   */
  public String encode(TrackInfo info) {
    return TrackCodec.encode(sourceTrack(info));
  }

  /**
   * Lists the source managers the node has: the built-in ones and the sources of every added
   * track. {@code GET /v4/info} reports them, and tracks of any other source fail to decode.
   *
   * @return the source names, built-in ones first
   */
  public synchronized List<String> sourceManagers() {
    return List.copyOf(sources);
  }

  synchronized @Nullable LoadItem resolve(String identifier) {
    LoadItem exact = items.get(identifier);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> prefix : searchPrefixes.entrySet()) {
      if (identifier.startsWith(prefix.getKey())) {
        List<TrackItem> found = search(prefix.getValue(),
            identifier.substring(prefix.getKey().length()));
        return found.isEmpty() ? null : new SearchItem(found);
      }
    }
    return null;
  }

  /**
   * Checks that the node could decode a track: its source is known and, for {@code http} and
   * {@code local}, its source bytes name a known container probe.
   */
  synchronized boolean canDecode(DecodedTrack track) {
    String source = track.info().sourceName();
    if (!sources.contains(source)) {
      return false;
    }
    if (!source.equals("http") && !source.equals("local")) {
      return true;
    }
    byte[] details = track.sourceDetails();
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(details));
      String probe = in.readUTF();
      int separator = probe.indexOf('|');
      return CONTAINER_PROBES.contains(separator < 0 ? probe : probe.substring(0, separator));
    } catch (IOException e) {
      return false;
    }
  }

  private List<TrackItem> search(String source, String query) {
    List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
        .filter(word -> !word.isEmpty())
        .toList();
    List<TrackItem> found = new ArrayList<>();
    if (words.isEmpty()) {
      return found;
    }
    for (TrackItem item : searchable) {
      TrackInfo info = item.decoded().info();
      String text = (info.title() + " " + info.author()).toLowerCase(Locale.ROOT);
      if (info.sourceName().equals(source) && words.stream().allMatch(text::contains)) {
        found.add(item);
      }
    }
    return found;
  }

  private void register(TrackItem item, boolean replace) {
    TrackInfo info = item.decoded().info();
    sources.add(info.sourceName());
    searchable.removeIf(existing -> sameTrack(existing, item));
    searchable.add(item);
    for (String key : info.uri() == null
        ? List.of(info.identifier())
        : List.of(info.identifier(), info.uri())) {
      if (replace) {
        items.put(key, item);
      } else {
        items.putIfAbsent(key, item);
      }
    }
  }

  private static boolean sameTrack(TrackItem a, TrackItem b) {
    TrackInfo x = a.decoded().info();
    TrackInfo y = b.decoded().info();
    return x.sourceName().equals(y.sourceName()) && x.identifier().equals(y.identifier());
  }

  private static DecodedTrack sourceTrack(TrackInfo info) {
    Objects.requireNonNull(info, "info");
    String source = info.sourceName();
    if (source.equals("http") || source.equals("local")) {
      return DecodedTrack.withContainerProbe(info, probeFor(info));
    }
    return DecodedTrack.of(info);
  }

  private static String probeFor(TrackInfo info) {
    String name = (info.uri() != null ? info.uri() : info.identifier()).toLowerCase(Locale.ROOT);
    int query = name.indexOf('?');
    if (query >= 0) {
      name = name.substring(0, query);
    }
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "flac" -> "flac";
      case "wav" -> "wav";
      case "ogg", "opus", "oga" -> "ogg";
      case "m4a", "mp4", "m4v" -> "mp4";
      case "webm", "mkv", "mka" -> "matroska/webm";
      case "aac" -> "adts";
      case "m3u", "m3u8" -> "m3u";
      case "pls" -> "pls";
      default -> "mp3";
    };
  }
}
