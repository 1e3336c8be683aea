package dev.tonearm.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.json.JsonView;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiltersTest {

  private static Filters.Builder builder() {
    return Filters.builder();
  }

  // Boundaries of every documented range, through the builder setters. Each case is the value
  // just inside (accepted) or just outside / NaN (rejected, with the exact message).

  static Stream<Arguments> acceptedBoundaries() {
    return Stream.of(
        Arguments.of("volume 0.0", (ThrowingCallable) () -> builder().volume(0f)),
        Arguments.of("volume 5.0", (ThrowingCallable) () -> builder().volume(5f)),
        Arguments.of("band 0 gain -0.25", (ThrowingCallable) () -> builder().band(0, -0.25f)),
        Arguments.of("band 14 gain 1.0", (ThrowingCallable) () -> builder().band(14, 1f)),
        Arguments.of("equalizer gain -0.25", (ThrowingCallable) () ->
            builder().equalizer(Filters.Equalizer.FLAT.withGain(3, -0.25f))),
        Arguments.of("equalizer gain 1.0", (ThrowingCallable) () ->
            builder().equalizer(Filters.Equalizer.FLAT.withGain(3, 1f))),
        Arguments.of("karaoke levels 0.0", (ThrowingCallable) () ->
            builder().karaoke(new Filters.Karaoke(0f, 0f, 220f, 100f))),
        Arguments.of("karaoke levels 1.0", (ThrowingCallable) () ->
            builder().karaoke(new Filters.Karaoke(1f, 1f, -5f, 0f))),
        Arguments.of("timescale smallest positive", (ThrowingCallable) () -> builder().timescale(
            new Filters.Timescale(Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE))),
        Arguments.of("timescale large", (ThrowingCallable) () ->
            builder().timescale(new Filters.Timescale(100, 100, 100))),
        Arguments.of("tremolo smallest positive, depth 1.0", (ThrowingCallable) () ->
            builder().tremolo(new Filters.Tremolo(Float.MIN_VALUE, 1f))),
        Arguments.of("tremolo depth smallest positive", (ThrowingCallable) () ->
            builder().tremolo(new Filters.Tremolo(2f, Float.MIN_VALUE))),
        Arguments.of("vibrato frequency 14.0, depth 1.0", (ThrowingCallable) () ->
            builder().vibrato(new Filters.Vibrato(14f, 1f))),
        Arguments.of("vibrato smallest positive", (ThrowingCallable) () ->
            builder().vibrato(new Filters.Vibrato(Float.MIN_VALUE, Float.MIN_VALUE))),
        Arguments.of("rotation negative", (ThrowingCallable) () ->
            builder().rotation(new Filters.Rotation(-3.0))),
        Arguments.of("distortion anything finite", (ThrowingCallable) () -> builder()
            .distortion(new Filters.Distortion(-9f, 9f, -9f, 9f, -9f, 9f, -9f, 9f))),
        Arguments.of("channelMix 0.0", (ThrowingCallable) () ->
            builder().channelMix(new Filters.ChannelMix(0f, 0f, 0f, 0f))),
        Arguments.of("channelMix 1.0", (ThrowingCallable) () ->
            builder().channelMix(new Filters.ChannelMix(1f, 1f, 1f, 1f))),
        Arguments.of("lowPass just above 1.0", (ThrowingCallable) () ->
            builder().lowPass(new Filters.LowPass(Math.nextUp(1f)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedBoundaries")
  void builderSetter_valueJustInsideRange_isAccepted(String name, ThrowingCallable set) {
    assertThatNoException().isThrownBy(set);
  }

  static Stream<Arguments> rejectedBoundaries() {
    float belowZero = Math.nextDown(0f);
    float aboveFive = Math.nextUp(5f);
    float belowMinGain = Math.nextDown(-0.25f);
    float aboveOne = Math.nextUp(1f);
    return Stream.of(
        rejected(() -> builder().volume(belowZero),
            "volume must be in [0.0, 5.0], was " + belowZero),
        rejected(() -> builder().volume(aboveFive),
            "volume must be in [0.0, 5.0], was " + aboveFive),
        rejected(() -> builder().volume(Float.NaN),
            "volume must be in [0.0, 5.0], was NaN"),
        rejected(() -> builder().volume(Float.POSITIVE_INFINITY),
            "volume must be in [0.0, 5.0], was Infinity"),
        rejected(() -> builder().band(2, belowMinGain),
            "equalizer.band[2].gain must be in [-0.25, 1.0], was " + belowMinGain),
        rejected(() -> builder().band(2, aboveOne),
            "equalizer.band[2].gain must be in [-0.25, 1.0], was " + aboveOne),
        rejected(() -> builder().band(2, Float.NaN),
            "equalizer.band[2].gain must be in [-0.25, 1.0], was NaN"),
        rejected(() -> builder().band(-1, 0.1f), "equalizer band must be in [0, 14], was -1"),
        rejected(() -> builder().band(15, 0.1f), "equalizer band must be in [0, 14], was 15"),
        rejected(() -> builder().equalizer(Filters.Equalizer.FLAT.withGain(7, aboveOne)),
            "equalizer.band[7].gain must be in [-0.25, 1.0], was " + aboveOne),
        rejected(() -> builder().equalizer(Filters.Equalizer.FLAT.withGain(0, belowMinGain)),
            "equalizer.band[0].gain must be in [-0.25, 1.0], was " + belowMinGain),
        rejected(() -> builder().karaoke(new Filters.Karaoke(aboveOne, 1f, 220f, 100f)),
            "karaoke.level must be in [0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().karaoke(new Filters.Karaoke(belowZero, 1f, 220f, 100f)),
            "karaoke.level must be in [0.0, 1.0], was " + belowZero),
        rejected(() -> builder().karaoke(new Filters.Karaoke(1f, aboveOne, 220f, 100f)),
            "karaoke.monoLevel must be in [0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().karaoke(new Filters.Karaoke(1f, belowZero, 220f, 100f)),
            "karaoke.monoLevel must be in [0.0, 1.0], was " + belowZero),
        rejected(() -> builder().timescale(new Filters.Timescale(0, 1, 1)),
            "timescale.speed must be > 0.0, was 0.0"),
        rejected(() -> builder().timescale(new Filters.Timescale(1, 0, 1)),
            "timescale.pitch must be > 0.0, was 0.0"),
        rejected(() -> builder().timescale(new Filters.Timescale(1, 1, 0)),
            "timescale.rate must be > 0.0, was 0.0"),
        rejected(() -> builder().timescale(new Filters.Timescale(-0.5, 1, 1)),
            "timescale.speed must be > 0.0, was -0.5"),
        rejected(() -> builder().tremolo(new Filters.Tremolo(0f, 0.5f)),
            "tremolo.frequency must be > 0.0, was 0.0"),
        rejected(() -> builder().tremolo(new Filters.Tremolo(2f, 0f)),
            "tremolo.depth must be in (0.0, 1.0], was 0.0"),
        rejected(() -> builder().tremolo(new Filters.Tremolo(2f, 1.5f)),
            "tremolo.depth must be in (0.0, 1.0], was 1.5"),
        rejected(() -> builder().tremolo(new Filters.Tremolo(2f, aboveOne)),
            "tremolo.depth must be in (0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().vibrato(new Filters.Vibrato(0f, 0.5f)),
            "vibrato.frequency must be in (0.0, 14.0], was 0.0"),
        rejected(() -> builder().vibrato(new Filters.Vibrato(Math.nextUp(14f), 0.5f)),
            "vibrato.frequency must be in (0.0, 14.0], was " + Math.nextUp(14f)),
        rejected(() -> builder().vibrato(new Filters.Vibrato(2f, 0f)),
            "vibrato.depth must be in (0.0, 1.0], was 0.0"),
        rejected(() -> builder().vibrato(new Filters.Vibrato(2f, aboveOne)),
            "vibrato.depth must be in (0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().channelMix(new Filters.ChannelMix(aboveOne, 0f, 0f, 1f)),
            "channelMix.leftToLeft must be in [0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().channelMix(new Filters.ChannelMix(1f, belowZero, 0f, 1f)),
            "channelMix.leftToRight must be in [0.0, 1.0], was " + belowZero),
        rejected(() -> builder().channelMix(new Filters.ChannelMix(1f, 0f, aboveOne, 1f)),
            "channelMix.rightToLeft must be in [0.0, 1.0], was " + aboveOne),
        rejected(() -> builder().channelMix(new Filters.ChannelMix(1f, 0f, 0f, belowZero)),
            "channelMix.rightToRight must be in [0.0, 1.0], was " + belowZero),
        rejected(() -> builder().lowPass(new Filters.LowPass(1f)),
            "lowPass.smoothing must be > 1.0, was 1.0"
                + " (1.0 or less disables the filter; clear it instead)"),
        rejected(() -> builder().lowPass(new Filters.LowPass(0.5f)),
            "lowPass.smoothing must be > 1.0, was 0.5"
                + " (1.0 or less disables the filter; clear it instead)"));
  }

  private static Arguments rejected(ThrowingCallable set, String message) {
    return Arguments.of(message, set, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedBoundaries")
  void builderSetter_valueOutsideRange_throwsNamingFieldValueAndRange(
      String name, ThrowingCallable set, String message) {
    assertThatThrownBy(set).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  // NaN and infinities cannot be sent as JSON, so every record refuses them when constructed.

  static Stream<Arguments> nonFiniteConstructions() {
    return Stream.of(
        rejected(() -> new Filters.Karaoke(Float.NaN, 1f, 220f, 100f),
            "karaoke.level must be a finite number, was NaN"),
        rejected(() -> new Filters.Karaoke(1f, Float.NaN, 220f, 100f),
            "karaoke.monoLevel must be a finite number, was NaN"),
        rejected(() -> new Filters.Karaoke(1f, 1f, Float.POSITIVE_INFINITY, 100f),
            "karaoke.filterBand must be a finite number, was Infinity"),
        rejected(() -> new Filters.Karaoke(1f, 1f, 220f, Float.NEGATIVE_INFINITY),
            "karaoke.filterWidth must be a finite number, was -Infinity"),
        rejected(() -> new Filters.Timescale(Double.NaN, 1, 1),
            "timescale.speed must be a finite number, was NaN"),
        rejected(() -> new Filters.Timescale(1, Double.POSITIVE_INFINITY, 1),
            "timescale.pitch must be a finite number, was Infinity"),
        rejected(() -> new Filters.Timescale(1, 1, Double.NaN),
            "timescale.rate must be a finite number, was NaN"),
        rejected(() -> new Filters.Tremolo(Float.NaN, 0.5f),
            "tremolo.frequency must be a finite number, was NaN"),
        rejected(() -> new Filters.Tremolo(2f, Float.NaN),
            "tremolo.depth must be a finite number, was NaN"),
        rejected(() -> new Filters.Vibrato(Float.POSITIVE_INFINITY, 0.5f),
            "vibrato.frequency must be a finite number, was Infinity"),
        rejected(() -> new Filters.Vibrato(2f, Float.NaN),
            "vibrato.depth must be a finite number, was NaN"),
        rejected(() -> new Filters.Rotation(Double.NaN),
            "rotation.rotationHz must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(Float.NaN, 1f, 0f, 1f, 0f, 1f, 0f, 1f),
            "distortion.sinOffset must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, Float.NaN, 0f, 1f, 0f, 1f, 0f, 1f),
            "distortion.sinScale must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, Float.NaN, 1f, 0f, 1f, 0f, 1f),
            "distortion.cosOffset must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, 0f, Float.NaN, 0f, 1f, 0f, 1f),
            "distortion.cosScale must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, 0f, 1f, Float.NaN, 1f, 0f, 1f),
            "distortion.tanOffset must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, 0f, 1f, 0f, Float.NaN, 0f, 1f),
            "distortion.tanScale must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, 0f, 1f, 0f, 1f, Float.NaN, 1f),
            "distortion.offset must be a finite number, was NaN"),
        rejected(() -> new Filters.Distortion(0f, 1f, 0f, 1f, 0f, 1f, 0f, Float.NaN),
            "distortion.scale must be a finite number, was NaN"),
        rejected(() -> new Filters.ChannelMix(Float.NaN, 0f, 0f, 1f),
            "channelMix.leftToLeft must be a finite number, was NaN"),
        rejected(() -> new Filters.ChannelMix(1f, Float.NaN, 0f, 1f),
            "channelMix.leftToRight must be a finite number, was NaN"),
        rejected(() -> new Filters.ChannelMix(1f, 0f, Float.NaN, 1f),
            "channelMix.rightToLeft must be a finite number, was NaN"),
        rejected(() -> new Filters.ChannelMix(1f, 0f, 0f, Float.NaN),
            "channelMix.rightToRight must be a finite number, was NaN"),
        rejected(() -> new Filters.LowPass(Float.NaN),
            "lowPass.smoothing must be a finite number, was NaN"),
        rejected(() -> Filters.Equalizer.FLAT.withGain(4, Float.NaN),
            "equalizer.band[4].gain must be a finite number, was NaN"),
        rejected(() -> new Filters.Equalizer(new float[3]),
            "equalizer must have 15 bands, had 3"),
        rejected(() -> Filters.Equalizer.FLAT.withGain(15, 0.1f),
            "equalizer band must be in [0, 14], was 15"),
        rejected(() -> Filters.Equalizer.FLAT.gain(-1),
            "equalizer band must be in [0, 14], was -1"),
        rejected(() -> Filters.Equalizer.frequencyHz(15),
            "equalizer band must be in [0, 14], was 15"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFiniteConstructions")
  void recordConstructor_nonFiniteOrMalformed_throwsNamingField(
      String name, ThrowingCallable construct, String message) {
    assertThatThrownBy(construct).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void records_outsideDocumentedRangeButFinite_canBeConstructed() {
    // A node reports what it applied, so the records must hold such values.
    assertThat(new Filters.LowPass(1f).smoothing()).isEqualTo(1f);
    assertThat(new Filters.Tremolo(2f, 1.5f).depth()).isEqualTo(1.5f);
    assertThat(new Filters.Timescale(0, 0, 0).speed()).isZero();
    assertThat(Filters.Equalizer.FLAT.withGain(0, 3f).gain(0)).isEqualTo(3f);
  }

  @Test
  void rejectedSetter_builderKeepsPreviousValue_unchanged() {
    Filters.Builder builder = Filters.builder().volume(2f).tremolo(Filters.Tremolo.DEFAULT);

    assertThatThrownBy(() -> builder.volume(6f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tremolo(new Filters.Tremolo(2f, 2f)))
        .isInstanceOf(IllegalArgumentException.class);

    Filters built = builder.build();
    assertThat(built.volume()).isEqualTo(2f);
    assertThat(built.tremolo()).isEqualTo(Filters.Tremolo.DEFAULT);
  }

  @Test
  void none_hasNoFilter_isEmpty() {
    assertThat(Filters.NONE.isEmpty()).isTrue();
    assertThat(Filters.NONE.volume()).isNull();
    assertThat(Filters.NONE.equalizer()).isNull();
    assertThat(Filters.NONE.karaoke()).isNull();
    assertThat(Filters.NONE.timescale()).isNull();
    assertThat(Filters.NONE.tremolo()).isNull();
    assertThat(Filters.NONE.vibrato()).isNull();
    assertThat(Filters.NONE.rotation()).isNull();
    assertThat(Filters.NONE.distortion()).isNull();
    assertThat(Filters.NONE.channelMix()).isNull();
    assertThat(Filters.NONE.lowPass()).isNull();
    assertThat(Filters.NONE.pluginFilters().size()).isZero();
    assertThat(Filters.builder().build()).isEqualTo(Filters.NONE);
    assertThat(Filters.NONE).hasToString("Filters[]");
  }

  @Test
  void builder_everySetter_setsThatFilterOnly() {
    Filters filters = fullFilters();

    assertThat(filters.volume()).isEqualTo(1.5f);
    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT.withGain(1, 0.3f));
    assertThat(filters.karaoke()).isEqualTo(Filters.Karaoke.DEFAULT);
    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(1.1, 1.2, 1.3));
    assertThat(filters.tremolo()).isEqualTo(new Filters.Tremolo(4f, 0.6f));
    assertThat(filters.vibrato()).isEqualTo(new Filters.Vibrato(10f, 0.9f));
    assertThat(filters.rotation()).isEqualTo(new Filters.Rotation(0.2));
    assertThat(filters.distortion()).isEqualTo(Filters.Distortion.DEFAULT);
    assertThat(filters.channelMix()).isEqualTo(new Filters.ChannelMix(0.5f, 0.5f, 0.5f, 0.5f));
    assertThat(filters.lowPass()).isEqualTo(new Filters.LowPass(30f));
    assertThat(filters.pluginFilter("echo")).isEqualTo(JsonView.of(3));
    assertThat(filters.isEmpty()).isFalse();
  }

  @Test
  void builder_everyClear_removesThatFilter() {
    Filters cleared = fullFilters().toBuilder()
        .clearVolume()
        .clearEqualizer()
        .clearKaraoke()
        .clearTimescale()
        .clearTremolo()
        .clearVibrato()
        .clearRotation()
        .clearDistortion()
        .clearChannelMix()
        .clearLowPass()
        .removePluginFilter("echo")
        .build();

    assertThat(cleared).isEqualTo(Filters.NONE);
    assertThat(cleared.isEmpty()).isTrue();
  }

  @Test
  void builder_oneFilterCleared_othersStay() {
    Filters filters = fullFilters().toBuilder().clearTimescale().build();

    assertThat(filters.timescale()).isNull();
    assertThat(filters.tremolo()).isEqualTo(new Filters.Tremolo(4f, 0.6f));
    assertThat(filters.volume()).isEqualTo(1.5f);
  }

  @Test
  void clearPluginFilters_withSeveral_removesAll() {
    Filters filters = Filters.builder()
        .pluginFilter("a", JsonView.of(1))
        .pluginFilter("b", JsonView.of(2))
        .clearPluginFilters()
        .build();

    assertThat(filters.pluginFilters().size()).isZero();
    assertThat(filters.isEmpty()).isTrue();
  }

  @Test
  void removePluginFilter_unknownName_changesNothing() {
    Filters filters = Filters.builder()
        .pluginFilter("a", JsonView.of(1))
        .removePluginFilter("b")
        .build();

    assertThat(filters.pluginFilter("a")).isEqualTo(JsonView.of(1));
    assertThat(filters.pluginFilter("b")).isNull();
  }

  @Test
  void band_severalCalls_keepsOtherBands() {
    Filters filters = Filters.builder().band(0, 0.2f).band(14, -0.1f).band(0, 0.25f).build();

    Filters.Equalizer equalizer = filters.equalizer();
    assertThat(equalizer).isNotNull();
    assertThat(equalizer.gain(0)).isEqualTo(0.25f);
    assertThat(equalizer.gain(14)).isEqualTo(-0.1f);
    for (int band = 1; band < 14; band++) {
      assertThat(equalizer.gain(band)).as("band %d", band).isZero();
    }
  }

  @Test
  void band_afterEqualizer_changesOnlyThatBand() {
    Filters filters = Filters.builder()
        .equalizer(Filters.Equalizer.FLAT.withGain(3, 0.5f))
        .band(4, 0.1f)
        .build();

    assertThat(filters.equalizer()).isEqualTo(
        Filters.Equalizer.FLAT.withGain(3, 0.5f).withGain(4, 0.1f));
  }

  @Test
  void equalizer_allZeroGains_isFlatButPresent() {
    Filters filters = Filters.builder().band(5, 0f).build();

    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT);
    assertThat(filters.equalizer().isFlat()).isTrue();
    assertThat(filters.isEmpty()).isFalse();
  }

  @Test
  void equalizer_gainsArray_isCopiedInAndOut() {
    float[] gains = new float[15];
    gains[2] = 0.4f;
    Filters.Equalizer equalizer = new Filters.Equalizer(gains);

    gains[2] = 0.9f;
    equalizer.gains()[2] = 0.9f;

    assertThat(equalizer.gain(2)).isEqualTo(0.4f);
    assertThat(equalizer.gains()).hasSize(15).contains(0.4f);
  }

  @Test
  void equalizer_negativeZero_equalsPositiveZero() {
    assertThat(Filters.Equalizer.FLAT.withGain(3, -0f)).isEqualTo(Filters.Equalizer.FLAT);
    assertThat(Filters.Equalizer.FLAT.withGain(3, -0f).hashCode())
        .isEqualTo(Filters.Equalizer.FLAT.hashCode());
  }

  @Test
  void equalizer_valueSemantics_equalsHashCodeToString() {
    Filters.Equalizer a = Filters.Equalizer.FLAT.withGain(0, 0.2f).withGain(13, -0.1f);
    Filters.Equalizer b = Filters.Equalizer.FLAT.withGain(13, -0.1f).withGain(0, 0.2f);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Filters.Equalizer.FLAT);
    assertThat(a).hasToString("Equalizer[0=0.2, 13=-0.1]");
    assertThat(a.isFlat()).isFalse();
  }

  @Test
  void bandFrequencies_allFifteenBands_matchProtocolTable() {
    assertThat(Filters.Equalizer.BAND_FREQUENCIES_HZ).containsExactly(
        25, 40, 63, 100, 160, 250, 400, 630, 1000, 1600, 2500, 4000, 6300, 10000, 16000);
    assertThat(Filters.Equalizer.frequencyHz(0)).isEqualTo(25);
    assertThat(Filters.Equalizer.frequencyHz(8)).isEqualTo(1000);
    assertThat(Filters.Equalizer.frequencyHz(14)).isEqualTo(16000);
  }

  @Test
  void recordDefaults_matchProtocolDefaults() {
    assertThat(Filters.Karaoke.DEFAULT).isEqualTo(new Filters.Karaoke(1f, 1f, 220f, 100f));
    assertThat(Filters.Timescale.DEFAULT).isEqualTo(new Filters.Timescale(1, 1, 1));
    assertThat(Filters.Tremolo.DEFAULT).isEqualTo(new Filters.Tremolo(2f, 0.5f));
    assertThat(Filters.Vibrato.DEFAULT).isEqualTo(new Filters.Vibrato(2f, 0.5f));
    assertThat(Filters.Rotation.DEFAULT).isEqualTo(new Filters.Rotation(0));
    assertThat(Filters.Distortion.DEFAULT)
        .isEqualTo(new Filters.Distortion(0f, 1f, 0f, 1f, 0f, 1f, 0f, 1f));
    assertThat(Filters.ChannelMix.DEFAULT).isEqualTo(new Filters.ChannelMix(1f, 0f, 0f, 1f));
    assertThat(Filters.LowPass.DEFAULT).isEqualTo(new Filters.LowPass(20f));
  }

  @Test
  void toBuilder_unchanged_buildsEqualInstance() {
    Filters filters = fullFilters();

    assertThat(filters.toBuilder().build()).isEqualTo(filters).isNotSameAs(filters);
  }

  @Test
  void toBuilder_changeOneFilter_originalUnchanged() {
    Filters original = fullFilters();

    Filters changed = original.toBuilder()
        .volume(0.5f)
        .pluginFilter("echo", JsonView.of(9))
        .build();

    assertThat(changed.volume()).isEqualTo(0.5f);
    assertThat(changed.pluginFilter("echo")).isEqualTo(JsonView.of(9));
    assertThat(original.volume()).isEqualTo(1.5f);
    assertThat(original.pluginFilter("echo")).isEqualTo(JsonView.of(3));
  }

  @Test
  void builder_reusedAfterBuild_earlierResultUnchanged() {
    Filters.Builder builder = Filters.builder().pluginFilter("a", JsonView.of(1));
    Filters first = builder.build();

    builder.pluginFilter("b", JsonView.of(2)).volume(3f);

    assertThat(first.pluginFilter("b")).isNull();
    assertThat(first.volume()).isNull();
    assertThat(builder.build().pluginFilter("b")).isEqualTo(JsonView.of(2));
  }

  @Test
  void merge_otherHasFilter_otherWins() {
    Filters base = Filters.builder()
        .volume(1f)
        .timescale(new Filters.Timescale(2, 2, 2))
        .band(0, 0.5f)
        .build();
    Filters other = Filters.builder()
        .volume(2f)
        .band(1, 0.1f)
        .build();

    Filters merged = base.merge(other);

    assertThat(merged.volume()).isEqualTo(2f);
    // The equalizer is replaced whole, not band by band.
    assertThat(merged.equalizer()).isEqualTo(Filters.Equalizer.FLAT.withGain(1, 0.1f));
    assertThat(merged.timescale()).isEqualTo(new Filters.Timescale(2, 2, 2));
  }

  @Test
  void merge_everyFilterOnlyInOther_isTakenFromOther() {
    Filters full = fullFilters();

    assertThat(Filters.NONE.merge(full)).isEqualTo(full);
    assertThat(full.merge(Filters.NONE)).isEqualTo(full);
  }

  @Test
  void merge_pluginFilters_combinedByNameWithOtherWinning() {
    JsonView baseConfig = JsonView.parse("{\"level\":1}");
    Filters base = Filters.builder()
        .pluginFilter("a", baseConfig)
        .pluginFilter("b", JsonView.of("base"))
        .build();
    Filters other = Filters.builder()
        .pluginFilter("b", JsonView.of("other"))
        .pluginFilter("c", JsonView.parse("[]"))
        .build();

    Filters merged = base.merge(other);

    assertThat(merged.pluginFilter("a")).isEqualTo(baseConfig);
    assertThat(merged.pluginFilter("b")).isEqualTo(JsonView.of("other"));
    assertThat(merged.pluginFilter("c")).isEqualTo(JsonView.parse("[]"));
    assertThat(merged.pluginFilters().keys()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(base.pluginFilter("b")).isEqualTo(JsonView.of("base"));
  }

  @Test
  void merge_null_throwsNullPointerException() {
    assertThatThrownBy(() -> Filters.NONE.merge(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_sameFilters_equalAndSameHashCode() {
    Filters a = fullFilters();
    Filters b = fullFilters();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.toBuilder().volume(1.6f).build());
    assertThat(a).isNotEqualTo(b.toBuilder().pluginFilter("echo", JsonView.of(4)).build());
    assertThat(a).isNotEqualTo(b.toBuilder().clearLowPass().build());
    assertThat(a).isNotEqualTo("Filters");
  }

  @Test
  void equals_flatEqualizerVersusNone_notEqual() {
    // A flat equalizer sent to a node resets it; absence does too, but merge treats them apart.
    assertThat(Filters.builder().equalizer(Filters.Equalizer.FLAT).build())
        .isNotEqualTo(Filters.NONE);
  }

  @Test
  void toString_listsPresentFiltersOnly() {
    Filters filters = Filters.builder()
        .volume(1.5f)
        .tremolo(new Filters.Tremolo(4f, 0.6f))
        .pluginFilter("echo", JsonView.of(3))
        .build();

    assertThat(filters).hasToString("Filters[volume=1.5, tremolo=Tremolo[frequency=4.0, depth=0.6],"
        + " pluginFilters={\"echo\":3}]");
  }

  @Test
  void pluginFilter_recordOfTheBot_storedAsItsJson() {
    record Echo(double delay, double decay) {}

    Filters filters = Filters.builder().pluginFilter("echo", JsonView.of(new Echo(0.5, 0.25))).build();

    assertThat(filters.pluginFilter("echo")).isEqualTo(parseObject("{\"delay\":0.5,\"decay\":0.25}"));
  }

  @Test
  void pluginFilters_readByPath_seesEachFilterWithoutCopying() {
    Filters filters = Filters.builder().pluginFilter("p", parseObject("{\"x\":[1,2]}")).build();

    assertThat(filters.pluginFilters().getInt("p.x.1")).isEqualTo(2);
    assertThat(filters.pluginFilter("p").get("x").elements()).hasSize(2);
    assertThat(filters.pluginFilters()).isEqualTo(parseObject("{\"p\":{\"x\":[1,2]}}"));
  }

  @Test
  void setters_nullArguments_throwNullPointerException() {
    Filters.Builder builder = Filters.builder();

    assertThatThrownBy(() -> builder.equalizer(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.karaoke(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.timescale(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.tremolo(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.vibrato(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.rotation(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.distortion(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.channelMix(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.lowPass(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.pluginFilter("p", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.pluginFilter(null, JsonView.of(1)))
        .isInstanceOf(NullPointerException.class);
    assertThat(builder.build()).isEqualTo(Filters.NONE);
  }

  private static Filters fullFilters() {
    return Filters.builder()
        .volume(1.5f)
        .band(1, 0.3f)
        .karaoke(Filters.Karaoke.DEFAULT)
        .timescale(new Filters.Timescale(1.1, 1.2, 1.3))
        .tremolo(new Filters.Tremolo(4f, 0.6f))
        .vibrato(new Filters.Vibrato(10f, 0.9f))
        .rotation(new Filters.Rotation(0.2))
        .distortion(Filters.Distortion.DEFAULT)
        .channelMix(new Filters.ChannelMix(0.5f, 0.5f, 0.5f, 0.5f))
        .lowPass(new Filters.LowPass(30f))
        .pluginFilter("echo", JsonView.of(3))
        .build();
  }

  private static JsonView parseObject(String json) {
    return JsonView.parse(json);
  }
}
