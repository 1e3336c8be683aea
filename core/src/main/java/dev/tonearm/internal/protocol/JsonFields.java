package dev.tonearm.internal.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tonearm.ProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of JSON fields that report the full path of a field that is missing or of the
 * wrong type. Unknown fields are never an error: the readers only look at what they ask for.
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * Parses a JSON document that must be an object.
   *
   * @throws ProtocolException if the text is not JSON or not an object
   */
  public static JsonObject parseObject(String text) {
    JsonElement element = parse(text);
    if (!element.isJsonObject()) {
      throw new ProtocolException(null, "expected a JSON object but got " + describe(element));
    }
    return element.getAsJsonObject();
  }

  /**
   * Parses a JSON document that must be an array.
   *
   * @throws ProtocolException if the text is not JSON or not an array
   */
  public static JsonArray parseArray(String text) {
    JsonElement element = parse(text);
    if (!element.isJsonArray()) {
      throw new ProtocolException(null, "expected a JSON array but got " + describe(element));
    }
    return element.getAsJsonArray();
  }

  /**
   * Parses a JSON document of any kind.
   *
   * @throws ProtocolException if the text is not JSON
   */
  public static JsonElement parse(String text) {
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new ProtocolException(null, "invalid JSON: " + e.getMessage(), e);
    }
  }

  public static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  public static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  /** Returns the field's value, or null when the key is absent or the value is JSON null. */
  public static @Nullable JsonElement optional(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || value.isJsonNull() ? null : value;
  }

  private static JsonElement required(JsonObject object, String name, String parent) {
    JsonElement value = object.get(name);
    if (value == null) {
      throw new ProtocolException(path(parent, name), "required field is missing");
    }
    if (value.isJsonNull()) {
      throw new ProtocolException(path(parent, name), "required field is null");
    }
    return value;
  }

  public static String string(JsonObject object, String name, String parent) {
    return asString(required(object, name, parent), path(parent, name));
  }

  public static @Nullable String nullableString(JsonObject object, String name, String parent) {
    JsonElement value = optional(object, name);
    return value == null ? null : asString(value, path(parent, name));
  }

  public static String stringOr(JsonObject object, String name, String parent, String fallback) {
    String value = nullableString(object, name, parent);
    return value == null ? fallback : value;
  }

  public static long longValue(JsonObject object, String name, String parent) {
    return asLong(required(object, name, parent), path(parent, name));
  }

  public static long longOr(JsonObject object, String name, String parent, long fallback) {
    JsonElement value = optional(object, name);
    return value == null ? fallback : asLong(value, path(parent, name));
  }

  public static int intValue(JsonObject object, String name, String parent) {
    return toInt(longValue(object, name, parent), path(parent, name));
  }

  public static int intOr(JsonObject object, String name, String parent, int fallback) {
    JsonElement value = optional(object, name);
    return value == null ? fallback : toInt(asLong(value, path(parent, name)), path(parent, name));
  }

  public static double doubleValue(JsonObject object, String name, String parent) {
    return asDouble(required(object, name, parent), path(parent, name));
  }

  public static boolean bool(JsonObject object, String name, String parent) {
    return asBoolean(required(object, name, parent), path(parent, name));
  }

  public static boolean boolOr(JsonObject object, String name, String parent, boolean fallback) {
    JsonElement value = optional(object, name);
    return value == null ? fallback : asBoolean(value, path(parent, name));
  }

  public static JsonObject object(JsonObject object, String name, String parent) {
    return asObject(required(object, name, parent), path(parent, name));
  }

  public static @Nullable JsonObject nullableObject(JsonObject object, String name, String parent) {
    JsonElement value = optional(object, name);
    return value == null ? null : asObject(value, path(parent, name));
  }

  /** A field that the server always sends as an object but older servers or the docs omit. */
  public static JsonObject objectOrEmpty(JsonObject object, String name, String parent) {
    JsonObject value = nullableObject(object, name, parent);
    return value == null ? new JsonObject() : value;
  }

  public static JsonArray array(JsonObject object, String name, String parent) {
    return asArray(required(object, name, parent), path(parent, name));
  }

  public static JsonObject asObject(JsonElement value, String path) {
    if (!value.isJsonObject()) {
      throw wrongType(path, "an object", value);
    }
    return value.getAsJsonObject();
  }

  public static JsonArray asArray(JsonElement value, String path) {
    if (!value.isJsonArray()) {
      throw wrongType(path, "an array", value);
    }
    return value.getAsJsonArray();
  }

  public static String asString(JsonElement value, String path) {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw wrongType(path, "a string", value);
    }
    return primitive.getAsString();
  }

  public static long asLong(JsonElement value, String path) {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
      throw wrongType(path, "a number", value);
    }
    try {
      return primitive.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ProtocolException(path, "expected a whole number in the long range but got "
          + primitive.getAsString(), e);
    }
  }

  public static double asDouble(JsonElement value, String path) {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
      throw wrongType(path, "a number", value);
    }
    return primitive.getAsDouble();
  }

  public static boolean asBoolean(JsonElement value, String path) {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
      throw wrongType(path, "a boolean", value);
    }
    return primitive.getAsBoolean();
  }

  private static int toInt(long value, String path) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new ProtocolException(path, "expected a number in the int range but got " + value);
    }
    return (int) value;
  }

  private static ProtocolException wrongType(String path, String expected, JsonElement actual) {
    return new ProtocolException(path, "expected " + expected + " but got " + describe(actual));
  }

  private static String describe(JsonElement element) {
    if (element.isJsonNull()) {
      return "null";
    }
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    String kind = primitive.isString() ? "the string " : primitive.isBoolean() ? "the boolean "
        : "the number ";
    String text = primitive.toString();
    return kind + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
