package dev.tonearm.example.music;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bot answers to a command or announces in a guild, independent of how it is shown: the
 * Discord adapter turns it into an embed, which the offline demo prints as text.
 *
 * <p>Descriptions and field values use Discord's Markdown ({@code **bold**}, {@code [title](url)},
 * channel mentions such as {@code <#123>}).
 *
 * @param title the headline
 * @param description the main text; may be empty
 * @param fields further labelled values, in order; unmodifiable
 * @param color the embed colour as {@code 0xRRGGBB}
 * @param error whether this answers a command that could not be done; Discord shows such replies
 *     only to the member who asked
 */
public record Reply(String title, String description, List<Field> fields, int color,
    boolean error) {

  /** The colour of ordinary answers. */
  public static final int INFO_COLOR = 0x5865F2;
  /** The colour of answers to commands that changed something. */
  public static final int SUCCESS_COLOR = 0x57F287;
  /** The colour of polite refusals and failures. */
  public static final int ERROR_COLOR = 0xED4245;

  /**
   * Checks the values and copies the fields.
   *
   * @throws NullPointerException if an argument is null
   */
  public Reply {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
  }

  /**
   * Creates an informational reply.
   *
   * @param title the headline
   * @param description the text
   * @return the reply
   */
  public static Reply info(String title, String description) {
    return new Reply(title, description, List.of(), INFO_COLOR, false);
  }

  /**
   * Creates a reply saying that a command did what was asked.
   *
   * @param title the headline
   * @param description the text
   * @return the reply
   */
  public static Reply success(String title, String description) {
    return new Reply(title, description, List.of(), SUCCESS_COLOR, false);
  }

  /**
   * Creates a reply saying politely why a command could not be done.
   *
   * @param title the headline
   * @param description what to do instead
   * @return the reply, marked as an error
   */
  public static Reply error(String title, String description) {
    return new Reply(title, description, List.of(), ERROR_COLOR, true);
  }

  /**
   * Returns a copy with one more field.
   *
   * @param name the field's label
   * @param value the field's text
   * @param inline whether Discord may put it beside its neighbours
   * @return the new reply
   */
  public Reply withField(String name, String value, boolean inline) {
    List<Field> more = new ArrayList<>(fields);
    more.add(new Field(name, value, inline));
    return new Reply(title, description, more, color, error);
  }

  /**
   * Finds a field by its label.
   *
   * @param name the label
   * @return the field's value, or null if there is no such field
   */
  public @Nullable String field(String name) {
    for (Field field : fields) {
      if (field.name().equals(name)) {
        return field.value();
      }
    }
    return null;
  }

  /**
   * One labelled value of a reply.
   *
   * @param name the label
   * @param value the text
   * @param inline whether Discord may put it beside its neighbours
   */
  public record Field(String name, String value, boolean inline) {
    /**
     * Checks the values.
     *
     * @throws NullPointerException if {@code name} or {@code value} is null
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }
}
