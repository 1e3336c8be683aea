package dev.tonearm.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tonearm.ProtocolException;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.json.JsonView;
import dev.tonearm.player.Filters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiltersJsonTest {

  // Reading the example from Lavalink's REST docs.

  @Test
  void fromJson_docsExample_readsEveryField() throws IOException {
    Filters filters = FiltersJson.fromJson(fixture("rest-filters.json"), "filters");

    assertThat(filters.volume()).isEqualTo(1.0f);
    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT.withGain(0, 0.2f));
    Filters.Karaoke karaoke = filters.karaoke();
    assertThat(karaoke).isNotNull();
    assertThat(karaoke.level()).isEqualTo(1.0f);
    assertThat(karaoke.monoLevel()).isEqualTo(1.0f);
    assertThat(karaoke.filterBand()).isEqualTo(220.0f);
    assertThat(karaoke.filterWidth()).isEqualTo(100.0f);
    Filters.Timescale timescale = filters.timescale();
    assertThat(timescale).isNotNull();
    assertThat(timescale.speed()).isEqualTo(1.0);
    assertThat(timescale.pitch()).isEqualTo(1.0);
    assertThat(timescale.rate()).isEqualTo(1.0);
    Filters.Tremolo tremolo = filters.tremolo();
    assertThat(tremolo).isNotNull();
    assertThat(tremolo.frequency()).isEqualTo(2.0f);
    assertThat(tremolo.depth()).isEqualTo(0.5f);
    Filters.Vibrato vibrato = filters.vibrato();
    assertThat(vibrato).isNotNull();
    assertThat(vibrato.frequency()).isEqualTo(2.0f);
    assertThat(vibrato.depth()).isEqualTo(0.5f);
    Filters.Rotation rotation = filters.rotation();
    assertThat(rotation).isNotNull();
    assertThat(rotation.rotationHz()).isEqualTo(0.0);
    Filters.Distortion distortion = filters.distortion();
    assertThat(distortion).isNotNull();
    assertThat(distortion.sinOffset()).isEqualTo(0.0f);
    assertThat(distortion.sinScale()).isEqualTo(1.0f);
    assertThat(distortion.cosOffset()).isEqualTo(0.0f);
    assertThat(distortion.cosScale()).isEqualTo(1.0f);
    assertThat(distortion.tanOffset()).isEqualTo(0.0f);
    assertThat(distortion.tanScale()).isEqualTo(1.0f);
    assertThat(distortion.offset()).isEqualTo(0.0f);
    assertThat(distortion.scale()).isEqualTo(1.0f);
    Filters.ChannelMix channelMix = filters.channelMix();
    assertThat(channelMix).isNotNull();
    assertThat(channelMix.leftToLeft()).isEqualTo(1.0f);
    assertThat(channelMix.leftToRight()).isEqualTo(0.0f);
    assertThat(channelMix.rightToLeft()).isEqualTo(0.0f);
    assertThat(channelMix.rightToRight()).isEqualTo(1.0f);
    Filters.LowPass lowPass = filters.lowPass();
    assertThat(lowPass).isNotNull();
    assertThat(lowPass.smoothing()).isEqualTo(20.0f);
    assertThat(filters.pluginFilters())
        .isEqualTo(JsonView.parse("{\"myPlugin\":{\"myPluginKey\":\"myPluginValue\"}}"));
  }

  @Test
  void toJson_docsExampleRead_writesSameTree() throws IOException {
    JsonObject example = fixture("rest-filters.json");

    JsonObject written = FiltersJson.toJson(FiltersJson.fromJson(example, "filters"));

    // Compared as parsed trees, so numbers compare by value: the example writes
    // "rotationHz": 0 where the codec writes 0.0.
    assertThat(parse(written.toString())).isEqualTo(example);
  }

  // Writing.

  @Test
  void toJson_none_writesEmptyObject() {
    assertThat(FiltersJson.toJson(Filters.NONE).toString()).isEqualTo("{}");
  }

  @Test
  void toJson_onlyVolume_writesOnlyVolume() {
    Filters filters = Filters.builder().volume(1.5f).build();

    assertThat(FiltersJson.toJson(filters).toString()).isEqualTo("{\"volume\":1.5}");
  }

  @Test
  void toJson_presentFiltersAtDefaults_writesEveryField() {
    Filters filters = Filters.builder()
        .karaoke(Filters.Karaoke.DEFAULT)
        .timescale(Filters.Timescale.DEFAULT)
        .tremolo(Filters.Tremolo.DEFAULT)
        .vibrato(Filters.Vibrato.DEFAULT)
        .rotation(Filters.Rotation.DEFAULT)
        .distortion(Filters.Distortion.DEFAULT)
        .channelMix(Filters.ChannelMix.DEFAULT)
        .lowPass(Filters.LowPass.DEFAULT)
        .build();

    assertThat(FiltersJson.toJson(filters).toString()).isEqualTo("{"
        + "\"karaoke\":{\"level\":1.0,\"monoLevel\":1.0,\"filterBand\":220.0,"
        + "\"filterWidth\":100.0},"
        + "\"timescale\":{\"speed\":1.0,\"pitch\":1.0,\"rate\":1.0},"
        + "\"tremolo\":{\"frequency\":2.0,\"depth\":0.5},"
        + "\"vibrato\":{\"frequency\":2.0,\"depth\":0.5},"
        + "\"rotation\":{\"rotationHz\":0.0},"
        + "\"distortion\":{\"sinOffset\":0.0,\"sinScale\":1.0,\"cosOffset\":0.0,\"cosScale\":1.0,"
        + "\"tanOffset\":0.0,\"tanScale\":1.0,\"offset\":0.0,\"scale\":1.0},"
        + "\"channelMix\":{\"leftToLeft\":1.0,\"leftToRight\":0.0,\"rightToLeft\":0.0,"
        + "\"rightToRight\":1.0},"
        + "\"lowPass\":{\"smoothing\":20.0}"
        + "}");
  }

  @Test
  void toJson_floatValues_writtenAsTheirShortestDecimal() {
    Filters filters = Filters.builder()
        .volume(1.2f)
        .tremolo(new Filters.Tremolo(4.4f, 0.3f))
        .timescale(new Filters.Timescale(1.1, 0.9, 1.05))
        .build();

    assertThat(FiltersJson.toJson(filters).toString()).isEqualTo("{\"volume\":1.2,"
        + "\"timescale\":{\"speed\":1.1,\"pitch\":0.9,\"rate\":1.05},"
        + "\"tremolo\":{\"frequency\":4.4,\"depth\":0.3}}");
  }

  @Test
  void toJson_equalizer_writesNonZeroBandsInOrderEachWithGain() {
    Filters filters = Filters.builder().band(14, -0.25f).band(0, 0.2f).band(5, 0f).build();

    assertThat(FiltersJson.toJson(filters).toString()).isEqualTo(
        "{\"equalizer\":[{\"band\":0,\"gain\":0.2},{\"band\":14,\"gain\":-0.25}]}");
  }

  @Test
  void toJson_everyEqualizerEntry_hasGain() {
    Filters.Equalizer equalizer = Filters.Equalizer.FLAT;
    for (int band = 0; band < Filters.Equalizer.BANDS; band++) {
      equalizer = equalizer.withGain(band, 0.05f * (band + 1) - 0.2f);
    }

    JsonObject json = FiltersJson.toJson(Filters.builder().equalizer(equalizer).build());

    assertThat(json.getAsJsonArray("equalizer")).allSatisfy(entry -> {
      assertThat(entry.getAsJsonObject().has("band")).isTrue();
      assertThat(entry.getAsJsonObject().has("gain")).isTrue();
    });
  }

  @Test
  void toJson_flatEqualizer_writesEmptyArray() {
    Filters filters = Filters.builder().equalizer(Filters.Equalizer.FLAT).build();

    assertThat(FiltersJson.toJson(filters).toString()).isEqualTo("{\"equalizer\":[]}");
  }

  @Test
  void toJson_noPluginFilters_omitsKey() {
    Filters filters = Filters.builder()
        .pluginFilter("p", JsonView.of(1))
        .removePluginFilter("p")
        .lowPass(Filters.LowPass.DEFAULT)
        .build();

    assertThat(FiltersJson.toJson(filters).has("pluginFilters")).isFalse();
  }

  @Test
  void toJson_returnedTreeChanged_filtersUnchanged() {
    Filters filters = Filters.builder().pluginFilter("p", JsonView.parse("{\"a\":1}")).build();

    FiltersJson.toJson(filters).getAsJsonObject("pluginFilters").addProperty("b", 2);

    assertThat(filters.pluginFilters()).isEqualTo(JsonView.parse("{\"p\":{\"a\":1}}"));
  }

  // Round trips.

  static Stream<Arguments> roundTrips() {
    return Stream.of(
        Arguments.of("none", Filters.NONE),
        Arguments.of("everything", Filters.builder()
            .volume(0.7f)
            .band(0, 0.2f)
            .band(3, -0.15f)
            .band(14, 1f)
            .karaoke(new Filters.Karaoke(0.9f, 0.8f, 300f, 120f))
            .timescale(new Filters.Timescale(1.1, 0.95, 1.05))
            .tremolo(new Filters.Tremolo(3.3f, 0.7f))
            .vibrato(new Filters.Vibrato(13.9f, 0.1f))
            .rotation(new Filters.Rotation(-0.125))
            .distortion(new Filters.Distortion(0.1f, 1.1f, 0.2f, 1.2f, 0.3f, 1.3f, 0.4f, 1.4f))
            .channelMix(new Filters.ChannelMix(0.9f, 0.1f, 0.2f, 0.8f))
            .lowPass(new Filters.LowPass(1.5f))
            .pluginFilter("echo", JsonView.parse("{\"delay\":0.25,\"decay\":[1,2.5,{\"x\":null}]}"))
            .pluginFilter("flag", JsonView.of(true))
            .build()),
        Arguments.of("flat equalizer", Filters.builder().equalizer(Filters.Equalizer.FLAT).build()),
        Arguments.of("nightcore and bass", FilterPresets.nightcore()
            .merge(FilterPresets.bassBoost(FilterPresets.BassBoost.EXTREME))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roundTrips")
  void toJsonThenFromJson_anyFilters_equalsOriginal(String name, Filters filters) {
    assertThat(FiltersJson.fromJson(FiltersJson.toJson(filters), "filters")).isEqualTo(filters);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roundTrips")
  void toJsonThroughTextThenFromJson_anyFilters_equalsOriginal(String name, Filters filters) {
    String text = FiltersJson.toJson(filters).toString();

    assertThat(FiltersJson.fromJson(parse(text), "filters")).isEqualTo(filters);
  }

  @Test
  void pluginFilters_nestedTree_survivesRoundTripUnchanged() {
    String tree = "{\"a\":{\"nested\":{\"deeper\":[1,-2,3.75,1.0E-5,12345678901234567890,"
        + "\"s\",true,null,[],{}]},\"n\":0},\"b\":[{\"k\":\"v\"}],\"c\":42,\"d\":null}";
    Filters.Builder builder = Filters.builder();
    parse(tree).entrySet().forEach(e -> builder.pluginFilter(e.getKey(), JsonView.parse(e.getValue().toString())));

    JsonObject written = FiltersJson.toJson(builder.build());
    Filters read = FiltersJson.fromJson(parse(written.toString()), "filters");

    assertThat(written.getAsJsonObject("pluginFilters")).isEqualTo(parse(tree));
    assertThat(read.pluginFilters()).isEqualTo(JsonView.parse(tree));
    assertThat(FiltersJson.toJson(read).toString()).isEqualTo(written.toString());
  }

  // Tolerant reading.

  @Test
  void fromJson_emptyObject_returnsNone() {
    assertThat(FiltersJson.fromJson(new JsonObject(), "filters")).isEqualTo(Filters.NONE);
  }

  @Test
  void fromJson_everyFilterKeyNull_returnsNone() {
    JsonObject json = parse("{\"volume\":null,\"equalizer\":null,\"karaoke\":null,"
        + "\"timescale\":null,\"tremolo\":null,\"vibrato\":null,\"rotation\":null,"
        + "\"distortion\":null,\"channelMix\":null,\"lowPass\":null,\"pluginFilters\":null}");

    assertThat(FiltersJson.fromJson(json, "filters")).isEqualTo(Filters.NONE);
  }

  @Test
  void fromJson_oneKeyNullOthersPresent_onlyThatOneAbsent() {
    Filters filters = FiltersJson.fromJson(
        parse("{\"timescale\":null,\"volume\":2.0,\"lowPass\":{\"smoothing\":5}}"), "filters");

    assertThat(filters.timescale()).isNull();
    assertThat(filters.volume()).isEqualTo(2f);
    assertThat(filters.lowPass()).isEqualTo(new Filters.LowPass(5f));
  }

  @Test
  void fromJson_emptyFilterObjects_takeProtocolDefaults() {
    JsonObject json = parse("{\"karaoke\":{},\"timescale\":{},\"tremolo\":{},\"vibrato\":{},"
        + "\"rotation\":{},\"distortion\":{},\"channelMix\":{},\"lowPass\":{},"
        + "\"equalizer\":[],\"pluginFilters\":{}}");

    Filters filters = FiltersJson.fromJson(json, "filters");

    assertThat(filters.karaoke()).isEqualTo(new Filters.Karaoke(1f, 1f, 220f, 100f));
    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(1, 1, 1));
    assertThat(filters.tremolo()).isEqualTo(new Filters.Tremolo(2f, 0.5f));
    assertThat(filters.vibrato()).isEqualTo(new Filters.Vibrato(2f, 0.5f));
    assertThat(filters.rotation()).isEqualTo(new Filters.Rotation(0));
    assertThat(filters.distortion())
        .isEqualTo(new Filters.Distortion(0f, 1f, 0f, 1f, 0f, 1f, 0f, 1f));
    assertThat(filters.channelMix()).isEqualTo(new Filters.ChannelMix(1f, 0f, 0f, 1f));
    assertThat(filters.lowPass()).isEqualTo(new Filters.LowPass(20f));
    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT);
    assertThat(filters.volume()).isNull();
    assertThat(filters.pluginFilters().size()).isZero();
  }

  @Test
  void fromJson_someFieldsMissing_missingOnesTakeDefaults() {
    JsonObject json = parse("{\"timescale\":{\"pitch\":1.5},"
        + "\"karaoke\":{\"filterBand\":300.0},"
        + "\"distortion\":{\"tanScale\":2.0,\"offset\":null},"
        + "\"channelMix\":{\"leftToRight\":0.5,\"rightToLeft\":0.5}}");

    Filters filters = FiltersJson.fromJson(json, "filters");

    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(1, 1.5, 1));
    assertThat(filters.karaoke()).isEqualTo(new Filters.Karaoke(1f, 1f, 300f, 100f));
    assertThat(filters.distortion())
        .isEqualTo(new Filters.Distortion(0f, 1f, 0f, 1f, 0f, 2f, 0f, 1f));
    assertThat(filters.channelMix()).isEqualTo(new Filters.ChannelMix(1f, 0.5f, 0.5f, 1f));
  }

  @Test
  void fromJson_equalizerEntryWithoutGain_takesProtocolClassDefaultOfOne() {
    Filters filters = FiltersJson.fromJson(
        parse("{\"equalizer\":[{\"band\":3},{\"band\":4,\"gain\":null}]}"), "filters");

    assertThat(filters.equalizer())
        .isEqualTo(Filters.Equalizer.FLAT.withGain(3, 1f).withGain(4, 1f));
  }

  @Test
  void fromJson_equalizerBandTwice_lastEntryWins() {
    Filters filters = FiltersJson.fromJson(
        parse("{\"equalizer\":[{\"band\":3,\"gain\":0.1},{\"band\":3,\"gain\":0.4}]}"), "filters");

    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT.withGain(3, 0.4f));
  }

  @Test
  void fromJson_equalizerBandWrittenAsIntegralDecimal_isAccepted() {
    Filters filters = FiltersJson.fromJson(
        parse("{\"equalizer\":[{\"band\":14.0,\"gain\":0.1}]}"), "filters");

    assertThat(filters.equalizer()).isEqualTo(Filters.Equalizer.FLAT.withGain(14, 0.1f));
  }

  @Test
  void fromJson_unknownKeys_areIgnored() {
    JsonObject json = parse("{\"echo\":{\"delay\":1},\"volume\":0.5,"
        + "\"tremolo\":{\"frequency\":3,\"depth\":0.2,\"shape\":\"sine\"},"
        + "\"equalizer\":[{\"band\":1,\"gain\":0.1,\"q\":0.7}]}");

    Filters filters = FiltersJson.fromJson(json, "filters");

    assertThat(filters).isEqualTo(Filters.builder()
        .volume(0.5f)
        .tremolo(new Filters.Tremolo(3f, 0.2f))
        .band(1, 0.1f)
        .build());
  }

  @Test
  void fromJson_valuesOutsideDocumentedRanges_keptAsReported() {
    JsonObject json = parse("{\"volume\":10.0,\"lowPass\":{\"smoothing\":1.0},"
        + "\"tremolo\":{\"frequency\":0,\"depth\":1.5},\"vibrato\":{\"frequency\":20},"
        + "\"timescale\":{\"speed\":0,\"pitch\":0,\"rate\":0},"
        + "\"channelMix\":{\"leftToLeft\":2.0},\"karaoke\":{\"level\":-1},"
        + "\"equalizer\":[{\"band\":0,\"gain\":3.0},{\"band\":1,\"gain\":-1.0}]}");

    Filters filters = FiltersJson.fromJson(json, "filters");

    assertThat(filters.volume()).isEqualTo(10f);
    assertThat(filters.lowPass()).isEqualTo(new Filters.LowPass(1f));
    assertThat(filters.tremolo()).isEqualTo(new Filters.Tremolo(0f, 1.5f));
    assertThat(filters.vibrato()).isEqualTo(new Filters.Vibrato(20f, 0.5f));
    assertThat(filters.timescale()).isEqualTo(new Filters.Timescale(0, 0, 0));
    assertThat(filters.channelMix()).isEqualTo(new Filters.ChannelMix(2f, 0f, 0f, 1f));
    assertThat(filters.karaoke()).isEqualTo(new Filters.Karaoke(-1f, 1f, 220f, 100f));
    assertThat(filters.equalizer())
        .isEqualTo(Filters.Equalizer.FLAT.withGain(0, 3f).withGain(1, -1f));
  }

  @Test
  void fromJson_outOfRangeValueThenToBuilder_keepsValueAndChecksNewOnes() {
    Filters reported = FiltersJson.fromJson(parse("{\"lowPass\":{\"smoothing\":1.0}}"), "f");

    Filters changed = reported.toBuilder().volume(2f).build();

    assertThat(changed.lowPass()).isEqualTo(new Filters.LowPass(1f));
    assertThat(FiltersJson.toJson(changed).toString())
        .isEqualTo("{\"volume\":2.0,\"lowPass\":{\"smoothing\":1.0}}");
    assertThatThrownBy(() -> reported.toBuilder().volume(6f))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromJson_pluginFilterChangedInSourceTree_filtersUnchanged() {
    JsonObject json = parse("{\"pluginFilters\":{\"p\":{\"a\":1}}}");

    Filters filters = FiltersJson.fromJson(json, "filters");
    json.getAsJsonObject("pluginFilters").getAsJsonObject("p").addProperty("a", 2);

    assertThat(filters.pluginFilter("p")).isEqualTo(JsonView.parse("{\"a\":1}"));
  }

  // Malformed input.

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("{\"volume\":\"loud\"}", "filters.volume"),
        Arguments.of("{\"volume\":\"1.0\"}", "filters.volume"),
        Arguments.of("{\"volume\":true}", "filters.volume"),
        Arguments.of("{\"volume\":{}}", "filters.volume"),
        Arguments.of("{\"volume\":1e39}", "filters.volume"),
        Arguments.of("{\"equalizer\":{}}", "filters.equalizer"),
        Arguments.of("{\"equalizer\":\"flat\"}", "filters.equalizer"),
        Arguments.of("{\"equalizer\":[1]}", "filters.equalizer[0]"),
        Arguments.of("{\"equalizer\":[null]}", "filters.equalizer[0]"),
        Arguments.of("{\"equalizer\":[{\"band\":0,\"gain\":0.1},{\"band\":1,\"gain\":\"x\"}]}",
            "filters.equalizer[1].gain"),
        Arguments.of("{\"equalizer\":[{\"band\":0,\"gain\":0.1},{\"band\":1,\"gain\":[]}]}",
            "filters.equalizer[1].gain"),
        Arguments.of("{\"equalizer\":[{\"band\":0,\"gain\":0.1},{\"band\":2,\"gain\":1e40}]}",
            "filters.equalizer[1].gain"),
        Arguments.of("{\"equalizer\":[{\"gain\":0.1}]}", "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":null,\"gain\":0.1}]}",
            "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":15,\"gain\":0.1}]}", "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":-1,\"gain\":0.1}]}", "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":99999999999999999999,\"gain\":0.1}]}",
            "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":2.5,\"gain\":0.1}]}", "filters.equalizer[0].band"),
        Arguments.of("{\"equalizer\":[{\"band\":\"2\",\"gain\":0.1}]}",
            "filters.equalizer[0].band"),
        Arguments.of("{\"karaoke\":[]}", "filters.karaoke"),
        Arguments.of("{\"karaoke\":{\"level\":\"x\"}}", "filters.karaoke.level"),
        Arguments.of("{\"karaoke\":{\"filterWidth\":{}}}", "filters.karaoke.filterWidth"),
        Arguments.of("{\"timescale\":1.0}", "filters.timescale"),
        Arguments.of("{\"timescale\":{\"speed\":\"fast\"}}", "filters.timescale.speed"),
        Arguments.of("{\"timescale\":{\"rate\":1e400}}", "filters.timescale.rate"),
        Arguments.of("{\"tremolo\":\"on\"}", "filters.tremolo"),
        Arguments.of("{\"tremolo\":{\"depth\":[]}}", "filters.tremolo.depth"),
        Arguments.of("{\"vibrato\":{\"frequency\":{}}}", "filters.vibrato.frequency"),
        Arguments.of("{\"rotation\":{\"rotationHz\":true}}", "filters.rotation.rotationHz"),
        Arguments.of("{\"distortion\":{\"scale\":\"1\"}}", "filters.distortion.scale"),
        Arguments.of("{\"distortion\":{\"sinOffset\":false}}", "filters.distortion.sinOffset"),
        Arguments.of("{\"channelMix\":{\"leftToRight\":[]}}", "filters.channelMix.leftToRight"),
        Arguments.of("{\"channelMix\":true}", "filters.channelMix"),
        Arguments.of("{\"lowPass\":5}", "filters.lowPass"),
        Arguments.of("{\"lowPass\":{\"smoothing\":\"x\"}}", "filters.lowPass.smoothing"),
        Arguments.of("{\"pluginFilters\":[]}", "filters.pluginFilters"),
        Arguments.of("{\"pluginFilters\":\"none\"}", "filters.pluginFilters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void fromJson_wrongType_throwsProtocolExceptionNamingPath(String json, String field) {
    assertThatThrownBy(() -> FiltersJson.fromJson(parse(json), "filters"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("Field '" + field + "': ")
        .asInstanceOf(type(ProtocolException.class))
        .extracting(ProtocolException::field)
        .isEqualTo(field);
  }

  @Test
  void fromJson_wrongType_messageSaysWhatWasFound() {
    assertThatThrownBy(() -> FiltersJson.fromJson(parse("{\"volume\":\"loud\"}"), "filters"))
        .hasMessage("Field 'filters.volume': expected a number but was a string (\"loud\")");
    assertThatThrownBy(() -> FiltersJson.fromJson(
        parse("{\"equalizer\":[{\"band\":15,\"gain\":0.1}]}"), "filters"))
        .hasMessage("Field 'filters.equalizer[0].band': must be in [0, 14], was 15");
    assertThatThrownBy(() -> FiltersJson.fromJson(
        parse("{\"equalizer\":[{\"band\":2.5,\"gain\":0.1}]}"), "filters"))
        .hasMessage("Field 'filters.equalizer[0].band': expected an integer but was 2.5");
    assertThatThrownBy(() -> FiltersJson.fromJson(parse("{\"equalizer\":{}}"), "filters"))
        .hasMessage("Field 'filters.equalizer': expected an array but was an object");
  }

  @Test
  void fromJson_nonFiniteNumberBuiltInMemory_throwsProtocolException() {
    // Text JSON cannot carry NaN, but a tree built in code can; it must not become an
    // IllegalArgumentException from the records.
    JsonObject json = new JsonObject();
    json.add("tremolo", new JsonObject());
    json.getAsJsonObject("tremolo").add("depth", new JsonPrimitive(Float.NaN));

    assertThatThrownBy(() -> FiltersJson.fromJson(json, "filters"))
        .isInstanceOf(ProtocolException.class)
        .asInstanceOf(type(ProtocolException.class))
        .extracting(ProtocolException::field)
        .isEqualTo("filters.tremolo.depth");
  }

  @Test
  void fromJson_otherPathPrefix_isUsedInFieldPath() {
    assertThatThrownBy(() -> FiltersJson.fromJson(parse("{\"volume\":[]}"), "players[2].filters"))
        .asInstanceOf(type(ProtocolException.class))
        .extracting(ProtocolException::field)
        .isEqualTo("players[2].filters.volume");
    assertThatThrownBy(() -> FiltersJson.fromJson(parse("{\"volume\":[]}"), ""))
        .asInstanceOf(type(ProtocolException.class))
        .extracting(ProtocolException::field)
        .isEqualTo("volume");
  }

  @Test
  void fromJson_nullPluginFilterValue_keptAsJsonNull() {
    Filters filters = FiltersJson.fromJson(parse("{\"pluginFilters\":{\"p\":null}}"), "filters");

    JsonView value = filters.pluginFilter("p");
    assertThat(value).isNotNull();
    assertThat(value.isNull()).isTrue();
  }

  private static JsonObject parse(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  private static JsonObject fixture(String name) throws IOException {
    try (InputStream in = FiltersJsonTest.class.getResourceAsStream("/protocol-examples/" + name)) {
      assertThat(in).as("fixture %s on the test classpath", name).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    }
  }
}
