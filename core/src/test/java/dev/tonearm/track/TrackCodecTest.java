package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackCodecTest {
  private static final TrackInfo YOUTUBE = new TrackInfo("dQw4w9WgXcQ", true, "RickAstleyVEVO",
      212000L, false, 0L, "Rick Astley - Never Gonna Give You Up",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg", null, "youtube");

  private static final TrackInfo HTTP_STREAM = new TrackInfo("https://radio.example/live.mp3",
      false, "Unknown artist", Long.MAX_VALUE, true, 12345L, "Radio \uD83C\uDFB5 live",
      "https://radio.example/live.mp3", null, null, "http");

  // round trips

  @Test
  void encode_youtubeTrack_decodesToSameInfoAtVersion3() {
    DecodedTrack decoded = TrackCodec.decode(TrackCodec.encode(YOUTUBE));

    assertThat(decoded.info()).isEqualTo(YOUTUBE);
    assertThat(decoded.version()).isEqualTo(3);
    assertThat(decoded.sourceDetails()).isEmpty();
  }

  @Test
  void encode_httpTrackWithProbe_decodesToSameInfoAndSourceDetails() {
    DecodedTrack track = DecodedTrack.withContainerProbe(HTTP_STREAM, "mp3");

    DecodedTrack decoded = TrackCodec.decode(TrackCodec.encode(track));

    assertThat(decoded).isEqualTo(track);
    assertThat(decoded.info().length()).isEqualTo(Long.MAX_VALUE);
    assertThat(decoded.info().position()).isEqualTo(12345L);
    assertThat(decoded.sourceDetails()).containsExactly(0, 3, 'm', 'p', '3');
  }

  @Test
  void encode_opaqueSourceDetails_keepsThemByteForByte() {
    byte[] details = {0, 0, 0, 0, 0, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xC0, (byte) 0x80, 0x7F};
    TrackInfo info = new TrackInfo("spotify:track:1", true, "Artist", 1000L, false, 500L, "Song",
        "https://open.spotify.com/track/1", "https://i.scdn.co/image/1", "USRC17607839",
        "spotify");

    DecodedTrack decoded = TrackCodec.decode(TrackCodec.encode(new DecodedTrack(info, 3, details)));

    assertThat(decoded.sourceDetails()).containsExactly(details);
    assertThat(decoded.info()).isEqualTo(info);
  }

  @Test
  void encode_nulAndSupplementaryCharacters_roundTripsThroughModifiedUtf8() throws IOException {
    String title = "a\u0000b\uD83C\uDFB5c\u00E9\u4E2D";
    TrackInfo info = new TrackInfo("id", true, "", 1L, false, 0L, title, null, null, null,
        "soundcloud");

    String encoded = TrackCodec.encode(info);

    assertThat(TrackCodec.decode(encoded).info().title()).isEqualTo(title);
    byte[] message = Base64.getDecoder().decode(encoded);
    // NUL is C0 80 and U+1F3B5 is two 3-byte surrogates in modified UTF-8
    assertThat(indexOf(message, modifiedUtf8(title))).isPositive();
    assertThat(HexFormat.of().formatHex(modifiedUtf8(title)))
        .isEqualTo("0010" + "61c08062eda0bcedbeb563c3a9e4b8ad");
  }

  @Test
  void encode_track_writesVersion3LayoutByteForByte() throws IOException {
    byte[] expectedBody = body(out -> {
      out.writeByte(3);
      out.writeUTF(YOUTUBE.title());
      out.writeUTF(YOUTUBE.author());
      out.writeLong(212000L);
      out.writeUTF("dQw4w9WgXcQ");
      out.writeBoolean(false);
      out.writeBoolean(true);
      out.writeUTF(YOUTUBE.uri());
      out.writeBoolean(true);
      out.writeUTF(YOUTUBE.artworkUrl());
      out.writeBoolean(false);
      out.writeUTF("youtube");
      out.writeLong(0L);
    });

    String encoded = TrackCodec.encode(YOUTUBE);

    assertThat(encoded).isEqualTo(message(1, expectedBody)).startsWith("QAAA");
  }

  @Test
  void encode_decodedTrackOfOlderVersion_writesVersion3() {
    DecodedTrack old = new DecodedTrack(YOUTUBE, 1, new byte[0]);

    DecodedTrack decoded = TrackCodec.decode(TrackCodec.encode(old));

    assertThat(decoded.version()).isEqualTo(3);
    assertThat(decoded.info()).isEqualTo(YOUTUBE);
  }

  @Test
  void encode_seekableNotMatchingStream_decodesSeekableAsNotStream() {
    TrackInfo unseekable = new TrackInfo("id", false, "a", 1000L, false, 0L, "t", null, null,
        null, "youtube");

    TrackInfo decoded = TrackCodec.decodeInfo(TrackCodec.encode(unseekable));

    assertThat(decoded.seekable()).isTrue();
    assertThat(decoded).isEqualTo(new TrackInfo("id", true, "a", 1000L, false, 0L, "t", null,
        null, null, "youtube"));
  }

  @Test
  void encode_extremePositionsAndLengths_roundTrip() {
    for (long value : new long[] {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40}) {
      TrackInfo info = new TrackInfo("id", true, "a", value, false, value, "t", null, null, null,
          "youtube");

      assertThat(TrackCodec.decodeInfo(TrackCodec.encode(info))).isEqualTo(info);
    }
  }

  @Test
  void decode_restDecodeTrackExample_givesValuesOfTheResponseExceptArtwork() throws IOException {
    JsonObject response = readJson("rest-decodetrack-response.json");
    JsonObject info = response.getAsJsonObject("info");

    DecodedTrack decoded = TrackCodec.decode(response.get("encoded").getAsString());

    assertThat(decoded.version()).isEqualTo(2);
    assertThat(decoded.info()).isEqualTo(new TrackInfo(
        info.get("identifier").getAsString(),
        info.get("isSeekable").getAsBoolean(),
        info.get("author").getAsString(),
        info.get("length").getAsLong(),
        info.get("isStream").getAsBoolean(),
        info.get("position").getAsLong(),
        info.get("title").getAsString(),
        info.get("uri").getAsString(),
        null,
        null,
        info.get("sourceName").getAsString()));
    assertThat(decoded.info().title()).isEqualTo("Rick Astley - Never Gonna Give You Up");
    assertThat(decoded.info().length()).isEqualTo(212000L);
    // version 2 has no artworkUrl field; the node adds it to the JSON from the source
    assertThat(info.get("artworkUrl").getAsString()).isNotEmpty();
    assertThat(info.get("isrc").isJsonNull()).isTrue();
    assertThat(decoded.sourceDetails()).isEmpty();
  }

  // older and newer versions

  @Test
  void decode_unversionedMessage_readsVersion1LayoutWithoutUri() throws IOException {
    byte[] body = body(out -> {
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1000L);
      out.writeUTF("abc");
      out.writeBoolean(true);
      out.writeUTF("twitch");
      out.writeLong(77L);
    });

    DecodedTrack decoded = TrackCodec.decode(message(0, body));

    assertThat(decoded.version()).isEqualTo(1);
    assertThat(decoded.info()).isEqualTo(new TrackInfo("abc", false, "Author", 1000L, true, 77L,
        "Title", null, null, null, "twitch"));
    assertThat(decoded.sourceDetails()).isEmpty();
  }

  @Test
  void decode_versionedMessageWithVersion1_readsVersion1Layout() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(1);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1000L);
      out.writeUTF("abc");
      out.writeBoolean(false);
      out.writeUTF("local");
      out.writeUTF("flac");
      out.writeLong(5L);
    });

    DecodedTrack decoded = TrackCodec.decode(message(1, body));

    assertThat(decoded.version()).isEqualTo(1);
    assertThat(decoded.info().uri()).isNull();
    assertThat(decoded.info().sourceName()).isEqualTo("local");
    assertThat(decoded.sourceDetails()).containsExactly(0, 4, 'f', 'l', 'a', 'c');
    assertThat(decoded.info().position()).isEqualTo(5L);
  }

  @Test
  void decode_version2_readsUriButNoArtworkOrIsrc() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(2);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1000L);
      out.writeUTF("abc");
      out.writeBoolean(false);
      out.writeBoolean(true);
      out.writeUTF("https://example.com/abc");
      out.writeUTF("http");
      out.writeUTF("mp3");
      out.writeLong(9L);
    });

    DecodedTrack decoded = TrackCodec.decode(message(1, body));

    assertThat(decoded.version()).isEqualTo(2);
    assertThat(decoded.info().uri()).isEqualTo("https://example.com/abc");
    assertThat(decoded.info().artworkUrl()).isNull();
    assertThat(decoded.info().isrc()).isNull();
    assertThat(decoded.info().sourceName()).isEqualTo("http");
    assertThat(decoded.sourceDetails()).containsExactly(0, 3, 'm', 'p', '3');
    assertThat(decoded.info().position()).isEqualTo(9L);
  }

  @Test
  void decode_version2WithNullUri_readsNullUri() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(2);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1000L);
      out.writeUTF("abc");
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeUTF("vimeo");
      out.writeLong(0L);
    });

    DecodedTrack decoded = TrackCodec.decode(message(1, body));

    assertThat(decoded.info().uri()).isNull();
    assertThat(decoded.info().sourceName()).isEqualTo("vimeo");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 127, 255})
  void decode_versionAbove3_readsVersion3Layout(int version) throws IOException {
    byte[] body = body(out -> {
      out.writeByte(version);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1000L);
      out.writeUTF("abc");
      out.writeBoolean(false);
      out.writeBoolean(true);
      out.writeUTF("https://example.com/abc");
      out.writeBoolean(true);
      out.writeUTF("https://example.com/abc.jpg");
      out.writeBoolean(true);
      out.writeUTF("GBAYE0601498");
      out.writeUTF("bandcamp");
      out.writeLong(42L);
    });

    DecodedTrack decoded = TrackCodec.decode(message(1, body));

    assertThat(decoded.version()).isEqualTo(version);
    assertThat(decoded.info()).isEqualTo(new TrackInfo("abc", true, "Author", 1000L, false, 42L,
        "Title", "https://example.com/abc", "https://example.com/abc.jpg", "GBAYE0601498",
        "bandcamp"));
  }

  // decodeTrack and decodeInfo

  @Test
  void decodeTrack_validString_keepsInputAsEncoded() {
    String encoded = TrackCodec.encode(DecodedTrack.withContainerProbe(HTTP_STREAM, "mp3"));

    Track track = TrackCodec.decodeTrack(encoded);

    assertThat(track.encoded()).isSameAs(encoded);
    assertThat(track.info()).isEqualTo(HTTP_STREAM);
    assertThat(track.pluginInfo().size()).isZero();
    assertThat(track.userData().size()).isZero();
  }

  @Test
  void decodeTrack_corruptString_throwsTrackDecodeException() {
    assertThatThrownBy(() -> TrackCodec.decodeTrack("%%%"))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageContaining("not valid base64");
  }

  @Test
  void decodeInfo_validString_returnsInfoOfDecode() {
    String encoded = TrackCodec.encode(YOUTUBE);

    assertThat(TrackCodec.decodeInfo(encoded)).isEqualTo(TrackCodec.decode(encoded).info());
  }

  // corrupt input: the message envelope

  @ParameterizedTest
  @ValueSource(strings = {"%%%", "QAAA jQ==", "QAAA\njQ==", "QAAA-_==", "Q"})
  void decode_notBase64_namesBase64(String encoded) {
    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .isInstanceOf(TrackDecodeException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Encoded track is not valid base64")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_emptyString_saysFewerBytesThanHeader() {
    assertThatThrownBy(() -> TrackCodec.decode(""))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track is truncated: 0 bytes, fewer than the 4-byte message header");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void decode_fewerThan4Bytes_saysFewerBytesThanHeader(int size) {
    String encoded = Base64.getEncoder().encodeToString(
        Arrays.copyOf(new byte[] {0x40, 0, 0}, size));

    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track is truncated: " + size
            + " bytes, fewer than the 4-byte message header");
  }

  @Test
  void decode_headerAnnouncesMoreBytesThanPresent_saysTruncatedWithBothSizes() {
    byte[] message = Base64.getDecoder().decode(TrackCodec.encode(YOUTUBE));
    String truncated = Base64.getEncoder().encodeToString(
        Arrays.copyOf(message, message.length - 10));

    assertThatThrownBy(() -> TrackCodec.decode(truncated))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track is truncated: the header announces " + (message.length - 4)
            + " body bytes but only " + (message.length - 14) + " follow");
  }

  @Test
  void decode_headerAnnouncesFewerBytesThanPresent_saysWrongSizeWithBothSizes() {
    byte[] message = Base64.getDecoder().decode(TrackCodec.encode(YOUTUBE));
    String padded = Base64.getEncoder().encodeToString(Arrays.copyOf(message, message.length + 3));

    assertThatThrownBy(() -> TrackCodec.decode(padded))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track has the wrong size: the header announces "
            + (message.length - 4) + " body bytes but " + (message.length - 1) + " follow");
  }

  @Test
  void decode_twoConcatenatedTracks_saysWrongSize() {
    byte[] one = Base64.getDecoder().decode(TrackCodec.encode(YOUTUBE));
    byte[] two = Arrays.copyOf(one, one.length * 2);
    System.arraycopy(one, 0, two, one.length, one.length);

    assertThatThrownBy(() -> TrackCodec.decode(Base64.getEncoder().encodeToString(two)))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageContaining("wrong size");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void decode_unknownFlags_namesTheFlags(int flags) {
    byte[] message = Base64.getDecoder().decode(TrackCodec.encode(YOUTUBE));
    String encoded = message(flags, Arrays.copyOfRange(message, 4, message.length));

    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track has unknown message flags " + flags
            + "; only 1 (versioned) is defined");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void decode_bodySizeZero_saysEndOfStreamMarker(int flags) {
    String encoded = message(flags, new byte[0]);

    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track is empty: its header is the end-of-stream marker");
  }

  // corrupt input: the body

  @Test
  void decode_bodyEndsInsideTitle_namesTitle() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeShort(10);
      out.writeBytes("Tit");
    });

    assertTruncatedInside(message(1, body), "title");
  }

  @Test
  void decode_bodyEndsInsideTitleLength_namesTitle() {
    assertTruncatedInside(message(1, new byte[] {3, 0}), "title");
  }

  @Test
  void decode_bodyEndsInsideLength_namesLength() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeInt(0);
    });

    assertTruncatedInside(message(1, body), "length");
  }

  @Test
  void decode_unversionedBodyEndsInsideAuthor_namesAuthor() throws IOException {
    byte[] body = body(out -> {
      out.writeUTF("Title");
      out.writeShort(6);
    });

    assertTruncatedInside(message(0, body), "author");
  }

  @Test
  void decode_bodyEndsAfterIsStream_namesUri() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1L);
      out.writeUTF("id");
      out.writeBoolean(false);
    });

    assertTruncatedInside(message(1, body), "uri");
  }

  @Test
  void decode_everyPrefixOfValidBody_namesTheFieldBeingRead() throws IOException {
    String[] fields = {"version", "title", "author", "length", "identifier", "isStream", "uri",
        "artworkUrl", "isrc", "sourceName"};
    byte[][] parts = {
        body(out -> out.writeByte(3)),
        body(out -> out.writeUTF("T\u00E9")),
        body(out -> out.writeUTF("A")),
        body(out -> out.writeLong(1000L)),
        body(out -> out.writeUTF("id")),
        body(out -> out.writeBoolean(false)),
        body(out -> {
          out.writeBoolean(true);
          out.writeUTF("u");
        }),
        body(out -> {
          out.writeBoolean(true);
          out.writeUTF("w");
        }),
        body(out -> {
          out.writeBoolean(true);
          out.writeUTF("i");
        }),
        body(out -> out.writeUTF("youtube")),
    };
    ByteArrayOutputStream full = new ByteArrayOutputStream();
    for (int field = 1; field < parts.length; field++) {
      full.write(parts[field - 1]);
      for (int extra = 0; extra < parts[field].length; extra++) {
        byte[] prefix = Arrays.copyOf(full.toByteArray(), full.size() + extra);
        System.arraycopy(parts[field], 0, prefix, full.size(), extra);

        assertTruncatedInside(message(1, prefix), fields[field]);
      }
    }
  }

  @Test
  void decode_everyStrictPrefixOfYoutubeTrack_throwsTrackDecodeException() {
    byte[] message = Base64.getDecoder().decode(TrackCodec.encode(YOUTUBE));
    byte[] body = Arrays.copyOfRange(message, 4, message.length);

    for (int size = 1; size < body.length; size++) {
      String prefix = message(1, Arrays.copyOf(body, size));

      assertThatThrownBy(() -> TrackCodec.decode(prefix))
          .as("body of %d bytes", size)
          .isInstanceOf(TrackDecodeException.class)
          .hasMessageStartingWith("Encoded track ");
    }
  }

  @Test
  void decode_bodyTooShortForPosition_saysHowManyBytesAreMissing() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1L);
      out.writeUTF("id");
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeUTF("youtube");
      out.writeInt(0);
      out.writeByte(0);
    });

    assertThatThrownBy(() -> TrackCodec.decode(message(1, body)))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track has the wrong size: the body ends 3 bytes short of the 8-byte"
            + " position after sourceName");
  }

  @Test
  void decode_bodyEndingRightAfterSourceName_saysAllPositionBytesAreMissing() throws IOException {
    byte[] body = body(out -> {
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1L);
      out.writeUTF("id");
      out.writeBoolean(false);
      out.writeUTF("youtube");
    });

    assertThatThrownBy(() -> TrackCodec.decode(message(0, body)))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageContaining("8 bytes short of the 8-byte position");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ff", "80", "c328", "e0c080", "e282", "f09f8eb5", "c0"})
  void decode_malformedModifiedUtf8InTitle_namesTitle(String titleHex) throws IOException {
    byte[] title = HexFormat.of().parseHex(titleHex);
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeShort(title.length);
      out.write(title);
      out.writeUTF("Author");
      out.writeLong(1L);
      out.writeUTF("id");
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeUTF("youtube");
      out.writeLong(0L);
    });

    assertThatThrownBy(() -> TrackCodec.decode(message(1, body)))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageStartingWith("Encoded track has malformed modified UTF-8 in title")
        .hasCauseInstanceOf(UTFDataFormatException.class);
  }

  @Test
  void decode_malformedModifiedUtf8InIsrc_namesIsrc() throws IOException {
    byte[] body = body(out -> {
      out.writeByte(3);
      out.writeUTF("Title");
      out.writeUTF("Author");
      out.writeLong(1L);
      out.writeUTF("id");
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeBoolean(true);
      out.writeShort(2);
      out.write(new byte[] {(byte) 0xE0, 0x41});
      out.writeUTF("youtube");
      out.writeLong(0L);
    });

    assertThatThrownBy(() -> TrackCodec.decode(message(1, body)))
        .isInstanceOf(TrackDecodeException.class)
        .hasMessageStartingWith("Encoded track has malformed modified UTF-8 in isrc");
  }

  @Test
  void decode_randomlyCorruptedTracks_throwOnlyTrackDecodeException() {
    Random random = new Random(20240611L);
    byte[] valid = Base64.getDecoder().decode(
        TrackCodec.encode(DecodedTrack.withContainerProbe(HTTP_STREAM, "mpegts-adts|x")));
    int failures = 0;

    for (int i = 0; i < 5000; i++) {
      byte[] corrupt = valid.clone();
      int changes = 1 + random.nextInt(4);
      for (int c = 0; c < changes; c++) {
        corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        int size = 4 + random.nextInt(corrupt.length - 4);
        corrupt = Arrays.copyOf(corrupt, size);
        int bodySize = size - 4;
        corrupt[1] = (byte) (bodySize >>> 16);
        corrupt[2] = (byte) (bodySize >>> 8);
        corrupt[3] = (byte) bodySize;
      }
      String encoded = Base64.getEncoder().encodeToString(corrupt);
      try {
        TrackCodec.decode(encoded);
      } catch (TrackDecodeException e) {
        failures++;
        assertThat(e.getMessage()).startsWith("Encoded track ");
      }
    }

    assertThat(failures).isBetween(1, 4999);
  }

  // encode limits

  @Test
  void encode_titleOf65535AsciiBytes_succeeds() {
    TrackInfo info = withTitle("a".repeat(65535));

    assertThat(TrackCodec.decodeInfo(TrackCodec.encode(info)).title()).hasSize(65535);
  }

  @Test
  void encode_titleLongerThan65535Bytes_namesTitle() {
    TrackInfo info = withTitle("a".repeat(65536));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(info))
        .withMessage("title is too long to encode: more than 65535 bytes in modified UTF-8")
        .withCauseInstanceOf(UTFDataFormatException.class);
  }

  @Test
  void encode_nulCharactersCountingTwoBytes_namesTitle() {
    TrackInfo fits = withTitle("\u0000".repeat(32767));
    TrackInfo tooLong = withTitle("\u0000".repeat(32768));

    assertThatCode(() -> TrackCodec.encode(fits)).doesNotThrowAnyException();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(tooLong))
        .withMessageStartingWith("title is too long");
  }

  @Test
  void encode_supplementaryCharactersCountingSixBytes_namesAuthor() {
    TrackInfo info = new TrackInfo("id", true, "\uD83C\uDFB5".repeat(10923), 1L, false, 0L, "t",
        null, null, null, "youtube");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(info))
        .withMessageStartingWith("author is too long");
  }

  @Test
  void encode_tooLongNullableFields_nameTheField() {
    String big = "\u4E2D".repeat(21846);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(new TrackInfo("id", true, "a", 1L, false, 0L, "t",
            big, null, null, "youtube")))
        .withMessageStartingWith("uri is too long");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(new TrackInfo("id", true, "a", 1L, false, 0L, "t",
            null, big, null, "youtube")))
        .withMessageStartingWith("artworkUrl is too long");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(new TrackInfo("id", true, "a", 1L, false, 0L, "t",
            null, null, big, "youtube")))
        .withMessageStartingWith("isrc is too long");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(new TrackInfo(big, true, "a", 1L, false, 0L, "t",
            null, null, null, "youtube")))
        .withMessageStartingWith("identifier is too long");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackCodec.encode(new TrackInfo("id", true, "a", 1L, false, 0L, "t",
            null, null, null, big)))
        .withMessageStartingWith("sourceName is too long");
  }

  // helpers

  private JsonObject readJson(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    }
  }

  private static TrackInfo withTitle(String title) {
    return new TrackInfo("id", true, "author", 1L, false, 0L, title, null, null, null,
        "youtube");
  }

  private static void assertTruncatedInside(String encoded, String field) {
    assertThatThrownBy(() -> TrackCodec.decode(encoded))
        .as("truncated inside %s", field)
        .isInstanceOf(TrackDecodeException.class)
        .hasMessage("Encoded track is truncated: the body ends inside " + field);
  }

  private interface BodyWriter {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] body(BodyWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.write(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static String message(int flags, byte[] body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      out.writeInt(flags << 30 | body.length);
      out.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private static byte[] modifiedUtf8(String text) throws IOException {
    return body(out -> out.writeUTF(text));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
