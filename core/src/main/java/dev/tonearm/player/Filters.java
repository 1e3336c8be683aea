package dev.tonearm.player;

import com.google.gson.JsonElement;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.internal.protocol.UncheckedFilters;
import com.google.gson.JsonObject;
import dev.tonearm.json.JsonView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The audio filters of a player: Lavalink's {@code filters} object.
 *
 * <p>Every filter is optional. A filter that is absent (its accessor returns null) is not applied.
 * Sending a {@code Filters} to a player replaces all filters the player had, so a filter that is
 * absent here is switched off on the node. {@link #NONE} switches every filter off.
 *
 * <p>Instances are immutable and thread-safe. Build them with {@link #builder()}, change them with
 * {@link #toBuilder()} or combine them with {@link #merge(Filters)}:
 *
 * <pre>{@code
 * Filters filters = Filters.builder()
 *     .timescale(new Filters.Timescale(1.25, 1.25, 1.0))
 *     .band(0, 0.2f)
 *     .build();
 * Filters louder = filters.toBuilder().volume(1.5f).build();
 * Filters both = FilterPresets.nightcore().merge(FilterPresets.bassBoost(BassBoost.HIGH));
 * }</pre>
 *
 * <h2>Ranges</h2>
 *
 * <p>The builder checks every value against the range Lavalink documents (see each filter type)
 * when the value is set, and throws {@link IllegalArgumentException} for a value outside it, so a
 * mistake surfaces at the line that made it instead of as a failed request or silent audio. The
 * filter records themselves accept any finite value, because they also carry what a node reports:
 * a node applies whatever a client sent it, and the filters read back from a player may hold
 * values outside the documented ranges (a {@code lowPass.smoothing} of 1.0, for example, which the
 * node treats as "off"). Such values are kept as reported; {@link #toBuilder()} keeps them and only
 * checks the values that are set afterwards.
 *
 * <p>Two instances are equal when all their filters are equal, plugin filters included.
 */
public final class Filters {

  /** No filter at all. Sending it to a player switches every filter off. */
  public static final Filters NONE = new Builder(true).build();

  private final @Nullable Float volume;
  private final @Nullable Equalizer equalizer;
  private final @Nullable Karaoke karaoke;
  private final @Nullable Timescale timescale;
  private final @Nullable Tremolo tremolo;
  private final @Nullable Vibrato vibrato;
  private final @Nullable Rotation rotation;
  private final @Nullable Distortion distortion;
  private final @Nullable ChannelMix channelMix;
  private final @Nullable LowPass lowPass;
  /** Owned by this instance and never changed; handed out only as a read-only view. */
  private final JsonObject pluginFilters;

  private Filters(Builder builder) {
    this.volume = builder.volume;
    this.equalizer = builder.equalizer;
    this.karaoke = builder.karaoke;
    this.timescale = builder.timescale;
    this.tremolo = builder.tremolo;
    this.vibrato = builder.vibrato;
    this.rotation = builder.rotation;
    this.distortion = builder.distortion;
    this.channelMix = builder.channelMix;
    this.lowPass = builder.lowPass;
    this.pluginFilters = builder.pluginFilters.deepCopy();
  }

  /**
   * Returns a builder with no filter set, which checks the documented ranges.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(true);
  }

  static {
    // The protocol codec reads what a node reported without the range checks; see
    // UncheckedFilters for why that builder is not public.
    UncheckedFilters.register(() -> new Builder(false));
  }

  /**
   * Returns a builder that starts with this instance's filters. Values already here are not
   * checked again; values set on the builder are.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(true);
    builder.volume = volume;
    builder.equalizer = equalizer;
    builder.karaoke = karaoke;
    builder.timescale = timescale;
    builder.tremolo = tremolo;
    builder.vibrato = vibrato;
    builder.rotation = rotation;
    builder.distortion = distortion;
    builder.channelMix = channelMix;
    builder.lowPass = lowPass;
    builder.pluginFilters = pluginFilters.deepCopy();
    return builder;
  }

  /**
   * Combines this instance with another: every filter present in {@code other} replaces the same
   * filter here, and every filter absent from {@code other} is kept from here. Plugin filters are
   * combined by name, with {@code other}'s value winning for a name both have.
   *
   * <p>A filter is replaced as a whole; an equalizer in {@code other} replaces this equalizer,
   * bands that it leaves at 0 included. Values are not checked again.
   *
   * @param other the filters that take precedence
   * @return the combined filters; this instance and {@code other} are unchanged
   * @throws NullPointerException if {@code other} is null
   */
  public Filters merge(Filters other) {
    Objects.requireNonNull(other, "other");
    Builder merged = toBuilder();
    if (other.volume != null) {
      merged.volume = other.volume;
    }
    if (other.equalizer != null) {
      merged.equalizer = other.equalizer;
    }
    if (other.karaoke != null) {
      merged.karaoke = other.karaoke;
    }
    if (other.timescale != null) {
      merged.timescale = other.timescale;
    }
    if (other.tremolo != null) {
      merged.tremolo = other.tremolo;
    }
    if (other.vibrato != null) {
      merged.vibrato = other.vibrato;
    }
    if (other.rotation != null) {
      merged.rotation = other.rotation;
    }
    if (other.distortion != null) {
      merged.distortion = other.distortion;
    }
    if (other.channelMix != null) {
      merged.channelMix = other.channelMix;
    }
    if (other.lowPass != null) {
      merged.lowPass = other.lowPass;
    }
    for (Map.Entry<String, JsonElement> entry : other.pluginFilters.entrySet()) {
      merged.pluginFilters.add(entry.getKey(), entry.getValue().deepCopy());
    }
    return merged.build();
  }

  /**
   * Tells whether no filter is set, plugin filters included.
   *
   * @return true if this instance equals {@link #NONE}
   */
  public boolean isEmpty() {
    return volume == null && equalizer == null && karaoke == null && timescale == null
        && tremolo == null && vibrato == null && rotation == null && distortion == null
        && channelMix == null && lowPass == null && pluginFilters.size() == 0;
  }

  /**
   * Returns the volume filter: a multiplier applied to the audio, where 1.0 leaves it unchanged.
   * It works on top of the player's volume percentage.
   *
   * @return the multiplier, or null if the volume filter is not applied
   */
  public @Nullable Float volume() {
    return volume;
  }

  /**
   * Returns the 15-band equalizer.
   *
   * @return the equalizer, or null if it is not applied
   */
  public @Nullable Equalizer equalizer() {
    return equalizer;
  }

  /**
   * Returns the karaoke filter.
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Karaoke karaoke() {
    return karaoke;
  }

  /**
   * Returns the timescale filter (speed, pitch and rate).
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Timescale timescale() {
    return timescale;
  }

  /**
   * Returns the tremolo filter (volume oscillation).
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Tremolo tremolo() {
    return tremolo;
  }

  /**
   * Returns the vibrato filter (pitch oscillation).
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Vibrato vibrato() {
    return vibrato;
  }

  /**
   * Returns the rotation filter (panning around the listener).
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Rotation rotation() {
    return rotation;
  }

  /**
   * Returns the distortion filter.
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable Distortion distortion() {
    return distortion;
  }

  /**
   * Returns the channel mix filter.
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable ChannelMix channelMix() {
    return channelMix;
  }

  /**
   * Returns the low-pass filter.
   *
   * @return the filter, or null if it is not applied
   */
  public @Nullable LowPass lowPass() {
    return lowPass;
  }

  /**
   * Returns the plugin filters: a JSON object of plugin filter name to that filter's
   * configuration.
   *
   * @return the plugin filters, read-only; empty if there are none
   */
  public JsonView pluginFilters() {
    return JsonTrees.view(pluginFilters);
  }

  /**
   * Returns one plugin filter's configuration.
   *
   * @param name the plugin filter's name, as the plugin registers it
   * @return the configuration, read-only, or null if no plugin filter has that name
   * @throws NullPointerException if {@code name} is null
   */
  public @Nullable JsonView pluginFilter(String name) {
    Objects.requireNonNull(name, "name");
    JsonElement value = pluginFilters.get(name);
    return value == null ? null : JsonTrees.view(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filters other
        && Objects.equals(volume, other.volume)
        && Objects.equals(equalizer, other.equalizer)
        && Objects.equals(karaoke, other.karaoke)
        && Objects.equals(timescale, other.timescale)
        && Objects.equals(tremolo, other.tremolo)
        && Objects.equals(vibrato, other.vibrato)
        && Objects.equals(rotation, other.rotation)
        && Objects.equals(distortion, other.distortion)
        && Objects.equals(channelMix, other.channelMix)
        && Objects.equals(lowPass, other.lowPass)
        && pluginFilters.equals(other.pluginFilters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volume, equalizer, karaoke, timescale, tremolo, vibrato, rotation,
        distortion, channelMix, lowPass, pluginFilters);
  }

  /** Lists only the filters that are present, so that logs stay short. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Filters[", "]");
    appendIfPresent(joiner, "volume", volume);
    appendIfPresent(joiner, "equalizer", equalizer);
    appendIfPresent(joiner, "karaoke", karaoke);
    appendIfPresent(joiner, "timescale", timescale);
    appendIfPresent(joiner, "tremolo", tremolo);
    appendIfPresent(joiner, "vibrato", vibrato);
    appendIfPresent(joiner, "rotation", rotation);
    appendIfPresent(joiner, "distortion", distortion);
    appendIfPresent(joiner, "channelMix", channelMix);
    appendIfPresent(joiner, "lowPass", lowPass);
    if (pluginFilters.size() > 0) {
      joiner.add("pluginFilters=" + pluginFilters);
    }
    return joiner.toString();
  }

  private static void appendIfPresent(StringJoiner joiner, String name, @Nullable Object value) {
    if (value != null) {
      joiner.add(name + "=" + value);
    }
  }

  /**
   * Collects filters for a {@link Filters} instance. Each setter checks its value against the
   * documented range and throws {@link IllegalArgumentException}, naming the field, the value and
   * the range, if it is outside; the builder is then unchanged.
   *
   * <p>Not thread-safe; {@link #build()} may be called any number of times.
   */
  public static final class Builder {
    private final boolean checkRanges;
    private @Nullable Float volume;
    private @Nullable Equalizer equalizer;
    private @Nullable Karaoke karaoke;
    private @Nullable Timescale timescale;
    private @Nullable Tremolo tremolo;
    private @Nullable Vibrato vibrato;
    private @Nullable Rotation rotation;
    private @Nullable Distortion distortion;
    private @Nullable ChannelMix channelMix;
    private @Nullable LowPass lowPass;
    private JsonObject pluginFilters = new JsonObject();

    private Builder(boolean checkRanges) {
      this.checkRanges = checkRanges;
    }

    /**
     * Sets the volume filter, a multiplier on the audio: 1.0 leaves it unchanged, 0.5 halves it.
     * Values above 1.0 may clip.
     *
     * @param volume the multiplier, in [0.0, 5.0]
     * @return this builder
     * @throws IllegalArgumentException if {@code volume} is outside [0.0, 5.0] or not a number
     */
    public Builder volume(float volume) {
      if (checkRanges) {
        Check.closed("volume", volume, 0f, 5f);
      } else {
        Check.finite("volume", volume);
      }
      this.volume = volume;
      return this;
    }

    /**
     * Removes the volume filter.
     *
     * @return this builder
     */
    public Builder clearVolume() {
      this.volume = null;
      return this;
    }

    /**
     * Sets the equalizer, replacing any bands set before.
     *
     * @param equalizer the equalizer; every gain must be in [-0.25, 1.0]
     * @return this builder
     * @throws IllegalArgumentException if a gain is outside [-0.25, 1.0]
     * @throws NullPointerException if {@code equalizer} is null
     */
    public Builder equalizer(Equalizer equalizer) {
      Objects.requireNonNull(equalizer, "equalizer");
      if (checkRanges) {
        for (int band = 0; band < Equalizer.BANDS; band++) {
          Check.closed("equalizer.band[" + band + "].gain", equalizer.gain(band),
              Equalizer.MIN_GAIN, Equalizer.MAX_GAIN);
        }
      }
      this.equalizer = equalizer;
      return this;
    }

    /**
     * Sets the gain of one equalizer band, keeping the other bands. If no equalizer was set, the
     * other bands start at 0.
     *
     * @param band the band, 0 to 14 (see {@link Equalizer#BAND_FREQUENCIES_HZ})
     * @param gain the gain, in [-0.25, 1.0]; 0 leaves the band unchanged
     * @return this builder
     * @throws IllegalArgumentException if {@code band} is outside [0, 14] or {@code gain} is
     *     outside [-0.25, 1.0] or not a number
     */
    public Builder band(int band, float gain) {
      Equalizer.checkBand(band);
      if (checkRanges) {
        Check.closed("equalizer.band[" + band + "].gain", gain, Equalizer.MIN_GAIN,
            Equalizer.MAX_GAIN);
      }
      Equalizer current = equalizer == null ? Equalizer.FLAT : equalizer;
      this.equalizer = current.withGain(band, gain);
      return this;
    }

    /**
     * Removes the equalizer.
     *
     * @return this builder
     */
    public Builder clearEqualizer() {
      this.equalizer = null;
      return this;
    }

    /**
     * Sets the karaoke filter.
     *
     * @param karaoke the filter; {@code level} and {@code monoLevel} must be in [0.0, 1.0]
     * @return this builder
     * @throws IllegalArgumentException if {@code level} or {@code monoLevel} is outside [0.0, 1.0]
     * @throws NullPointerException if {@code karaoke} is null
     */
    public Builder karaoke(Karaoke karaoke) {
      Objects.requireNonNull(karaoke, "karaoke");
      if (checkRanges) {
        Check.closed("karaoke.level", karaoke.level(), 0f, 1f);
        Check.closed("karaoke.monoLevel", karaoke.monoLevel(), 0f, 1f);
      }
      this.karaoke = karaoke;
      return this;
    }

    /**
     * Removes the karaoke filter.
     *
     * @return this builder
     */
    public Builder clearKaraoke() {
      this.karaoke = null;
      return this;
    }

    /**
     * Sets the timescale filter.
     *
     * @param timescale the filter; speed, pitch and rate must each be greater than 0
     * @return this builder
     * @throws IllegalArgumentException if speed, pitch or rate is 0 or less
     * @throws NullPointerException if {@code timescale} is null
     */
    public Builder timescale(Timescale timescale) {
      Objects.requireNonNull(timescale, "timescale");
      if (checkRanges) {
        Check.above("timescale.speed", timescale.speed(), 0.0);
        Check.above("timescale.pitch", timescale.pitch(), 0.0);
        Check.above("timescale.rate", timescale.rate(), 0.0);
      }
      this.timescale = timescale;
      return this;
    }

    /**
     * Removes the timescale filter.
     *
     * @return this builder
     */
    public Builder clearTimescale() {
      this.timescale = null;
      return this;
    }

    /**
     * Sets the tremolo filter.
     *
     * @param tremolo the filter; frequency greater than 0, depth in (0.0, 1.0]
     * @return this builder
     * @throws IllegalArgumentException if the frequency is 0 or less, or the depth is outside
     *     (0.0, 1.0]
     * @throws NullPointerException if {@code tremolo} is null
     */
    public Builder tremolo(Tremolo tremolo) {
      Objects.requireNonNull(tremolo, "tremolo");
      if (checkRanges) {
        Check.above("tremolo.frequency", tremolo.frequency(), 0f);
        Check.openClosed("tremolo.depth", tremolo.depth(), 0f, 1f);
      }
      this.tremolo = tremolo;
      return this;
    }

    /**
     * Removes the tremolo filter.
     *
     * @return this builder
     */
    public Builder clearTremolo() {
      this.tremolo = null;
      return this;
    }

    /**
     * Sets the vibrato filter.
     *
     * @param vibrato the filter; frequency in (0.0, 14.0], depth in (0.0, 1.0]
     * @return this builder
     * @throws IllegalArgumentException if the frequency is outside (0.0, 14.0] or the depth is
     *     outside (0.0, 1.0]
     * @throws NullPointerException if {@code vibrato} is null
     */
    public Builder vibrato(Vibrato vibrato) {
      Objects.requireNonNull(vibrato, "vibrato");
      if (checkRanges) {
        Check.openClosed("vibrato.frequency", vibrato.frequency(), 0f, 14f);
        Check.openClosed("vibrato.depth", vibrato.depth(), 0f, 1f);
      }
      this.vibrato = vibrato;
      return this;
    }

    /**
     * Removes the vibrato filter.
     *
     * @return this builder
     */
    public Builder clearVibrato() {
      this.vibrato = null;
      return this;
    }

    /**
     * Sets the rotation filter. Any finite frequency is allowed.
     *
     * @param rotation the filter
     * @return this builder
     * @throws NullPointerException if {@code rotation} is null
     */
    public Builder rotation(Rotation rotation) {
      this.rotation = Objects.requireNonNull(rotation, "rotation");
      return this;
    }

    /**
     * Removes the rotation filter.
     *
     * @return this builder
     */
    public Builder clearRotation() {
      this.rotation = null;
      return this;
    }

    /**
     * Sets the distortion filter. Any finite values are allowed.
     *
     * @param distortion the filter
     * @return this builder
     * @throws NullPointerException if {@code distortion} is null
     */
    public Builder distortion(Distortion distortion) {
      this.distortion = Objects.requireNonNull(distortion, "distortion");
      return this;
    }

    /**
     * Removes the distortion filter.
     *
     * @return this builder
     */
    public Builder clearDistortion() {
      this.distortion = null;
      return this;
    }

    /**
     * Sets the channel mix filter.
     *
     * @param channelMix the filter; each factor must be in [0.0, 1.0]
     * @return this builder
     * @throws IllegalArgumentException if a factor is outside [0.0, 1.0]
     * @throws NullPointerException if {@code channelMix} is null
     */
    public Builder channelMix(ChannelMix channelMix) {
      Objects.requireNonNull(channelMix, "channelMix");
      if (checkRanges) {
        Check.closed("channelMix.leftToLeft", channelMix.leftToLeft(), 0f, 1f);
        Check.closed("channelMix.leftToRight", channelMix.leftToRight(), 0f, 1f);
        Check.closed("channelMix.rightToLeft", channelMix.rightToLeft(), 0f, 1f);
        Check.closed("channelMix.rightToRight", channelMix.rightToRight(), 0f, 1f);
      }
      this.channelMix = channelMix;
      return this;
    }

    /**
     * Removes the channel mix filter.
     *
     * @return this builder
     */
    public Builder clearChannelMix() {
      this.channelMix = null;
      return this;
    }

    /**
     * Sets the low-pass filter.
     *
     * @param lowPass the filter; the smoothing must be greater than 1.0
     * @return this builder
     * @throws IllegalArgumentException if the smoothing is 1.0 or less, which the node treats as
     *     "filter off"; use {@link #clearLowPass()} for that
     * @throws NullPointerException if {@code lowPass} is null
     */
    public Builder lowPass(LowPass lowPass) {
      Objects.requireNonNull(lowPass, "lowPass");
      if (checkRanges && !(lowPass.smoothing() > 1f)) {
        throw new IllegalArgumentException("lowPass.smoothing must be > 1.0, was "
            + lowPass.smoothing() + " (1.0 or less disables the filter; clear it instead)");
      }
      this.lowPass = lowPass;
      return this;
    }

    /**
     * Removes the low-pass filter.
     *
     * @return this builder
     */
    public Builder clearLowPass() {
      this.lowPass = null;
      return this;
    }

    /**
     * Sets a plugin filter, replacing any configuration set before under that name. The node
     * silently drops names that no installed plugin registers.
     *
     * @param name the plugin filter's name, as the plugin registers it
     * @param value the filter's configuration, any JSON; {@link JsonView#of(Object)} makes one
     *     from a record or a map
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder pluginFilter(String name, JsonView value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      pluginFilters.add(name, JsonTrees.tree(value));
      return this;
    }

    /**
     * Removes one plugin filter; does nothing if none has that name.
     *
     * @param name the plugin filter's name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder removePluginFilter(String name) {
      Objects.requireNonNull(name, "name");
      pluginFilters.remove(name);
      return this;
    }

    /**
     * Removes every plugin filter.
     *
     * @return this builder
     */
    public Builder clearPluginFilters() {
      pluginFilters = new JsonObject();
      return this;
    }

    /**
     * Creates the filters. The builder can be changed and used again afterwards without
     * affecting the result.
     *
     * @return the filters
     */
    public Filters build() {
      return new Filters(this);
    }
  }

  /**
   * The 15-band equalizer: a gain per band, where 0 leaves a band unchanged, -0.25 mutes it and
   * 0.25 doubles it. Bands that are not set have a gain of 0.
   *
   * <p>The record accepts any finite gain, so that it can hold what a node reports;
   * {@link Builder#equalizer(Equalizer)} checks the documented range [-0.25, 1.0].
   *
   * @param gains the gain of each band, index = band; exactly 15 values. The array is copied on
   *     the way in and out.
   */
  public record Equalizer(float[] gains) {
    /** The number of bands. */
    public static final int BANDS = 15;

    /** The lowest gain Lavalink documents: the band is muted. */
    public static final float MIN_GAIN = -0.25f;

    /** The highest gain Lavalink documents. */
    public static final float MAX_GAIN = 1.0f;

    /**
     * The centre frequency of each band in Hz, index = band: 25, 40, 63, 100, 160, 250, 400, 630,
     * 1000, 1600, 2500, 4000, 6300, 10000 and 16000.
     */
    public static final List<Integer> BAND_FREQUENCIES_HZ =
        List.of(25, 40, 63, 100, 160, 250, 400, 630, 1000, 1600, 2500, 4000, 6300, 10000, 16000);

    /** All bands at 0: the equalizer changes nothing. */
    public static final Equalizer FLAT = new Equalizer(new float[BANDS]);

    /**
     * Checks and copies the gains.
     *
     * @param gains the gain of each band, index = band; exactly 15 values. The array is copied on
     *     the way in and out.
     * @throws IllegalArgumentException if there are not exactly 15 gains or a gain is not finite
     * @throws NullPointerException if {@code gains} is null
     */
    public Equalizer {
      Objects.requireNonNull(gains, "gains");
      if (gains.length != BANDS) {
        throw new IllegalArgumentException(
            "equalizer must have " + BANDS + " bands, had " + gains.length);
      }
      gains = gains.clone();
      for (int band = 0; band < BANDS; band++) {
        Check.finite("equalizer.band[" + band + "].gain", gains[band]);
        // -0.0 and 0.0 sound the same; folding them keeps equals() and the wire form in step.
        if (gains[band] == 0f) {
          gains[band] = 0f;
        }
      }
    }

    /**
     * Returns the centre frequency of a band.
     *
     * @param band the band, 0 to 14
     * @return the frequency in Hz
     * @throws IllegalArgumentException if {@code band} is outside [0, 14]
     */
    public static int frequencyHz(int band) {
      checkBand(band);
      return BAND_FREQUENCIES_HZ.get(band);
    }

    /**
     * Returns a copy of the gains.
     *
     * @return 15 gains, index = band
     */
    @Override
    public float[] gains() {
      return gains.clone();
    }

    /**
     * Returns the gain of one band.
     *
     * @param band the band, 0 to 14
     * @return the gain; 0 if the band is not boosted or cut
     * @throws IllegalArgumentException if {@code band} is outside [0, 14]
     */
    public float gain(int band) {
      checkBand(band);
      return gains[band];
    }

    /**
     * Returns a copy of this equalizer with one band changed.
     *
     * @param band the band, 0 to 14
     * @param gain the new gain; any finite value (the builder checks the range)
     * @return the new equalizer; this one is unchanged
     * @throws IllegalArgumentException if {@code band} is outside [0, 14] or {@code gain} is not
     *     finite
     */
    public Equalizer withGain(int band, float gain) {
      checkBand(band);
      float[] copy = gains.clone();
      copy[band] = gain;
      return new Equalizer(copy);
    }

    /**
     * Tells whether every band is at 0, so that the equalizer changes nothing.
     *
     * @return true if all gains are 0
     */
    public boolean isFlat() {
      for (float gain : gains) {
        if (gain != 0f) {
          return false;
        }
      }
      return true;
    }

    static void checkBand(int band) {
      if (band < 0 || band >= BANDS) {
        throw new IllegalArgumentException(
            "equalizer band must be in [0, " + (BANDS - 1) + "], was " + band);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Equalizer other && Arrays.equals(gains, other.gains);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(gains);
    }

    /** Lists only the bands that are not 0. */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Equalizer[", "]");
      for (int band = 0; band < BANDS; band++) {
        if (gains[band] != 0f) {
          joiner.add(band + "=" + gains[band]);
        }
      }
      return joiner.toString();
    }
  }

  /**
   * Removes a frequency band from the centre of the stereo image, usually the lead vocals.
   *
   * <p>The record accepts any finite values; {@link Builder#karaoke(Karaoke)} checks the
   * documented ranges.
   *
   * @param level how much of the band is removed, 0.0 to 1.0 (1.0 = all)
   * @param monoLevel how much of the mono (centre) signal is removed, 0.0 to 1.0
   * @param filterBand the centre of the removed band, in Hz
   * @param filterWidth the width of the removed band, in Hz
   */
  public record Karaoke(float level, float monoLevel, float filterBand, float filterWidth) {
    /** Lavalink's defaults: level 1.0, mono level 1.0, band 220 Hz, width 100 Hz. */
    public static final Karaoke DEFAULT = new Karaoke(1f, 1f, 220f, 100f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param level how much of the band is removed, 0.0 to 1.0 (1.0 = all)
     * @param monoLevel how much of the mono (centre) signal is removed, 0.0 to 1.0
     * @param filterBand the centre of the removed band, in Hz
     * @param filterWidth the width of the removed band, in Hz
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public Karaoke {
      Check.finite("karaoke.level", level);
      Check.finite("karaoke.monoLevel", monoLevel);
      Check.finite("karaoke.filterBand", filterBand);
      Check.finite("karaoke.filterWidth", filterWidth);
    }
  }

  /**
   * Changes the speed, pitch and rate of the audio. Each is a factor where 1.0 leaves the audio
   * unchanged; {@code rate} changes speed and pitch together.
   *
   * <p>Lavalink documents each factor as {@code 0.0 <= x}, but a speed or rate of exactly 0 stalls
   * playback: the track stops advancing while the player still counts as playing. A pitch of 0 has
   * no audible meaning either. {@link Builder#timescale(Timescale)} therefore requires each factor
   * to be greater than 0. The record itself accepts any finite value, because a node may report 0.
   *
   * @param speed the playback speed factor, without changing pitch
   * @param pitch the pitch factor, without changing speed
   * @param rate the resampling factor, changing speed and pitch together
   */
  public record Timescale(double speed, double pitch, double rate) {
    /** Every factor at 1.0: the audio is unchanged. */
    public static final Timescale DEFAULT = new Timescale(1.0, 1.0, 1.0);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param speed the playback speed factor, without changing pitch
     * @param pitch the pitch factor, without changing speed
     * @param rate the resampling factor, changing speed and pitch together
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public Timescale {
      Check.finite("timescale.speed", speed);
      Check.finite("timescale.pitch", pitch);
      Check.finite("timescale.rate", rate);
    }
  }

  /**
   * Makes the volume oscillate.
   *
   * <p>The record accepts any finite values; {@link Builder#tremolo(Tremolo)} checks the
   * documented ranges.
   *
   * @param frequency oscillations per second, greater than 0
   * @param depth how deep the oscillation goes, in (0.0, 1.0]
   */
  public record Tremolo(float frequency, float depth) {
    /** Lavalink's defaults: 2 Hz, depth 0.5. */
    public static final Tremolo DEFAULT = new Tremolo(2f, 0.5f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param frequency oscillations per second, greater than 0
     * @param depth how deep the oscillation goes, in (0.0, 1.0]
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public Tremolo {
      Check.finite("tremolo.frequency", frequency);
      Check.finite("tremolo.depth", depth);
    }
  }

  /**
   * Makes the pitch oscillate.
   *
   * <p>The record accepts any finite values; {@link Builder#vibrato(Vibrato)} checks the
   * documented ranges.
   *
   * @param frequency oscillations per second, in (0.0, 14.0]
   * @param depth how deep the oscillation goes, in (0.0, 1.0]
   */
  public record Vibrato(float frequency, float depth) {
    /** Lavalink's defaults: 2 Hz, depth 0.5. */
    public static final Vibrato DEFAULT = new Vibrato(2f, 0.5f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param frequency oscillations per second, in (0.0, 14.0]
     * @param depth how deep the oscillation goes, in (0.0, 1.0]
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public Vibrato {
      Check.finite("vibrato.frequency", frequency);
      Check.finite("vibrato.depth", depth);
    }
  }

  /**
   * Pans the audio around the listener between the left and right channel (often called "8D
   * audio").
   *
   * @param rotationHz rotations per second; 0 does not rotate, about 0.2 gives the common 8D effect
   */
  public record Rotation(double rotationHz) {
    /** Lavalink's default, 0 Hz: no rotation. */
    public static final Rotation DEFAULT = new Rotation(0.0);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param rotationHz rotations per second; 0 does not rotate, about 0.2 gives the common 8D
     *     effect
     * @throws IllegalArgumentException if {@code rotationHz} is NaN or infinite
     */
    public Rotation {
      Check.finite("rotation.rotationHz", rotationHz);
    }
  }

  /**
   * Distorts the audio with sine, cosine and tangent functions of each sample, each with its own
   * offset and scale, then offsets and scales the result. With the defaults (offsets 0, scales 1)
   * the node does not apply the filter.
   *
   * @param sinOffset offset of the sine term
   * @param sinScale scale of the sine term
   * @param cosOffset offset of the cosine term
   * @param cosScale scale of the cosine term
   * @param tanOffset offset of the tangent term
   * @param tanScale scale of the tangent term
   * @param offset offset added to the result
   * @param scale scale applied to the result
   */
  public record Distortion(
      float sinOffset,
      float sinScale,
      float cosOffset,
      float cosScale,
      float tanOffset,
      float tanScale,
      float offset,
      float scale) {
    /** Lavalink's defaults: every offset 0.0 and every scale 1.0. */
    public static final Distortion DEFAULT = new Distortion(0f, 1f, 0f, 1f, 0f, 1f, 0f, 1f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param sinOffset offset of the sine term
     * @param sinScale scale of the sine term
     * @param cosOffset offset of the cosine term
     * @param cosScale scale of the cosine term
     * @param tanOffset offset of the tangent term
     * @param tanScale scale of the tangent term
     * @param offset offset added to the result
     * @param scale scale applied to the result
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public Distortion {
      Check.finite("distortion.sinOffset", sinOffset);
      Check.finite("distortion.sinScale", sinScale);
      Check.finite("distortion.cosOffset", cosOffset);
      Check.finite("distortion.cosScale", cosScale);
      Check.finite("distortion.tanOffset", tanOffset);
      Check.finite("distortion.tanScale", tanScale);
      Check.finite("distortion.offset", offset);
      Check.finite("distortion.scale", scale);
    }
  }

  /**
   * Mixes the left and right channels into each other. Each factor says how much of one input
   * channel goes into one output channel; all four at 0.5 makes the audio mono.
   *
   * <p>The record accepts any finite values; {@link Builder#channelMix(ChannelMix)} checks the
   * documented range [0.0, 1.0].
   *
   * @param leftToLeft left input into left output
   * @param leftToRight left input into right output
   * @param rightToLeft right input into left output
   * @param rightToRight right input into right output
   */
  public record ChannelMix(float leftToLeft, float leftToRight, float rightToLeft,
      float rightToRight) {
    /** Lavalink's defaults: each channel stays on its side. */
    public static final ChannelMix DEFAULT = new ChannelMix(1f, 0f, 0f, 1f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param leftToLeft left input into left output
     * @param leftToRight left input into right output
     * @param rightToLeft right input into left output
     * @param rightToRight right input into right output
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public ChannelMix {
      Check.finite("channelMix.leftToLeft", leftToLeft);
      Check.finite("channelMix.leftToRight", leftToRight);
      Check.finite("channelMix.rightToLeft", rightToLeft);
      Check.finite("channelMix.rightToRight", rightToRight);
    }
  }

  /**
   * Suppresses high frequencies and lets low ones pass, which makes the audio softer.
   *
   * <p>A smoothing of 1.0 or less disables the filter on the node. The record accepts it, because
   * a node may report it; {@link Builder#lowPass(LowPass)} requires more than 1.0, so that code
   * meaning to switch the filter off clears it instead.
   *
   * @param smoothing the smoothing factor; the higher, the more is cut
   */
  public record LowPass(float smoothing) {
    /** Lavalink's default smoothing, 20.0. */
    public static final LowPass DEFAULT = new LowPass(20f);

    /**
     * Creates the filter settings; every value must be a finite number.
     *
     * @param smoothing the smoothing factor; the higher, the more is cut
     * @throws IllegalArgumentException if {@code smoothing} is NaN or infinite
     */
    public LowPass {
      Check.finite("lowPass.smoothing", smoothing);
    }
  }

  /** Range checks with messages of the form "{field} must be in {range}, was {value}". */
  private static final class Check {
    private Check() {}

    static void finite(String field, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(field + " must be a finite number, was " + value);
      }
    }

    static void finite(String field, float value) {
      if (!Float.isFinite(value)) {
        throw new IllegalArgumentException(field + " must be a finite number, was " + value);
      }
    }

    /** The negated comparisons also reject NaN. */
    static void closed(String field, float value, float min, float max) {
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException(
            field + " must be in [" + min + ", " + max + "], was " + value);
      }
    }

    static void openClosed(String field, float value, float min, float max) {
      if (!(value > min && value <= max)) {
        throw new IllegalArgumentException(
            field + " must be in (" + min + ", " + max + "], was " + value);
      }
    }

    static void above(String field, double value, double min) {
      if (!(value > min && value < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(field + " must be > " + min + ", was " + value);
      }
    }

    /** Kept separate from the double version so that a float prints as it was written. */
    static void above(String field, float value, float min) {
      if (!(value > min && value < Float.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(field + " must be > " + min + ", was " + value);
      }
    }
  }
}
