package dev.tonearm.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.player.FilterPresets.BassBoost;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FilterPresetsTest {

  @Test
  void nightcore_setsFasterHigherTimescaleOnly() {
    Filters filters = FilterPresets.nightcore();

    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(1.25, 1.25, 1.0));
    assertThat(filters.toBuilder().clearTimescale().build().isEmpty()).isTrue();
  }

  @Test
  void vaporwave_setsSlowerLowerTimescaleOnly() {
    Filters filters = FilterPresets.vaporwave();

    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(0.85, 0.8, 1.0));
    assertThat(filters.toBuilder().clearTimescale().build().isEmpty()).isTrue();
  }

  @Test
  void bassBoost_eachLevel_setsDocumentedGainsOnBandsZeroToFive() {
    assertThat(gains(BassBoost.LOW)).containsExactly(0.10f, 0.10f, 0.08f, 0.05f, 0.03f, 0.01f);
    assertThat(gains(BassBoost.MEDIUM)).containsExactly(0.20f, 0.18f, 0.15f, 0.10f, 0.06f, 0.02f);
    assertThat(gains(BassBoost.HIGH)).containsExactly(0.30f, 0.27f, 0.22f, 0.15f, 0.08f, 0.03f);
    assertThat(gains(BassBoost.EXTREME))
        .containsExactly(0.45f, 0.40f, 0.33f, 0.22f, 0.12f, 0.05f);
  }

  @ParameterizedTest
  @EnumSource(BassBoost.class)
  void bassBoost_anyLevel_leavesBandsSixToFourteenFlatAndSetsNothingElse(BassBoost level) {
    Filters filters = FilterPresets.bassBoost(level);

    Filters.Equalizer equalizer = filters.equalizer();
    assertThat(equalizer).isEqualTo(level.equalizer());
    for (int band = 6; band < Filters.Equalizer.BANDS; band++) {
      assertThat(equalizer.gain(band)).as("band %d", band).isZero();
    }
    assertThat(filters.toBuilder().clearEqualizer().build().isEmpty()).isTrue();
  }

  @Test
  void bassBoost_levels_increaseOnEveryBand() {
    BassBoost[] levels = BassBoost.values();
    for (int i = 1; i < levels.length; i++) {
      for (int band = 0; band <= 5; band++) {
        assertThat(levels[i].equalizer().gain(band))
            .as("%s band %d", levels[i], band)
            .isGreaterThan(levels[i - 1].equalizer().gain(band));
      }
    }
  }

  @Test
  void bassBoost_null_throwsNullPointerException() {
    assertThatThrownBy(() -> FilterPresets.bassBoost(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void eightD_setsRotationOnly() {
    Filters filters = FilterPresets.eightD();

    assertThat(filters.rotation()).isEqualTo(new Filters.Rotation(0.2));
    assertThat(filters.toBuilder().clearRotation().build().isEmpty()).isTrue();
  }

  @Test
  void karaoke_setsKaraokeDefaultsOnly() {
    Filters filters = FilterPresets.karaoke();

    assertThat(filters.karaoke()).isEqualTo(new Filters.Karaoke(1f, 1f, 220f, 100f));
    assertThat(filters.toBuilder().clearKaraoke().build().isEmpty()).isTrue();
  }

  @Test
  void soft_setsLowPassOnly() {
    Filters filters = FilterPresets.soft();

    assertThat(filters.lowPass()).isEqualTo(new Filters.LowPass(20f));
    assertThat(filters.toBuilder().clearLowPass().build().isEmpty()).isTrue();
  }

  @Test
  void trebleBoost_setsBandsTenToFourteenOnly() {
    Filters filters = FilterPresets.trebleBoost();

    Filters.Equalizer equalizer = filters.equalizer();
    assertThat(equalizer).isNotNull();
    for (int band = 0; band < 10; band++) {
      assertThat(equalizer.gain(band)).as("band %d", band).isZero();
    }
    assertThat(new float[] {equalizer.gain(10), equalizer.gain(11), equalizer.gain(12),
        equalizer.gain(13), equalizer.gain(14)})
        .containsExactly(0.10f, 0.15f, 0.20f, 0.25f, 0.25f);
    assertThat(filters.toBuilder().clearEqualizer().build().isEmpty()).isTrue();
  }

  @Test
  void mono_setsChannelMixAllHalf() {
    Filters filters = FilterPresets.mono();

    assertThat(filters.channelMix()).isEqualTo(new Filters.ChannelMix(0.5f, 0.5f, 0.5f, 0.5f));
    assertThat(filters.toBuilder().clearChannelMix().build().isEmpty()).isTrue();
  }

  static Stream<Arguments> presets() {
    return Stream.of(
        Arguments.of("nightcore", (Supplier<Filters>) FilterPresets::nightcore),
        Arguments.of("vaporwave", (Supplier<Filters>) FilterPresets::vaporwave),
        Arguments.of("bassBoost LOW",
            (Supplier<Filters>) () -> FilterPresets.bassBoost(BassBoost.LOW)),
        Arguments.of("bassBoost MEDIUM",
            (Supplier<Filters>) () -> FilterPresets.bassBoost(BassBoost.MEDIUM)),
        Arguments.of("bassBoost HIGH",
            (Supplier<Filters>) () -> FilterPresets.bassBoost(BassBoost.HIGH)),
        Arguments.of("bassBoost EXTREME",
            (Supplier<Filters>) () -> FilterPresets.bassBoost(BassBoost.EXTREME)),
        Arguments.of("eightD", (Supplier<Filters>) FilterPresets::eightD),
        Arguments.of("karaoke", (Supplier<Filters>) FilterPresets::karaoke),
        Arguments.of("soft", (Supplier<Filters>) FilterPresets::soft),
        Arguments.of("trebleBoost", (Supplier<Filters>) FilterPresets::trebleBoost),
        Arguments.of("mono", (Supplier<Filters>) FilterPresets::mono));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_everyFilterSetAgainThroughCheckingBuilder_passesValidation(
      String name, Supplier<Filters> preset) {
    Filters filters = preset.get();

    assertThat(filters.isEmpty()).isFalse();
    assertThatNoException().isThrownBy(() -> assertThat(revalidate(filters)).isEqualTo(filters));
  }

  /** Puts every present filter through the range-checking setters of a fresh builder. */
  private static Filters revalidate(Filters filters) {
    Filters.Builder builder = Filters.builder();
    if (filters.volume() != null) {
      builder.volume(filters.volume());
    }
    if (filters.equalizer() != null) {
      builder.equalizer(filters.equalizer());
    }
    if (filters.karaoke() != null) {
      builder.karaoke(filters.karaoke());
    }
    if (filters.timescale() != null) {
      builder.timescale(filters.timescale());
    }
    if (filters.tremolo() != null) {
      builder.tremolo(filters.tremolo());
    }
    if (filters.vibrato() != null) {
      builder.vibrato(filters.vibrato());
    }
    if (filters.rotation() != null) {
      builder.rotation(filters.rotation());
    }
    if (filters.distortion() != null) {
      builder.distortion(filters.distortion());
    }
    if (filters.channelMix() != null) {
      builder.channelMix(filters.channelMix());
    }
    if (filters.lowPass() != null) {
      builder.lowPass(filters.lowPass());
    }
    return builder.build();
  }

  private static float[] gains(BassBoost level) {
    Filters.Equalizer equalizer = FilterPresets.bassBoost(level).equalizer();
    float[] low = new float[6];
    for (int band = 0; band < low.length; band++) {
      low[band] = equalizer.gain(band);
    }
    return low;
  }
}
