package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.Objects;

/**
 * A chapter of a track, as its uploader named it.
 *
 * @param name the chapter's name
 * @param start where it starts, in milliseconds
 * @param end where it ends, in milliseconds
 * @param duration how long it lasts, in milliseconds
 */
public record Chapter(String name, long start, long end, long duration) {
  /**
   * Creates the record.
   *
   * @param name the chapter's name
   * @param start where it starts, in milliseconds
   * @param end where it ends, in milliseconds
   * @param duration how long it lasts, in milliseconds
   * @throws NullPointerException if {@code name} is null
   */
  public Chapter {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Reads a chapter object of the plugin's events. The plugin writes the duration as a number;
   * its documentation shows a string of digits, which is read too.
   *
   * @param json the object
   * @return the chapter
   * @throws JsonViewException if a field is missing or of another type
   */
  public static Chapter of(JsonView json) {
    JsonView duration = json.get("duration");
    long millis;
    if (duration.isString()) {
      try {
        millis = Long.parseLong(duration.asString());
      } catch (NumberFormatException e) {
        throw new JsonViewException("duration",
            "expected milliseconds at 'duration' but got \"" + duration.asString() + "\"", e);
      }
    } else {
      millis = duration.asLong();
    }
    return new Chapter(json.getString("name"), json.getLong("start"), json.getLong("end"), millis);
  }
}
