package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The lyrics of a track.
 *
 * @param sourceName the source the lyrics came from, such as {@code spotify}
 * @param provider who provided them on that source, such as {@code MusixMatch}
 * @param text the whole text, or null if the source gives only lines
 * @param lines the timed lines, in order; empty if the source gives only text; unmodifiable
 * @param plugin what the lyrics source added
 */
public record Lyrics(String sourceName, String provider, @Nullable String text,
    List<LyricsLine> lines, JsonView plugin) {
  /**
   * Creates the record with a copy of the lines.
   *
   * @param sourceName the source the lyrics came from
   * @param provider who provided them on that source
   * @param text the whole text, or null
   * @param lines the timed lines, in order
   * @param plugin what the lyrics source added
   * @throws NullPointerException if an argument other than {@code text} is null
   */
  public Lyrics {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(provider, "provider");
    lines = List.copyOf(lines);
    Objects.requireNonNull(plugin, "plugin");
  }

  /**
   * Reads a lyrics object of the plugin's JSON.
   *
   * @param json the object
   * @return the lyrics
   * @throws JsonViewException if a field is missing or of another type
   */
  public static Lyrics of(JsonView json) {
    List<LyricsLine> lines = json.find("lines").map(found -> found.elements().stream()
        .map(LyricsLine::of).toList()).orElse(List.of());
    return new Lyrics(json.getString("sourceName"), json.getString("provider"),
        json.findString("text").orElse(null), lines,
        json.find("plugin").orElse(JsonView.emptyObject()));
  }
}
