package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.Objects;

/**
 * A part of a track that SponsorBlock knows, such as a sponsor message.
 *
 * @param category the segment's category, such as {@code sponsor} ({@link SponsorBlock#CATEGORIES})
 * @param start where it starts, in milliseconds
 * @param end where it ends, in milliseconds
 */
public record Segment(String category, long start, long end) {
  /**
   * Creates the record.
   *
   * @param category the segment's category
   * @param start where it starts, in milliseconds
   * @param end where it ends, in milliseconds
   * @throws NullPointerException if {@code category} is null
   */
  public Segment {
    Objects.requireNonNull(category, "category");
  }

  /**
   * Reads a segment object of the plugin's events.
   *
   * @param json the object
   * @return the segment
   * @throws JsonViewException if a field is missing or of another type
   */
  public static Segment of(JsonView json) {
    return new Segment(json.getString("category"), json.getLong("start"), json.getLong("end"));
  }
}
