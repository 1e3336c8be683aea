package dev.tonearm.benchmarks.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoopbackLavalinkTest {

  @ParameterizedTest
  @EnumSource(FrameKind.class)
  void frames_areCompactAndCarryTheirChecksum(FrameKind kind) {
    String frame = kind.frame(41);

    assertThat(frame).doesNotContain("\n").doesNotContain(": ").startsWith("{\"op\":");
    assertThat(EndToEnd.scanChecksum(frame)).isEqualTo(kind.checksum(41));
    assertThat(kind.expectedSum(3, 2)).isEqualTo(2 * (kind.checksum(0) + kind.checksum(1) + kind.checksum(2)));
  }

  @Test
  void webSocketBlock_holdsOneTextFramePerGuild() throws Exception {
    byte[] block = FrameKind.TRACK_START.webSocketBlock(3);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(block));

    for (int guild = 0; guild < 3; guild++) {
      WebSocketFrames.Frame frame = WebSocketFrames.read(in);
      assertThat(frame.opcode()).isEqualTo(WebSocketFrames.TEXT);
      assertThat(new String(frame.payload(), StandardCharsets.UTF_8))
          .isEqualTo(FrameKind.TRACK_START.frame(guild));
    }
    assertThat(in.available()).isZero();
  }

  @Test
  void player_echoesTheUpdatesTrackVolumeAndVoice() {
    String player = LoopbackLavalink.player("42", "{\"volume\":50,\"track\":{\"encoded\":\"QAAB\"},"
        + "\"voice\":{\"token\":\"t\",\"endpoint\":\"e\",\"sessionId\":\"s\",\"channelId\":\"9\"}}");

    assertThat(player).startsWith("{\"guildId\":\"42\",\"track\":{\"encoded\":\"QAAB\",")
        .contains("\"volume\":50").contains("\"voice\":{\"token\":\"t\",\"endpoint\":\"e\","
            + "\"sessionId\":\"s\",\"channelId\":\"9\"}").contains("\"paused\":false");
    assertThat(LoopbackLavalink.player("42", "{}")).contains("\"track\":null")
        .contains("\"volume\":100");
  }

  @Test
  void closedLoop_countsEveryCompletedCommand() throws Exception {
    ClosedLoop.Result result = ClosedLoop.run(4, Duration.ofMillis(50),
        guild -> CompletableFuture.supplyAsync(() -> guild));

    assertThat(result.completed()).isPositive();
    assertThat(result.p99Micros()).isGreaterThanOrEqualTo(result.p50Micros());
  }
}
