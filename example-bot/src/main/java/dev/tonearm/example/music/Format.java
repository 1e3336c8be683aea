package dev.tonearm.example.music;

import com.google.gson.JsonParseException;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How the bot writes times, tracks and progress, and how it reads the times members type. */
public final class Format {
  /** Seconds alone, {@code m:ss} or {@code h:mm:ss}; six digits at most so nothing overflows. */
  private static final Pattern TIME =
      Pattern.compile("(?:(?:(\\d{1,6}):)?(\\d{1,6}):)?(\\d{1,6})");

  private Format() {}

  /**
   * Writes a duration the way players show it: {@code 0:07}, {@code 3:32}, {@code 1:02:03}.
   *
   * @param millis the duration in milliseconds; negative counts as zero
   * @return the text
   */
  public static String duration(long millis) {
    long seconds = Math.max(0, millis) / 1000;
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, minutes, secs)
        : String.format("%d:%02d", minutes, secs);
  }

  /**
   * Writes a track's length, or {@code LIVE} for a stream.
   *
   * @param info the track
   * @return the text
   */
  public static String length(TrackInfo info) {
    return info.stream() ? "LIVE" : duration(info.length());
  }

  /**
   * Reads a time a member typed: whole seconds ({@code 90}), minutes and seconds ({@code 1:30})
   * or hours, minutes and seconds ({@code 1:02:03}). Seconds, and minutes after hours, must be
   * below 60 when they follow a colon.
   *
   * @param text what the member typed
   * @return the time in milliseconds, or empty if the text is not a time
   */
  public static OptionalLong parseTime(String text) {
    Matcher matcher = TIME.matcher(text.strip());
    if (!matcher.matches()) {
      return OptionalLong.empty();
    }
    String hours = matcher.group(1);
    String minutes = matcher.group(2);
    long seconds = Long.parseLong(matcher.group(3));
    if (minutes == null) {
      return OptionalLong.of(seconds * 1000);
    }
    long mins = Long.parseLong(minutes);
    if (seconds >= 60 || hours != null && mins >= 60) {
      return OptionalLong.empty();
    }
    long hrs = hours == null ? 0 : Long.parseLong(hours);
    return OptionalLong.of(((hrs * 60 + mins) * 60 + seconds) * 1000);
  }

  /**
   * Draws how far a track has played, such as {@code ━━━━━━●─────────────}.
   *
   * @param position milliseconds played
   * @param length the track's length in milliseconds
   * @param width how many segments the bar has
   * @return the bar: {@code width} segments and the knob
   */
  public static String progressBar(long position, long length, int width) {
    int filled = length <= 0 ? 0
        : (int) Math.round(width * (double) Math.min(Math.max(position, 0), length) / length);
    return "━".repeat(filled) + "●" + "─".repeat(width - filled);
  }

  /**
   * Writes a track as a Markdown link with its length, such as
   * {@code [Never Gonna Give You Up](https://…) `3:32`}.
   *
   * @param track the track
   * @return the text
   */
  public static String trackLine(Track track) {
    return title(track) + " `" + length(track.info()) + "`";
  }

  /**
   * Writes a track's title in bold, linked when it has a URI.
   *
   * @param track the track
   * @return the text
   */
  public static String title(Track track) {
    TrackInfo info = track.info();
    String title = "**" + escape(info.title()) + "**";
    return info.uri() == null ? title : "[" + title + "](" + info.uri() + ")";
  }

  /**
   * Returns who asked for a track, from its user data.
   *
   * @param track the track
   * @return the requester's name, or null if the track carries none
   */
  public static @Nullable String requester(Track track) {
    if (!track.userData().has("name")) {
      return null;
    }
    try {
      return track.userData(Requester.class).name();
    } catch (JsonParseException e) {
      return null;
    }
  }

  /** Keeps a track title from being read as Markdown. */
  private static String escape(String text) {
    return text.replaceAll("([*_`~|\\[\\]])", "\\\\$1");
  }
}
