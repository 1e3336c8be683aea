package dev.tonearm.internal.protocol;

import static dev.tonearm.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner is only a faster way to the tree decoder's answer: for every frame, the decoder
 * returns what the tree decoder returns, or throws the same exception naming the same field.
 */
class FrameScannerTest {
  private static final String TRACK = "{\"encoded\":\"QAAAjQ\",\"info\":{\"identifier\":\"dQw4w9WgXcQ\","
      + "\"isSeekable\":true,\"author\":\"RickAstleyVEVO\",\"length\":212000,\"isStream\":false,"
      + "\"position\":0,\"title\":\"Rick Astley - Never Gonna Give You Up\",\"uri\":"
      + "\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"artworkUrl\":null,\"isrc\":null,"
      + "\"sourceName\":\"youtube\"},\"pluginInfo\":{},\"userData\":{}}";

  private static final List<String> LAVALINK_FRAMES = List.of(
      "{\"op\":\"ready\",\"resumed\":false,\"sessionId\":\"la4k2r0n1jx8q5z3\"}",
      "{\"op\":\"playerUpdate\",\"guildId\":\"817327181659111454\",\"state\":{\"time\":1500467109,"
          + "\"position\":60000,\"connected\":true,\"ping\":50}}",
      "{\"op\":\"stats\",\"players\":1,\"playingPlayers\":1,\"uptime\":123456789,\"memory\":{\"free\":1,"
          + "\"used\":2,\"allocated\":3,\"reservable\":4},\"cpu\":{\"cores\":4,\"systemLoad\":0.5,"
          + "\"lavalinkLoad\":1.25E-2},\"frameStats\":{\"sent\":6000,\"nulled\":10,\"deficit\":-3010}}",
      "{\"op\":\"stats\",\"players\":0,\"playingPlayers\":0,\"uptime\":1,\"memory\":{\"free\":1,"
          + "\"used\":2,\"allocated\":3,\"reservable\":4},\"cpu\":{\"cores\":4,\"systemLoad\":0,"
          + "\"lavalinkLoad\":0},\"frameStats\":null}",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"817327181659111454\",\"track\":"
          + TRACK + "}",
      "{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"817327181659111454\",\"track\":"
          + TRACK + ",\"reason\":\"loadFailed\"}",
      "{\"op\":\"event\",\"type\":\"TrackExceptionEvent\",\"guildId\":\"1\",\"track\":" + TRACK
          + ",\"exception\":{\"message\":null,\"severity\":\"suspicious\",\"cause\":"
          + "\"java.io.IOException: boom\",\"causeStackTrace\":\"at a\\n\\tat b\"}}",
      "{\"op\":\"event\",\"type\":\"TrackStuckEvent\",\"guildId\":\"1\",\"track\":" + TRACK
          + ",\"thresholdMs\":10000}",
      "{\"op\":\"event\",\"type\":\"WebSocketClosedEvent\",\"guildId\":\"1\",\"code\":4006,"
          + "\"reason\":\"Your session is no longer valid.\",\"byRemote\":true}");

  static Stream<String> lavalinkFrames() {
    return LAVALINK_FRAMES.stream();
  }

  static Stream<String> exampleFrames() {
    return Stream.of("ws-op-ready.json", "ws-op-player-update.json", "ws-op-stats.json",
        "ws-event-track-start.json", "ws-event-track-end.json", "ws-event-track-exception.json",
        "ws-event-track-stuck.json", "ws-event-websocket-closed.json")
        .map(name -> read("protocol-examples/" + name));
  }

  @ParameterizedTest
  @MethodSource({"lavalinkFrames", "exampleFrames"})
  void message_framesAsLavalinkWritesThem_areScannedToTheTreeDecodersMessage(String frame) {
    ServerMessage scanned = FrameScanner.message(frame);

    assertThat(scanned).isNotNull().isEqualTo(ProtocolDecoder.treeMessage(frame));
    assertThat(ProtocolDecoder.message(frame)).isEqualTo(scanned);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // op not first, a second op, an event the client does not know, escapes in a name
      "{\"guildId\":\"1\",\"op\":\"playerUpdate\",\"state\":{\"time\":1,\"position\":2,\"connected\":true}}",
      "{\"op\":\"stats\",\"op\":\"ready\",\"resumed\":true,\"sessionId\":\"s\"}",
      "{\"op\":\"event\",\"type\":\"SegmentSkipped\",\"guildId\":\"1\",\"segment\":{\"start\":0}}",
      "{\"op\":\"ready\",\"resumed\":false,\"session\\u0049d\":\"s\"}",
      // numbers the tree decoder reads as whole numbers
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1.0,\"position\":2e3,\"connected\":false}}",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":-9223372036854775808,\"position\":0,\"connected\":false}}",
      // lenient syntax the tree decoder accepts
      "{op:\"ready\",\"resumed\":true,\"sessionId\":'s'}",
      "{\"op\":\"ready\",\"resumed\":true,\"sessionId\":\"s\",}",
  })
  void message_unusualFrames_areLeftToTheTreeDecoder(String frame) {
    assertThat(FrameScanner.message(frame)).isNull();
    assertSameAsTree(frame);
  }

  @Test
  void message_pluginInfoUserDataEscapesAndUnknownFields_areReadLikeTheTree() {
    String track = TRACK.replace("\"pluginInfo\":{}", "\"pluginInfo\":{\"p\":[1,2.5e-3,\"x\\u00e9\","
        + "null,true,{\"q\":{}}]}").replace("\"userData\":{}", "\"userData\":{\"requester\":\"42\"}")
        .replace("Rick Astley", "Rick \\\"Astley\\\" \\\\ \\/ \\u00e9\\b\\f\\r");
    String frame = " {\n\t\"op\" : \"event\" , \"extra\":[{},[],{\"a\":[-0.5E+2]}],\"type\":\"TrackStartEvent\","
        + "\"guildId\":\"1\",\"track\":" + track + ",\"reason\":null,\"byRemote\":null} \r\n";

    ServerMessage scanned = FrameScanner.message(frame);

    assertThat(scanned).isNotNull().isEqualTo(ProtocolDecoder.treeMessage(frame));
  }

  @Test
  void message_nullsAndMissingOptionalFields_takeTheTreeDecodersDefaults() {
    List<String> frames = List.of(
        "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":-2,\"connected\":false,\"ping\":null}}",
        "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"connected\":true,\"position\":0,\"time\":-999999999999999999}}",
        "{\"op\":\"stats\",\"players\":1,\"playingPlayers\":1,\"uptime\":1,\"memory\":{\"free\":1,"
            + "\"used\":2,\"allocated\":3,\"reservable\":4},\"cpu\":{\"cores\":4,\"systemLoad\":0.5,"
            + "\"lavalinkLoad\":0.5}}",
        "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\","
            + "\"info\":{\"isStream\":true,\"uri\":null,\"title\":null,\"length\":null}}}",
        "{\"op\":\"event\",\"type\":\"TrackExceptionEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\","
            + "\"info\":{}},\"exception\":{\"severity\":null}}",
        "{\"op\":\"event\",\"type\":\"WebSocketClosedEvent\",\"guildId\":\"1\",\"code\":4014}",
        "{\"op\":\"event\",\"type\":\"TrackStuckEvent\",\"guildId\":\"1\",\"thresholdMs\":5,\"track\":"
            + "{\"info\":{},\"encoded\":\"x\",\"pluginInfo\":null,\"userData\":null}}");

    for (String frame : frames) {
      assertThat(FrameScanner.message(frame)).as(frame).isNotNull()
          .isEqualTo(ProtocolDecoder.treeMessage(frame));
    }
  }

  @Test
  void message_loads_areTheDoublesParseDoubleGives() {
    Random random = new Random(7);
    List<String> loads = new ArrayList<>(List.of("0", "-0", "-0.0", "1", "0.5", "1e-3",
        "1E+2", "0.1", "0.30000000000000004", "123456789012345", "1234567890123456", "9.999e22",
        "1e23", "4.9e-324", "2.5E-22", "-7.25e-5"));
    for (int i = 0; i < 2_000; i++) {
      loads.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)));
      loads.add(String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextDouble()));
    }
    for (String load : loads) {
      String frame = "{\"op\":\"stats\",\"players\":1,\"playingPlayers\":1,\"uptime\":1,\"memory\":"
          + "{\"free\":1,\"used\":2,\"allocated\":3,\"reservable\":4},\"cpu\":{\"cores\":4,"
          + "\"systemLoad\":" + load + ",\"lavalinkLoad\":" + load + "}}";
      ServerMessage scanned = FrameScanner.message(frame);
      assertThat(scanned).as(load).isNotNull().isEqualTo(ProtocolDecoder.treeMessage(frame));
      assertThat(((ServerMessage.Stats) scanned).stats().cpu().systemLoad()).as(load)
          .isEqualTo(Double.parseDouble(load));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"op\":\"ready\",\"resumed\":false}",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":\"x\",\"connected\":true}}",
      "{\"op\":\"playerUpdate\",\"guildId\":null,\"state\":{\"time\":1,\"position\":1,\"connected\":true}}",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":9223372036854775808,\"connected\":true}}",
      "{\"op\":\"stats\",\"players\":3000000000,\"playingPlayers\":1,\"uptime\":1,\"memory\":{},\"cpu\":{}}",
      "{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{}},\"reason\":\"exploded\"}",
      "{\"op\":\"event\",\"type\":\"TrackEndEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{}}}",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{\"length\":1.5}}}",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":[]}}",
      "{\"op\":\"event\",\"type\":\"TrackStartEvent\",\"guildId\":\"1\",\"track\":{\"encoded\":\"x\",\"info\":{},\"pluginInfo\":[]}}",
      "{\"op\":\"event\",\"type\":\"WebSocketClosedEvent\",\"guildId\":\"1\",\"code\":4006,\"byRemote\":\"yes\"}",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":1,\"connected\":true}} x",
      "{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":01,\"position\":1,\"connected\":true}}",
      "{\"op\":\"nope\"}",
      "[1]",
      "",
  })
  void message_malformedFrames_failAsTheTreeDecoderFails(String frame) {
    assertThat(FrameScanner.message(frame)).isNull();
    assertSameAsTree(frame);
  }

  /** Random edits of real frames: whatever they break, the answer is the tree decoder's. */
  @Test
  void message_randomlyEditedFrames_alwaysGiveTheTreeDecodersAnswer() {
    Random random = new Random(20261125);
    String alphabet = "{}[]\":,0123456789-+.eEtrufalsn \\u\n";
    List<String> bases = Stream.concat(LAVALINK_FRAMES.stream(), exampleFrames()).toList();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder frame = new StringBuilder(bases.get(random.nextInt(bases.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && frame.length() > 0; e++) {
        int at = random.nextInt(frame.length());
        switch (random.nextInt(3)) {
          case 0 -> frame.deleteCharAt(at);
          case 1 -> frame.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> frame.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      assertSameAsTree(frame.toString());
    }
  }

  private static void assertSameAsTree(String frame) {
    ServerMessage expected;
    try {
      expected = ProtocolDecoder.treeMessage(frame);
    } catch (ProtocolException treeError) {
      assertThat(FrameScanner.message(frame)).as(frame).isNull();
      assertThatThrownBy(() -> ProtocolDecoder.message(frame)).as(frame)
          .isInstanceOf(ProtocolException.class)
          .hasMessage(treeError.getMessage())
          .extracting(e -> ((ProtocolException) e).field()).isEqualTo(treeError.field());
      return;
    }
    ServerMessage scanned = FrameScanner.message(frame);
    if (scanned != null) {
      assertThat(scanned).as(frame).isEqualTo(expected);
    }
    assertThat(ProtocolDecoder.message(frame)).as(frame).isEqualTo(expected);
  }
}
