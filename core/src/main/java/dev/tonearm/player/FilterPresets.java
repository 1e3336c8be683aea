package dev.tonearm.player;

import java.util.Objects;

/**
 * Ready-made {@link Filters} for the effects music bots usually offer.
 *
 * <p>Each preset sets only the filters it names, so presets combine with
 * {@link Filters#merge(Filters)}; where two presets set the same filter, the argument of
 * {@code merge} wins:
 *
 * <pre>{@code
 * Filters filters = FilterPresets.nightcore().merge(FilterPresets.bassBoost(BassBoost.MEDIUM));
 * }</pre>
 *
 * <p>Every preset stays within the ranges Lavalink documents.
 */
public final class FilterPresets {
  private FilterPresets() {}

  /**
   * Nightcore: faster and higher. Sets the timescale to speed 1.25, pitch 1.25, rate 1.0.
   *
   * @return the filters
   */
  public static Filters nightcore() {
    return Filters.builder().timescale(new Filters.Timescale(1.25, 1.25, 1.0)).build();
  }

  /**
   * Vaporwave: slower and lower. Sets the timescale to speed 0.85, pitch 0.8, rate 1.0.
   *
   * @return the filters
   */
  public static Filters vaporwave() {
    return Filters.builder().timescale(new Filters.Timescale(0.85, 0.8, 1.0)).build();
  }

  /**
   * Bass boost: raises the equalizer bands 0 to 5 (25 Hz to 250 Hz) by the gains of
   * {@code level}; all other bands stay at 0.
   *
   * @param level how strong the boost is
   * @return the filters
   * @throws NullPointerException if {@code level} is null
   */
  public static Filters bassBoost(BassBoost level) {
    Objects.requireNonNull(level, "level");
    return Filters.builder().equalizer(level.equalizer()).build();
  }

  /**
   * 8D audio: the sound circles around the listener. Sets the rotation to 0.2 Hz, one turn every
   * five seconds.
   *
   * @return the filters
   */
  public static Filters eightD() {
    return Filters.builder().rotation(new Filters.Rotation(0.2)).build();
  }

  /**
   * Karaoke: removes most of the lead vocals. Sets the karaoke filter to Lavalink's defaults:
   * level 1.0, mono level 1.0, band 220 Hz, width 100 Hz.
   *
   * @return the filters
   */
  public static Filters karaoke() {
    return Filters.builder().karaoke(Filters.Karaoke.DEFAULT).build();
  }

  /**
   * Soft: cuts the high frequencies. Sets the low-pass filter to smoothing 20.0.
   *
   * @return the filters
   */
  public static Filters soft() {
    return Filters.builder().lowPass(new Filters.LowPass(20f)).build();
  }

  /**
   * Treble boost: raises the equalizer bands 10 to 14 (2.5 kHz to 16 kHz) by 0.10, 0.15, 0.20,
   * 0.25 and 0.25; all other bands stay at 0.
   *
   * @return the filters
   */
  public static Filters trebleBoost() {
    return Filters.builder()
        .band(10, 0.10f)
        .band(11, 0.15f)
        .band(12, 0.20f)
        .band(13, 0.25f)
        .band(14, 0.25f)
        .build();
  }

  /**
   * Mono: both ears hear the same mix. Sets the channel mix to 0.5 for all four factors.
   *
   * @return the filters
   */
  public static Filters mono() {
    return Filters.builder().channelMix(new Filters.ChannelMix(0.5f, 0.5f, 0.5f, 0.5f)).build();
  }

  /**
   * Strengths of {@link #bassBoost(BassBoost)}. Each level sets the gains of equalizer bands 0 to
   * 5 (25, 40, 63, 100, 160 and 250 Hz), falling towards the mids so that the boost does not muddy
   * voices:
   *
   * <table>
   *   <caption>Gains per band</caption>
   *   <tr><th>Level</th><th>0</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>
   *   <tr><td>LOW</td><td>0.10</td><td>0.10</td><td>0.08</td><td>0.05</td><td>0.03</td>
   *       <td>0.01</td></tr>
   *   <tr><td>MEDIUM</td><td>0.20</td><td>0.18</td><td>0.15</td><td>0.10</td><td>0.06</td>
   *       <td>0.02</td></tr>
   *   <tr><td>HIGH</td><td>0.30</td><td>0.27</td><td>0.22</td><td>0.15</td><td>0.08</td>
   *       <td>0.03</td></tr>
   *   <tr><td>EXTREME</td><td>0.45</td><td>0.40</td><td>0.33</td><td>0.22</td><td>0.12</td>
   *       <td>0.05</td></tr>
   * </table>
   *
   * <p>EXTREME is loud enough to clip on bass-heavy tracks.
   */
  public enum BassBoost {
    /** A light lift of the lows. */
    LOW(0.10f, 0.10f, 0.08f, 0.05f, 0.03f, 0.01f),
    /** A clear boost that most tracks take well. */
    MEDIUM(0.20f, 0.18f, 0.15f, 0.10f, 0.06f, 0.02f),
    /** A strong boost. */
    HIGH(0.30f, 0.27f, 0.22f, 0.15f, 0.08f, 0.03f),
    /** The strongest level; may clip. */
    EXTREME(0.45f, 0.40f, 0.33f, 0.22f, 0.12f, 0.05f);

    private final Filters.Equalizer equalizer;

    BassBoost(float... lowBandGains) {
      float[] gains = new float[Filters.Equalizer.BANDS];
      System.arraycopy(lowBandGains, 0, gains, 0, lowBandGains.length);
      this.equalizer = new Filters.Equalizer(gains);
    }

    /**
     * Returns the equalizer of this level: bands 0 to 5 as in the table above, the rest at 0.
     *
     * @return the equalizer
     */
    public Filters.Equalizer equalizer() {
      return equalizer;
    }
  }
}
