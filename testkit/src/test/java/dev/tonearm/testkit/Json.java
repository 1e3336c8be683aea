package dev.tonearm.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers for expected wire JSON kept in test resources. */
final class Json {
  private Json() {}

  static JsonElement resource(String name) {
    try (InputStream in = Json.class.getResourceAsStream("/wire/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource wire/" + name);
      }
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonArray array(String json) {
    return JsonParser.parseString(json).getAsJsonArray();
  }

  static JsonObject object(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }
}
