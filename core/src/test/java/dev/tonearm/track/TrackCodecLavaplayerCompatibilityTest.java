package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.mock;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerDescriptor;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerProbe;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerRegistry;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.source.bandcamp.BandcampAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.bandcamp.BandcampAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.local.LocalAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.local.LocalAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.soundcloud.SoundCloudAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.soundcloud.SoundCloudAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.twitch.TwitchStreamAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.twitch.TwitchStreamAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.vimeo.VimeoAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.vimeo.VimeoAudioTrack;
import com.sedmelluq.discord.lavaplayer.source.youtube.YoutubeAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.source.youtube.YoutubeAudioTrack;
import com.sedmelluq.discord.lavaplayer.tools.io.MessageInput;
import com.sedmelluq.discord.lavaplayer.tools.io.MessageOutput;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import com.sedmelluq.discord.lavaplayer.track.DecodedTrackHolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the codec against lavaplayer 2.x itself, which is what a Lavalink 4 node runs: for a
 * fixed set of generated tracks, lavaplayer's encoding decodes to the same values here, and this
 * codec's encoding is byte for byte what lavaplayer writes and decodes in lavaplayer.
 *
 * <p>Tracks are built directly with each source's own track class; nothing is loaded, so no
 * network access happens. The Twitch source manager fetches keys from twitch.tv in its
 * constructor, so it is created without running the constructor; its name, encoder and decoder
 * are lavaplayer's real methods.
 *
 * <p>lavaplayer's own YouTube source is deprecated in favour of the youtube-source plugin, but it
 * is still the reference for a source that writes no bytes of its own under the name
 * {@code youtube}.
 */
@SuppressWarnings("deprecation")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackCodecLavaplayerCompatibilityTest {
  private static final long SEED = 0x7043_A2D1_5EEDL;
  private static final int CASES = 400;
  private static final String[] SOURCES =
      {"youtube", "soundcloud", "bandcamp", "twitch", "vimeo", "http", "local"};
  private static final String[] PROBES = {"mp3", "flac", "wav", "ogg", "mp4", "matroska/webm",
      "adts", "mpegts-adts", "m3u", "pls", "plain"};
  private static final int LONG_TEXT_MIN = 2000;

  private DefaultAudioPlayerManager manager;
  private YoutubeAudioSourceManager youtube;
  private SoundCloudAudioSourceManager soundCloud;
  private BandcampAudioSourceManager bandcamp;
  private TwitchStreamAudioSourceManager twitch;
  private VimeoAudioSourceManager vimeo;
  private HttpAudioSourceManager http;
  private LocalAudioSourceManager local;

  @BeforeAll
  void startLavaplayer() {
    manager = new DefaultAudioPlayerManager();
    youtube = new YoutubeAudioSourceManager(true, null, null);
    soundCloud = SoundCloudAudioSourceManager.createDefault();
    bandcamp = new BandcampAudioSourceManager();
    twitch = mock(TwitchStreamAudioSourceManager.class, CALLS_REAL_METHODS);
    // no HTTP client was created, so there is nothing to close
    doNothing().when(twitch).shutdown();
    vimeo = new VimeoAudioSourceManager();
    http = new HttpAudioSourceManager(MediaContainerRegistry.DEFAULT_REGISTRY);
    local = new LocalAudioSourceManager(MediaContainerRegistry.DEFAULT_REGISTRY);
    manager.registerSourceManager(youtube);
    manager.registerSourceManager(soundCloud);
    manager.registerSourceManager(bandcamp);
    manager.registerSourceManager(twitch);
    manager.registerSourceManager(vimeo);
    manager.registerSourceManager(http);
    manager.registerSourceManager(local);
  }

  @AfterAll
  void shutDownLavaplayer() {
    if (manager != null) {
      manager.shutdown();
    }
  }

  // generated tracks

  /** One generated track; {@code probe} is set for http and local tracks only. */
  record Case(int index, TrackInfo info, @Nullable String probe) {
    DecodedTrack decodedTrack() {
      return probe == null ? DecodedTrack.of(info) : DecodedTrack.withContainerProbe(info, probe);
    }

    @Override
    public String toString() {
      return "#" + index + " " + info.sourceName() + (info.stream() ? " stream" : "")
          + " title(" + info.title().length() + " chars)"
          + (probe == null ? "" : " probe " + probe.length() + " chars");
    }
  }

  static List<Case> cases() {
    Random random = new Random(SEED);
    List<Case> cases = new ArrayList<>(CASES);
    for (int i = 0; i < CASES; i++) {
      String source = SOURCES[i % SOURCES.length];
      boolean stream = random.nextInt(5) == 0;
      long length = stream ? Long.MAX_VALUE : randomLength(random);
      TrackInfo info = new TrackInfo(
          identifier(random, source),
          !stream,
          text(random),
          length,
          stream,
          position(random, length),
          text(random),
          random.nextInt(3) == 0 ? null : "https://example.com/" + text(random),
          random.nextInt(5) < 2 ? null : "https://img.example.com/" + text(random) + ".jpg",
          isrc(random),
          source);
      String probe = source.equals("http") || source.equals("local") ? probe(random) : null;
      cases.add(new Case(i, info, probe));
    }
    return cases;
  }

  private static long randomLength(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> 0L;
      case 1 -> random.nextLong() & Long.MAX_VALUE;
      default -> random.nextInt(36_000_000);
    };
  }

  private static long position(Random random, long length) {
    return switch (random.nextInt(6)) {
      case 0, 1 -> 0L;
      case 2 -> Long.MAX_VALUE;
      case 3 -> random.nextLong() & Long.MAX_VALUE;
      default -> length == Long.MAX_VALUE || length == 0
          ? random.nextInt(86_400_000) : (random.nextLong() & Long.MAX_VALUE) % (length + 1);
    };
  }

  private static String identifier(Random random, String source) {
    if (random.nextInt(8) == 0) {
      return text(random);
    }
    return switch (source) {
      case "youtube" -> ascii(random, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
          + "0123456789-_");
      case "soundcloud" -> "O:https://api-v2.soundcloud.com/media/soundcloud:tracks:"
          + (random.nextLong() & Long.MAX_VALUE) + "/stream/progressive";
      case "bandcamp" -> "https://artist.bandcamp.com/track/" + text(random);
      case "twitch" -> "https://www.twitch.tv/" + ascii(random, 4 + random.nextInt(20),
          "abcdefghijklmnopqrstuvwxyz0123456789_");
      case "vimeo" -> "https://vimeo.com/" + (random.nextInt(Integer.MAX_VALUE));
      case "http" -> "https://cdn.example.com/" + text(random) + ".mp3";
      case "local" -> "/music/" + text(random) + ".flac";
      default -> throw new IllegalArgumentException(source);
    };
  }

  private static @Nullable String isrc(Random random) {
    return switch (random.nextInt(5)) {
      case 0, 1, 2 -> null;
      case 3 -> ascii(random, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
      default -> text(random);
    };
  }

  private static String probe(Random random) {
    String name = PROBES[random.nextInt(PROBES.length)];
    return switch (random.nextInt(4)) {
      case 0, 1 -> name;
      case 2 -> name + "|";
      default -> name + "|" + text(random);
    };
  }

  private static String ascii(Random random, int length, String alphabet) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Random text: empty, short or long, mixing ASCII, NUL, BMP, supplementary and lone surrogates. */
  private static String text(Random random) {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return "";
    }
    int length = kind == 1 ? LONG_TEXT_MIN + random.nextInt(3000) : random.nextInt(40);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.appendCodePoint(codePoint(random));
    }
    return text.toString();
  }

  private static int codePoint(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> 0;
      case 1 -> 0x1F3B5;
      case 2 -> 0x1F300 + random.nextInt(0x700);
      case 3 -> 0x10000 + random.nextInt(0x100000);
      case 4 -> 0x80 + random.nextInt(0x780);
      case 5 -> 0x800 + random.nextInt(0xD000);
      case 6 -> 0xD800 + random.nextInt(0x800);
      case 7 -> 0xFFFF;
      default -> 0x20 + random.nextInt(0x5F);
    };
  }

  @Test
  void cases_generatedTracks_coverEveryRequiredShape() {
    List<Case> cases = cases();

    assertThat(cases).hasSize(CASES);
    assertThat(cases()).isEqualTo(cases);
    assertThat(cases).extracting(c -> c.info().sourceName()).contains(SOURCES);
    assertCovered(cases, "a stream of Long.MAX_VALUE length",
        c -> c.info().stream() && c.info().length() == Long.MAX_VALUE);
    assertCovered(cases, "a non-stream", c -> !c.info().stream());
    assertCovered(cases, "NUL", c -> c.info().title().indexOf('\u0000') >= 0);
    assertCovered(cases, "U+1F3B5", c -> c.info().author().contains("\uD83C\uDFB5"));
    assertCovered(cases, "another supplementary character",
        c -> c.info().title().codePoints().anyMatch(cp -> cp > 0x1FFFF));
    assertCovered(cases, "an empty title", c -> c.info().title().isEmpty());
    assertCovered(cases, "a long title", c -> c.info().title().length() >= LONG_TEXT_MIN);
    assertCovered(cases, "a null uri", c -> c.info().uri() == null);
    assertCovered(cases, "a uri", c -> c.info().uri() != null);
    assertCovered(cases, "a null artworkUrl", c -> c.info().artworkUrl() == null);
    assertCovered(cases, "an artworkUrl", c -> c.info().artworkUrl() != null);
    assertCovered(cases, "a null isrc", c -> c.info().isrc() == null);
    assertCovered(cases, "an isrc", c -> c.info().isrc() != null);
    assertCovered(cases, "a position of 0", c -> c.info().position() == 0);
    assertCovered(cases, "a position of Long.MAX_VALUE",
        c -> c.info().position() == Long.MAX_VALUE);
    assertCovered(cases, "another position",
        c -> c.info().position() != 0 && c.info().position() != Long.MAX_VALUE);
    assertCovered(cases, "an http probe without parameters",
        c -> c.info().sourceName().equals("http") && c.probe().indexOf('|') < 0);
    assertCovered(cases, "a local probe with parameters",
        c -> c.info().sourceName().equals("local") && c.probe().indexOf('|') > 0);
    assertCovered(cases, "an empty probe parameter", c -> c.probe() != null
        && c.probe().endsWith("|"));
    assertThat(cases)
        .filteredOn(c -> c.probe() != null)
        .extracting(c -> c.probe().split("\\|", 2)[0])
        .contains(PROBES);
  }

  private static void assertCovered(List<Case> cases, String what, Predicate<Case> shape) {
    assertThat(cases).as("generated tracks with %s", what).anyMatch(shape);
  }

  // lavaplayer -> Tonearm

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decode_lavaplayerEncoding_givesSameValues(Case c) {
    AudioTrack track = lavaplayerTrack(c);
    String encoded = lavaplayerEncode(track);

    DecodedTrack decoded = TrackCodec.decode(encoded);

    assertThat(decoded.version()).isEqualTo(3);
    assertSameValues(decoded.info(), track);
    assertThat(decoded.info()).isEqualTo(c.info());
    if (c.probe() != null) {
      assertThat(decoded.sourceDetails()).containsExactly(writeUtf(c.probe()));
    } else {
      assertThat(decoded.sourceDetails()).isEmpty();
    }
  }

  // Tonearm -> lavaplayer

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void encode_generatedTrack_decodesInLavaplayerAndReEncodesToSameString(Case c) {
    String encoded = TrackCodec.encode(c.decodedTrack());

    AudioTrack track = lavaplayerDecode(encoded);

    assertThat(track).as("lavaplayer's decoded track").isNotNull();
    assertThat(track).isInstanceOf(expectedTrackClass(c.info().sourceName()));
    assertSameValues(c.info(), track);
    if (c.probe() != null) {
      MediaContainerDescriptor descriptor = track instanceof HttpAudioTrack httpTrack
          ? httpTrack.getContainerTrackFactory()
          : ((LocalAudioTrack) track).getContainerTrackFactory();
      assertThat(descriptor.probe.getName()
          + (descriptor.parameters == null ? "" : "|" + descriptor.parameters))
          .isEqualTo(c.probe());
    }
    assertThat(lavaplayerEncode(track)).isEqualTo(encoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void encode_generatedTrack_isByteForByteWhatLavaplayerWrites(Case c) {
    assertThat(TrackCodec.encode(c.decodedTrack())).isEqualTo(lavaplayerEncode(lavaplayerTrack(c)));
  }

  // the documented example

  @Test
  void encode_restDecodeTrackExample_matchesLavaplayerUpgradeToVersion3() throws IOException {
    String version2 = readJson("rest-decodetrack-response.json").get("encoded").getAsString();
    AudioTrack track = lavaplayerDecode(version2);

    String upgraded = TrackCodec.encode(TrackCodec.decodeInfo(version2));

    assertSameValues(TrackCodec.decodeInfo(version2), track);
    assertThat(upgraded).isEqualTo(lavaplayerEncode(track)).isNotEqualTo(version2);
    assertThat(TrackCodec.decode(upgraded).version()).isEqualTo(3);
  }

  // where lavaplayer is more lenient or stricter than this codec

  @Test
  void encode_httpTrackWithUnknownProbe_decodesHereButNotInLavaplayer() {
    TrackInfo info = new TrackInfo("https://example.com/a.xyz", true, "a", 1000L, false, 0L,
        "t", null, null, null, "http");
    String encoded = TrackCodec.encode(DecodedTrack.withContainerProbe(info, "xyz|1"));

    assertThat(TrackCodec.decode(encoded).info()).isEqualTo(info);
    assertThat(lavaplayerDecode(encoded)).isNull();
  }

  @Test
  void decode_trailingBytesAfterMessage_rejectedHereButSkippedByLavaplayer() {
    byte[] message = Base64.getDecoder().decode(TrackCodec.encode(new TrackInfo("abc", true,
        "a", 1000L, false, 0L, "t", null, null, null, "youtube")));
    byte[] padded = new byte[message.length + 4];
    System.arraycopy(message, 0, padded, 0, message.length);
    String encoded = Base64.getEncoder().encodeToString(padded);

    assertThat(lavaplayerDecode(encoded)).isInstanceOf(YoutubeAudioTrack.class);
    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageContaining("wrong size");
  }

  // helpers

  private AudioTrack lavaplayerTrack(Case c) {
    TrackInfo info = c.info();
    AudioTrackInfo trackInfo = new AudioTrackInfo(info.title(), info.author(), info.length(),
        info.identifier(), info.stream(), info.uri(), info.artworkUrl(), info.isrc());
    AudioTrack track = switch (info.sourceName()) {
      case "youtube" -> new YoutubeAudioTrack(trackInfo, youtube);
      case "soundcloud" -> new SoundCloudAudioTrack(trackInfo, soundCloud);
      case "bandcamp" -> new BandcampAudioTrack(trackInfo, bandcamp);
      case "twitch" -> new TwitchStreamAudioTrack(trackInfo, twitch);
      case "vimeo" -> new VimeoAudioTrack(trackInfo, vimeo);
      case "http" -> new HttpAudioTrack(trackInfo, descriptor(c.probe()), http);
      case "local" -> new LocalAudioTrack(trackInfo, descriptor(c.probe()), local);
      default -> throw new IllegalArgumentException(info.sourceName());
    };
    track.setPosition(info.position());
    return track;
  }

  private static MediaContainerDescriptor descriptor(@Nullable String probe) {
    assertThat(probe).isNotNull();
    int separator = probe.indexOf('|');
    String name = separator < 0 ? probe : probe.substring(0, separator);
    MediaContainerProbe containerProbe = MediaContainerRegistry.DEFAULT_REGISTRY.find(name);
    assertThat(containerProbe).as("lavaplayer probe %s", name).isNotNull();
    return new MediaContainerDescriptor(containerProbe,
        separator < 0 ? null : probe.substring(separator + 1));
  }

  private static Class<? extends AudioTrack> expectedTrackClass(String source) {
    return switch (source) {
      case "youtube" -> YoutubeAudioTrack.class;
      case "soundcloud" -> SoundCloudAudioTrack.class;
      case "bandcamp" -> BandcampAudioTrack.class;
      case "twitch" -> TwitchStreamAudioTrack.class;
      case "vimeo" -> VimeoAudioTrack.class;
      case "http" -> HttpAudioTrack.class;
      case "local" -> LocalAudioTrack.class;
      default -> throw new IllegalArgumentException(source);
    };
  }

  private String lavaplayerEncode(AudioTrack track) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      manager.encodeTrack(new MessageOutput(bytes), track);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private @Nullable AudioTrack lavaplayerDecode(String encoded) {
    byte[] bytes = Base64.getDecoder().decode(encoded);
    try {
      DecodedTrackHolder holder = manager.decodeTrack(
          new MessageInput(new ByteArrayInputStream(bytes)));
      return holder == null ? null : holder.decodedTrack;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSameValues(TrackInfo tonearm, AudioTrack lavaplayer) {
    AudioTrackInfo info = lavaplayer.getInfo();
    assertThat(tonearm.title()).as("title").isEqualTo(info.title);
    assertThat(tonearm.author()).as("author").isEqualTo(info.author);
    assertThat(tonearm.length()).as("length").isEqualTo(info.length);
    assertThat(tonearm.identifier()).as("identifier").isEqualTo(info.identifier);
    assertThat(tonearm.stream()).as("stream").isEqualTo(info.isStream);
    assertThat(tonearm.uri()).as("uri").isEqualTo(info.uri);
    assertThat(tonearm.artworkUrl()).as("artworkUrl").isEqualTo(info.artworkUrl);
    assertThat(tonearm.isrc()).as("isrc").isEqualTo(info.isrc);
    assertThat(tonearm.sourceName()).as("sourceName")
        .isEqualTo(lavaplayer.getSourceManager().getSourceName());
    assertThat(tonearm.position()).as("position").isEqualTo(lavaplayer.getPosition());
  }

  private static byte[] writeUtf(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new DataOutputStream(bytes).writeUTF(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private JsonObject readJson(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    }
  }
}
