package dev.tonearm.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code filters} object of a player update and builds what the node echoes back: every
 * present filter with all of its fields, defaults filled in, as Lavalink 4.1 and later do.
 */
final class Filters {
  /** The filters Lavalink has without plugins, in the order {@code /v4/info} lists them. */
  static final List<String> BUILT_IN = List.of("volume", "equalizer", "karaoke", "timescale",
      "tremolo", "vibrato", "distortion", "rotation", "channelMix", "lowPass");

  private static final String PROTOCOL = "dev.arbjerg.lavalink.protocol.v4.";

  /**
   * A parsed filters object.
   *
   * @param echo the filters as the node reports them
   * @param named every filter key in the request, including ones set to null and plugin filters
   * @param badBand whether an equalizer band lies outside 0 to 14, which the node fails on
   * @param playbackRate how fast the position advances: the timescale's speed times its rate
   */
  record Parsed(JsonObject echo, List<String> named, boolean badBand, double playbackRate) {}

  private Filters() {}

  static Parsed parse(JsonObject filters) {
    JsonObject echo = new JsonObject();
    List<String> named = new ArrayList<>();
    boolean badBand = false;
    double playbackRate = 1.0;
    if (filters.has("volume")) {
      named.add("volume");
      echo.add("volume", number(StrictJson.floatValue(filters.get("volume"))));
    }
    if (filters.has("equalizer")) {
      named.add("equalizer");
      JsonArray bands = new JsonArray();
      for (JsonElement element : StrictJson.array(filters, "equalizer")) {
        if (!element.isJsonObject()) {
          throw HttpError.unreadable();
        }
        JsonObject band = element.getAsJsonObject();
        StrictJson.requireFields(band, PROTOCOL + "Band", "$.filters.equalizer[" + bands.size()
            + "]", "band");
        int index = StrictJson.intValue(band, "band");
        badBand |= index < 0 || index > 14;
        JsonObject out = new JsonObject();
        out.addProperty("band", index);
        float gain = band.has("gain") ? StrictJson.floatValue(band.get("gain")) : 1.0f;
        out.add("gain", number(gain));
        bands.add(out);
      }
      echo.add("equalizer", bands);
    }
    floats(filters, echo, named, "karaoke", "level", 1.0f, "monoLevel", 1.0f, "filterBand", 220.0f,
        "filterWidth", 100.0f);
    JsonObject timescale = doubles(filters, echo, named, "timescale", "speed", 1.0, "pitch", 1.0,
        "rate", 1.0);
    if (timescale != null) {
      playbackRate = timescale.get("speed").getAsDouble() * timescale.get("rate").getAsDouble();
    }
    floats(filters, echo, named, "tremolo", "frequency", 2.0f, "depth", 0.5f);
    floats(filters, echo, named, "vibrato", "frequency", 2.0f, "depth", 0.5f);
    floats(filters, echo, named, "distortion", "sinOffset", 0.0f, "sinScale", 1.0f, "cosOffset",
        0.0f, "cosScale", 1.0f, "tanOffset", 0.0f, "tanScale", 1.0f, "offset", 0.0f, "scale", 1.0f);
    doubles(filters, echo, named, "rotation", "rotationHz", 0.0);
    floats(filters, echo, named, "channelMix", "leftToLeft", 1.0f, "leftToRight", 0.0f,
        "rightToLeft", 0.0f, "rightToRight", 1.0f);
    floats(filters, echo, named, "lowPass", "smoothing", 20.0f);
    if (filters.has("pluginFilters")) {
      named.addAll(StrictJson.object(filters, "pluginFilters").keySet());
    }
    return new Parsed(echo, named, badBand, playbackRate);
  }

  /**
   * Holds a float as the decimal the node writes for it, so that {@code 0.8f} reads back as 0.8
   * rather than 0.800000011920929.
   */
  private static JsonPrimitive number(float value) {
    return new JsonPrimitive(new BigDecimal(Float.toString(value)));
  }

  private static void floats(JsonObject filters, JsonObject echo, List<String> named, String name,
      Object... fieldsAndDefaults) {
    JsonObject filter = present(filters, named, name);
    if (filter == null) {
      return;
    }
    JsonObject out = new JsonObject();
    for (int i = 0; i < fieldsAndDefaults.length; i += 2) {
      String field = (String) fieldsAndDefaults[i];
      float value = filter.has(field)
          ? StrictJson.floatValue(filter.get(field))
          : (Float) fieldsAndDefaults[i + 1];
      out.add(field, number(value));
    }
    echo.add(name, out);
  }

  private static @Nullable JsonObject doubles(JsonObject filters,
      JsonObject echo, List<String> named, String name, Object... fieldsAndDefaults) {
    JsonObject filter = present(filters, named, name);
    if (filter == null) {
      return null;
    }
    JsonObject out = new JsonObject();
    for (int i = 0; i < fieldsAndDefaults.length; i += 2) {
      String field = (String) fieldsAndDefaults[i];
      double value = filter.has(field)
          ? StrictJson.doubleValue(filter.get(field))
          : (Double) fieldsAndDefaults[i + 1];
      out.addProperty(field, value);
    }
    echo.add(name, out);
    return out;
  }

  private static @Nullable JsonObject present(JsonObject filters,
      List<String> named, String name) {
    if (!filters.has(name)) {
      return null;
    }
    named.add(name);
    return StrictJson.nullableObject(filters, name);
  }
}
