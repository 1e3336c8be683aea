package dev.tonearm.benchmarks.official;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arbjerg.lavalink.protocol.v4.Message;
import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.benchmarks.loopback.Guilds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The official client's contenders do the work they are named for: every frame reaches its
 * subscriber as one event, and the decoder reads every frame into the protocol's message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialContendersTest {
  private final OfficialInboundBenchmark.Wired wired = new OfficialInboundBenchmark.Wired();
  private final OfficialInboundBenchmark benchmark = new OfficialInboundBenchmark();

  @BeforeAll
  void connect() throws Exception {
    wired.setUp();
  }

  @AfterAll
  void close() {
    wired.tearDown();
  }

  @ParameterizedTest
  @EnumSource(FrameKind.class)
  void official_oneRoundOfFrames_deliversOneEventPerFrameToItsSubscriber(FrameKind kind) {
    OfficialInboundBenchmark.Frames frames = frames(kind);
    EndToEnd.Tally tally = new EndToEnd.Tally(EndToEnd.GUILDS);
    wired.client().tally(tally);
    try {
      for (int i = 0; i < EndToEnd.GUILDS; i++) {
        benchmark.official(frames, wired);
      }
    } finally {
      wired.client().tally(null);
    }

    assertThat(tally.count()).isEqualTo(EndToEnd.GUILDS);
    assertThat(tally.sum()).isEqualTo(kind.expectedSum(EndToEnd.GUILDS, 1));
    assertThat(wired.client().node.getCachedPlayer(Guilds.id(0))).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(FrameKind.class)
  void kotlinxDecode_readsEveryFrameIntoAMessage(FrameKind kind) {
    OfficialInboundBenchmark.Frames frames = frames(kind);

    assertThat(benchmark.kotlinxDecode(frames)).isInstanceOf(Message.class);
  }

  private static OfficialInboundBenchmark.Frames frames(FrameKind kind) {
    OfficialInboundBenchmark.Frames frames = new OfficialInboundBenchmark.Frames();
    frames.frame = kind.label();
    frames.setUp();
    return frames;
  }
}
