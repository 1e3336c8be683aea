package dev.tonearm.benchmarks.loopback;

/**
 * Distinct tracks for the memory benchmark, as JSON the way a node returns them from
 * {@code loadtracks}: the docs' example track with every string made unique per guild and
 * position, and an {@code encoded} string as long as a real one. Each client decodes them with its
 * own protocol classes, so every queue entry is a separate object with its own strings.
 */
public final class TrackSamples {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private TrackSamples() {}

  /**
   * Returns one track's JSON.
   *
   * @param guild the guild's number
   * @param position the track's place in that guild's queue
   * @return a track object with {@code encoded}, {@code info}, {@code pluginInfo} and
   *     {@code userData}
   */
  public static String json(int guild, int position) {
    String identifier = identifier(guild, position);
    String encoded = FrameKind.EXAMPLE_ENCODED.substring(0, FrameKind.EXAMPLE_ENCODED.length() - 14)
        + identifier + "==";
    return "{\"encoded\":\"" + encoded + "\",\"info\":{\"identifier\":\"" + identifier
        + "\",\"isSeekable\":true,\"author\":\"RickAstleyVEVO\",\"length\":212000,"
        + "\"isStream\":false,\"position\":0,\"title\":\"Rick Astley - Never Gonna Give You Up #"
        + guild + "." + position + "\",\"uri\":\"https://www.youtube.com/watch?v=" + identifier
        + "\",\"artworkUrl\":\"https://i.ytimg.com/vi/" + identifier + "/maxresdefault.jpg\","
        + "\"isrc\":null,\"sourceName\":\"youtube\"},\"pluginInfo\":{},\"userData\":{}}";
  }

  /** An 11-character id, unique per guild and position, like a YouTube video id. */
  private static String identifier(int guild, int position) {
    long value = (long) guild * 1_000 + position;
    char[] id = new char[12];
    for (int i = id.length - 1; i >= 0; i--) {
      id[i] = ALPHABET.charAt((int) (value & 63));
      value >>>= 6;
    }
    return new String(id, 1, 11);
  }
}
