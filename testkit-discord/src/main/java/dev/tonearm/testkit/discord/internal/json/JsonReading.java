package dev.tonearm.testkit.discord.internal.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.jspecify.annotations.Nullable;

/** Reads the JSON a bot sends, which writes snowflakes as strings or as numbers. */
public final class JsonReading {
  private JsonReading() {}

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws JsonParseException if the text is not a JSON object
   */
  public static JsonObject object(String text) {
    JsonElement element = JsonParser.parseString(text);
    if (!element.isJsonObject()) {
      throw new JsonParseException("Expected a JSON object, got " + text);
    }
    return element.getAsJsonObject();
  }

  /**
   * Reads a snowflake field written as a string or a number.
   *
   * @param object the object
   * @param field the field name
   * @return the id, or 0 if the field is missing or null
   * @throws NumberFormatException if the field holds something else
   */
  public static long snowflake(JsonObject object, String field) {
    JsonElement element = object.get(field);
    if (element == null || element.isJsonNull()) {
      return 0;
    }
    return Long.parseUnsignedLong(element.getAsString());
  }

  /**
   * Reads a boolean field.
   *
   * @param object the object
   * @param field the field name
   * @return its value, false if missing or null
   */
  public static boolean flag(JsonObject object, String field) {
    JsonElement element = object.get(field);
    return element != null && !element.isJsonNull() && element.getAsBoolean();
  }

  /**
   * Reads a string field.
   *
   * @param object the object
   * @param field the field name
   * @return its value, or null if missing or null
   */
  public static @Nullable String string(JsonObject object, String field) {
    JsonElement element = object.get(field);
    return element == null || element.isJsonNull() ? null : element.getAsString();
  }

  /**
   * Reads an object field.
   *
   * @param object the object
   * @param field the field name
   * @return the nested object, or an empty one if missing, null or not an object
   */
  public static JsonObject child(JsonObject object, String field) {
    JsonElement element = object.get(field);
    return element != null && element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
  }
}
