package dev.tonearm.plugin.lavasearch;

import dev.tonearm.json.JsonView;
import java.util.Objects;

/**
 * A text result of a search, such as a suggestion.
 *
 * @param text the text
 * @param plugin what the source added
 */
public record SearchText(String text, JsonView plugin) {
  /**
   * Creates the record.
   *
   * @param text the text
   * @param plugin what the source added
   * @throws NullPointerException if an argument is null
   */
  public SearchText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(plugin, "plugin");
  }
}
