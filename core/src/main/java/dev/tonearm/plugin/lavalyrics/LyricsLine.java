package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of timed lyrics.
 *
 * @param timestamp where the line starts, in milliseconds
 * @param duration how long the line lasts in milliseconds, or null if the source does not say
 * @param line the line's text; empty for a pause
 * @param plugin what the lyrics source added to the line
 */
public record LyricsLine(long timestamp, @Nullable Long duration, String line, JsonView plugin) {
  /**
   * Creates the record.
   *
   * @param timestamp where the line starts, in milliseconds
   * @param duration how long the line lasts in milliseconds, or null
   * @param line the line's text
   * @param plugin what the lyrics source added to the line
   * @throws NullPointerException if {@code line} or {@code plugin} is null
   */
  public LyricsLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(plugin, "plugin");
  }

  /**
   * Reads a line object of the plugin's JSON.
   *
   * @param json the object
   * @return the line
   * @throws JsonViewException if a field is missing or of another type
   */
  public static LyricsLine of(JsonView json) {
    return new LyricsLine(json.getLong("timestamp"), json.findLong("duration").orElse(null),
        json.getString("line"), json.find("plugin").orElse(JsonView.emptyObject()));
  }
}
