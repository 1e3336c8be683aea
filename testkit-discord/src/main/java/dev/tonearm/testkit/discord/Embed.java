package dev.tonearm.testkit.discord;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The readable parts of an embed the bot sent.
 *
 * @param title the title, or null
 * @param description the description, or null
 * @param fields the fields, in order
 */
public record Embed(@Nullable String title, @Nullable String description, List<Field> fields) {

  /**
   * Copies the fields.
   *
   * @param title the title, or null
   * @param description the description, or null
   * @param fields the fields, in order
   * @throws NullPointerException if {@code fields} is null
   */
  public Embed {
    fields = List.copyOf(fields);
  }

  /**
   * One field of an embed.
   *
   * @param name the field's name
   * @param value the field's value
   * @param inline whether it is shown inline
   */
  public record Field(String name, String value, boolean inline) {
    /**
     * Checks the field.
     *
     * @param name the field's name
     * @param value the field's value
     * @param inline whether it is shown inline
     * @throws NullPointerException if the name or the value is null
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }
}
