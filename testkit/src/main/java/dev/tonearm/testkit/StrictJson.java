package dev.tonearm.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads request bodies as strictly as Lavalink's serializer: standard JSON only, no quoted numbers
 * or booleans, no null where a value is required. Anything else is a 400.
 */
final class StrictJson {
  private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  private StrictJson() {}

  static JsonElement parse(@Nullable String body) {
    if (body == null || body.isBlank()) {
      throw HttpError.unreadable();
    }
    try {
      JsonReader reader = new JsonReader(new StringReader(body));
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = ELEMENTS.read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw HttpError.unreadable();
      }
      return element;
    } catch (IOException | RuntimeException e) {
      if (e instanceof HttpError error) {
        throw error;
      }
      throw HttpError.unreadable();
    }
  }

  static JsonObject parseObject(@Nullable String body) {
    JsonElement element = parse(body);
    if (!element.isJsonObject()) {
      throw HttpError.unreadable();
    }
    return element.getAsJsonObject();
  }

  static boolean isNull(JsonObject object, String key) {
    return object.get(key).isJsonNull();
  }

  static @Nullable String nullableString(JsonObject object, String key) {
    return isNull(object, key) ? null : string(object, key);
  }

  static String string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value instanceof JsonPrimitive primitive && primitive.isString()) {
      return primitive.getAsString();
    }
    throw HttpError.unreadable();
  }

  static @Nullable Long nullableLong(JsonObject object, String key) {
    return isNull(object, key) ? null : longValue(object, key);
  }

  static long longValue(JsonObject object, String key) {
    return parseLong(object.get(key));
  }

  static int intValue(JsonObject object, String key) {
    long value = longValue(object, key);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw HttpError.unreadable();
    }
    return (int) value;
  }

  static boolean bool(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value instanceof JsonPrimitive primitive && primitive.isBoolean()) {
      return primitive.getAsBoolean();
    }
    throw HttpError.unreadable();
  }

  static double doubleValue(JsonElement value) {
    if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
      double number = primitive.getAsDouble();
      if (Double.isFinite(number)) {
        return number;
      }
    }
    throw HttpError.unreadable();
  }

  static float floatValue(JsonElement value) {
    return (float) doubleValue(value);
  }

  static JsonObject object(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value.isJsonObject()) {
      return value.getAsJsonObject();
    }
    throw HttpError.unreadable();
  }

  static @Nullable JsonObject nullableObject(JsonObject object, String key) {
    return isNull(object, key) ? null : object(object, key);
  }

  static JsonArray array(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value.isJsonArray()) {
      return value.getAsJsonArray();
    }
    throw HttpError.unreadable();
  }

  static long parseLong(JsonElement value) {
    if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
      String literal = primitive.getAsString();
      if (INTEGER.matcher(literal).matches()) {
        try {
          return Long.parseLong(literal);
        } catch (NumberFormatException e) {
          throw HttpError.unreadable();
        }
      }
    }
    throw HttpError.unreadable();
  }

  /**
   * Fails with the 400 Lavalink's serializer gives when required fields of an object are missing,
   * naming them as kotlinx.serialization does.
   */
  static void requireFields(JsonObject object, String serialName, String path, String... fields) {
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      if (!object.has(field)) {
        missing.add(field);
      }
    }
    if (missing.size() == 1) {
      throw HttpError.badRequest("Field '" + missing.get(0) + "' is required for type with serial"
          + " name '" + serialName + "', but it was missing at path: " + path);
    }
    if (!missing.isEmpty()) {
      throw HttpError.badRequest("Fields " + missing + " are required for type with serial name '"
          + serialName + "', but they were missing at path: " + path);
    }
  }
}
