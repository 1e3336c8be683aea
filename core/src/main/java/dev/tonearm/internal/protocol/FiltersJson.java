package dev.tonearm.internal.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tonearm.ProtocolException;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.player.Filters;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts {@link Filters} to and from Lavalink's {@code filters} JSON object.
 *
 * <p>Writing produces the body of a player PATCH, where the object replaces every filter the
 * player had: absent filters are left out (which switches them off) and every field of a present
 * filter is written, defaults included. Equalizer bands at gain 0 are left out, because the node
 * starts each new equalizer flat; every band that is written carries its {@code gain}, because the
 * node reads a missing gain as 1.0.
 *
 * <p>Reading is tolerant of what a node may send: unknown keys are ignored, a filter key whose
 * value is {@code null} means the filter is absent, and a field missing (or {@code null}) inside a
 * present filter takes the default the node itself would use, including a {@code gain} of 1.0 for
 * an equalizer entry without one. Values are <em>not</em> checked against the documented ranges:
 * the node applied them, so they are kept as reported (a {@code lowPass.smoothing} of 1.0 reads as
 * a low-pass filter with smoothing 1.0). Only values that cannot be represented are rejected.
 *
 * <p>All methods are static and thread-safe.
 */
public final class FiltersJson {

  private FiltersJson() {}

  /**
   * Writes filters as the {@code filters} object of a player update.
   *
   * @param filters the filters
   * @return a new JSON object; {@code {}} for {@link Filters#NONE}
   * @throws NullPointerException if {@code filters} is null
   */
  public static JsonObject toJson(Filters filters) {
    JsonObject json = new JsonObject();
    Float volume = filters.volume();
    if (volume != null) {
      json.addProperty("volume", volume);
    }
    Filters.Equalizer equalizer = filters.equalizer();
    if (equalizer != null) {
      JsonArray bands = new JsonArray();
      for (int band = 0; band < Filters.Equalizer.BANDS; band++) {
        float gain = equalizer.gain(band);
        if (gain != 0f) {
          JsonObject entry = new JsonObject();
          entry.addProperty("band", band);
          entry.addProperty("gain", gain);
          bands.add(entry);
        }
      }
      json.add("equalizer", bands);
    }
    Filters.Karaoke karaoke = filters.karaoke();
    if (karaoke != null) {
      JsonObject object = new JsonObject();
      object.addProperty("level", karaoke.level());
      object.addProperty("monoLevel", karaoke.monoLevel());
      object.addProperty("filterBand", karaoke.filterBand());
      object.addProperty("filterWidth", karaoke.filterWidth());
      json.add("karaoke", object);
    }
    Filters.Timescale timescale = filters.timescale();
    if (timescale != null) {
      JsonObject object = new JsonObject();
      object.addProperty("speed", timescale.speed());
      object.addProperty("pitch", timescale.pitch());
      object.addProperty("rate", timescale.rate());
      json.add("timescale", object);
    }
    Filters.Tremolo tremolo = filters.tremolo();
    if (tremolo != null) {
      JsonObject object = new JsonObject();
      object.addProperty("frequency", tremolo.frequency());
      object.addProperty("depth", tremolo.depth());
      json.add("tremolo", object);
    }
    Filters.Vibrato vibrato = filters.vibrato();
    if (vibrato != null) {
      JsonObject object = new JsonObject();
      object.addProperty("frequency", vibrato.frequency());
      object.addProperty("depth", vibrato.depth());
      json.add("vibrato", object);
    }
    Filters.Rotation rotation = filters.rotation();
    if (rotation != null) {
      JsonObject object = new JsonObject();
      object.addProperty("rotationHz", rotation.rotationHz());
      json.add("rotation", object);
    }
    Filters.Distortion distortion = filters.distortion();
    if (distortion != null) {
      JsonObject object = new JsonObject();
      object.addProperty("sinOffset", distortion.sinOffset());
      object.addProperty("sinScale", distortion.sinScale());
      object.addProperty("cosOffset", distortion.cosOffset());
      object.addProperty("cosScale", distortion.cosScale());
      object.addProperty("tanOffset", distortion.tanOffset());
      object.addProperty("tanScale", distortion.tanScale());
      object.addProperty("offset", distortion.offset());
      object.addProperty("scale", distortion.scale());
      json.add("distortion", object);
    }
    Filters.ChannelMix channelMix = filters.channelMix();
    if (channelMix != null) {
      JsonObject object = new JsonObject();
      object.addProperty("leftToLeft", channelMix.leftToLeft());
      object.addProperty("leftToRight", channelMix.leftToRight());
      object.addProperty("rightToLeft", channelMix.rightToLeft());
      object.addProperty("rightToRight", channelMix.rightToRight());
      json.add("channelMix", object);
    }
    Filters.LowPass lowPass = filters.lowPass();
    if (lowPass != null) {
      JsonObject object = new JsonObject();
      object.addProperty("smoothing", lowPass.smoothing());
      json.add("lowPass", object);
    }
    JsonObject pluginFilters = JsonTrees.tree(filters.pluginFilters()).getAsJsonObject();
    if (pluginFilters.size() > 0) {
      json.add("pluginFilters", pluginFilters.deepCopy());
    }
    return json;
  }

  /**
   * Reads a {@code filters} object as a node sends it in a player.
   *
   * @param json the {@code filters} object
   * @param path the JSON path of {@code json}, such as {@code filters} or
   *     {@code players[0].filters}, used to name the offending field in errors
   * @return the filters; {@link Filters#NONE} for {@code {}}
   * @throws ProtocolException if a value has the wrong JSON type, is not a finite number, or an
   *     equalizer band is missing, not an integer or outside 0 to 14;
   *     {@link ProtocolException#field()} is the full path of the offending field, such as
   *     {@code filters.equalizer[2].gain}
   * @throws NullPointerException if an argument is null
   */
  public static Filters fromJson(JsonObject json, String path) {
    Filters.Builder builder = UncheckedFilters.builder();

    JsonElement volume = present(json, "volume");
    if (volume != null) {
      builder.volume(floatValue(volume, child(path, "volume")));
    }

    JsonElement equalizer = present(json, "equalizer");
    if (equalizer != null) {
      builder.equalizer(readEqualizer(equalizer, child(path, "equalizer")));
    }

    JsonObject karaoke = filterObject(json, path, "karaoke");
    if (karaoke != null) {
      String at = child(path, "karaoke");
      builder.karaoke(new Filters.Karaoke(
          floatField(karaoke, at, "level", 1f),
          floatField(karaoke, at, "monoLevel", 1f),
          floatField(karaoke, at, "filterBand", 220f),
          floatField(karaoke, at, "filterWidth", 100f)));
    }

    JsonObject timescale = filterObject(json, path, "timescale");
    if (timescale != null) {
      String at = child(path, "timescale");
      builder.timescale(new Filters.Timescale(
          doubleField(timescale, at, "speed", 1.0),
          doubleField(timescale, at, "pitch", 1.0),
          doubleField(timescale, at, "rate", 1.0)));
    }

    JsonObject tremolo = filterObject(json, path, "tremolo");
    if (tremolo != null) {
      String at = child(path, "tremolo");
      builder.tremolo(new Filters.Tremolo(
          floatField(tremolo, at, "frequency", 2f),
          floatField(tremolo, at, "depth", 0.5f)));
    }

    JsonObject vibrato = filterObject(json, path, "vibrato");
    if (vibrato != null) {
      String at = child(path, "vibrato");
      builder.vibrato(new Filters.Vibrato(
          floatField(vibrato, at, "frequency", 2f),
          floatField(vibrato, at, "depth", 0.5f)));
    }

    JsonObject rotation = filterObject(json, path, "rotation");
    if (rotation != null) {
      String at = child(path, "rotation");
      builder.rotation(new Filters.Rotation(doubleField(rotation, at, "rotationHz", 0.0)));
    }

    JsonObject distortion = filterObject(json, path, "distortion");
    if (distortion != null) {
      String at = child(path, "distortion");
      builder.distortion(new Filters.Distortion(
          floatField(distortion, at, "sinOffset", 0f),
          floatField(distortion, at, "sinScale", 1f),
          floatField(distortion, at, "cosOffset", 0f),
          floatField(distortion, at, "cosScale", 1f),
          floatField(distortion, at, "tanOffset", 0f),
          floatField(distortion, at, "tanScale", 1f),
          floatField(distortion, at, "offset", 0f),
          floatField(distortion, at, "scale", 1f)));
    }

    JsonObject channelMix = filterObject(json, path, "channelMix");
    if (channelMix != null) {
      String at = child(path, "channelMix");
      builder.channelMix(new Filters.ChannelMix(
          floatField(channelMix, at, "leftToLeft", 1f),
          floatField(channelMix, at, "leftToRight", 0f),
          floatField(channelMix, at, "rightToLeft", 0f),
          floatField(channelMix, at, "rightToRight", 1f)));
    }

    JsonObject lowPass = filterObject(json, path, "lowPass");
    if (lowPass != null) {
      builder.lowPass(new Filters.LowPass(
          floatField(lowPass, child(path, "lowPass"), "smoothing", 20f)));
    }

    JsonObject pluginFilters = filterObject(json, path, "pluginFilters");
    if (pluginFilters != null) {
      for (Map.Entry<String, JsonElement> entry : pluginFilters.entrySet()) {
        builder.pluginFilter(entry.getKey(), JsonTrees.view(entry.getValue().deepCopy()));
      }
    }

    return builder.build();
  }

  private static Filters.Equalizer readEqualizer(JsonElement element, String path) {
    if (!element.isJsonArray()) {
      throw new ProtocolException(path, "expected an array but was " + describe(element));
    }
    JsonArray entries = element.getAsJsonArray();
    float[] gains = new float[Filters.Equalizer.BANDS];
    for (int i = 0; i < entries.size(); i++) {
      String at = path + "[" + i + "]";
      JsonElement entry = entries.get(i);
      if (!entry.isJsonObject()) {
        throw new ProtocolException(at, "expected an object but was " + describe(entry));
      }
      JsonObject object = entry.getAsJsonObject();
      int band = bandValue(object, at);
      // The node's protocol class defaults a missing gain to 1.0, so that is what it applied.
      gains[band] = floatField(object, at, "gain", 1f);
    }
    return new Filters.Equalizer(gains);
  }

  private static int bandValue(JsonObject entry, String path) {
    String at = child(path, "band");
    JsonElement element = present(entry, "band");
    if (element == null) {
      throw new ProtocolException(at, "is required");
    }
    BigDecimal value = number(element, at);
    BigDecimal integral;
    try {
      integral = value.stripTrailingZeros();
    } catch (ArithmeticException e) {
      throw new ProtocolException(at, "expected an integer but was " + element, e);
    }
    if (integral.scale() > 0) {
      throw new ProtocolException(at, "expected an integer but was " + element);
    }
    if (integral.compareTo(BigDecimal.ZERO) < 0
        || integral.compareTo(BigDecimal.valueOf(Filters.Equalizer.BANDS - 1)) > 0) {
      throw new ProtocolException(at,
          "must be in [0, " + (Filters.Equalizer.BANDS - 1) + "], was " + element);
    }
    return integral.intValueExact();
  }

  /** Returns the filter object under {@code key}, or null when the key is absent or null. */
  private static @Nullable JsonObject filterObject(JsonObject json, String path, String key) {
    JsonElement element = present(json, key);
    if (element == null) {
      return null;
    }
    if (!element.isJsonObject()) {
      throw new ProtocolException(child(path, key),
          "expected an object but was " + describe(element));
    }
    return element.getAsJsonObject();
  }

  private static float floatField(JsonObject object, String path, String key, float fallback) {
    JsonElement element = present(object, key);
    return element == null ? fallback : floatValue(element, child(path, key));
  }

  private static double doubleField(JsonObject object, String path, String key, double fallback) {
    JsonElement element = present(object, key);
    if (element == null) {
      return fallback;
    }
    String at = child(path, key);
    checkNumber(element, at);
    double value = element.getAsDouble();
    if (!Double.isFinite(value)) {
      throw new ProtocolException(at, "expected a finite number but was " + element);
    }
    return value;
  }

  private static float floatValue(JsonElement element, String path) {
    checkNumber(element, path);
    // Parsing straight to float avoids rounding twice through double.
    float value = element.getAsFloat();
    if (!Float.isFinite(value)) {
      throw new ProtocolException(path, "expected a finite number that fits a float but was "
          + element);
    }
    return value;
  }

  private static BigDecimal number(JsonElement element, String path) {
    checkNumber(element, path);
    try {
      return element.getAsBigDecimal();
    } catch (NumberFormatException e) {
      throw new ProtocolException(path, "expected a finite number but was " + element, e);
    }
  }

  /** Gson would read a numeric string as a number; the protocol never sends one, so refuse it. */
  private static void checkNumber(JsonElement element, String path) {
    if (!(element instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
      throw new ProtocolException(path, "expected a number but was " + describe(element));
    }
  }

  /** Returns the value under {@code key}, treating JSON null like a missing key. */
  private static @Nullable JsonElement present(JsonObject object, String key) {
    JsonElement element = object.get(key);
    return element == null || element.isJsonNull() ? null : element;
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String describe(JsonElement element) {
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonArray()) {
      return "an array";
    }
    if (element.isJsonNull()) {
      return "null";
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "a boolean (" + primitive + ")";
    }
    if (primitive.isString()) {
      return "a string (" + primitive + ")";
    }
    return "a number (" + primitive + ")";
  }
}
