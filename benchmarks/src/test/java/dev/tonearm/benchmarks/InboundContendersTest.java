package dev.tonearm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.internal.protocol.ServerMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The inbound contenders do the work they are named for: every frame reaches the listener as one
 * event of its kind, and the Gson floor reads the same values as Tonearm's decoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundContendersTest {
  private final InboundBenchmark.Wired wired = new InboundBenchmark.Wired();
  private final InboundBenchmark benchmark = new InboundBenchmark();

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
  void tonearm_oneRoundOfFrames_deliversOneEventPerFrameToTheListener(FrameKind kind) {
    InboundBenchmark.Frames frames = frames(kind);
    CountingListener listener = wired.client().listener;
    EndToEnd.Tally tally = new EndToEnd.Tally(EndToEnd.GUILDS);
    listener.tally(tally);
    try {
      for (int i = 0; i < EndToEnd.GUILDS; i++) {
        benchmark.tonearm(frames, wired);
      }
    } finally {
      listener.tally(null);
    }

    assertThat(tally.count()).isEqualTo(EndToEnd.GUILDS);
    assertThat(tally.sum()).isEqualTo(kind.expectedSum(EndToEnd.GUILDS, 1));
  }

  @Test
  void tonearm_metricsOn_deliversEveryFrameAndCountsItsEvent() throws Exception {
    InboundBenchmark.Wired metered = new InboundBenchmark.Wired();
    metered.metrics = "on";
    metered.setUp();
    try {
      InboundBenchmark.Frames frames = frames(FrameKind.TRACK_START);
      for (int i = 0; i < EndToEnd.GUILDS; i++) {
        benchmark.tonearm(frames, metered);
      }

      assertThat(metered.client().registry.get("tonearm.events.delivered")
          .tag("kind", "track_start").counter().count()).isGreaterThanOrEqualTo(EndToEnd.GUILDS);
    } finally {
      metered.tearDown();
    }
  }

  @Test
  void gsonStreaming_readsWhatTonearmDecodes() {
    for (FrameKind kind : FrameKind.values()) {
      String frame = kind.frame(7);
      Object floor = GsonStreamingFloor.parse(frame);
      ServerMessage message = ProtocolDecoder.message(frame);
      switch (kind) {
        case PLAYER_UPDATE -> {
          GsonStreamingFloor.PlayerUpdate update = (GsonStreamingFloor.PlayerUpdate) floor;
          ServerMessage.PlayerUpdate decoded = (ServerMessage.PlayerUpdate) message;
          assertThat(update.guildId()).isEqualTo(decoded.guildId());
          assertThat(update.position()).isEqualTo(decoded.state().position());
          assertThat(update.time()).isEqualTo(decoded.state().time());
        }
        case STATS -> {
          GsonStreamingFloor.Stats stats = (GsonStreamingFloor.Stats) floor;
          ServerMessage.Stats decoded = (ServerMessage.Stats) message;
          assertThat(stats.players()).isEqualTo(decoded.stats().players());
          assertThat(stats.systemLoad()).isEqualTo(decoded.stats().cpu().systemLoad());
          assertThat(stats.deficit()).isEqualTo(decoded.stats().frameStats().deficit());
        }
        default -> {
          GsonStreamingFloor.TrackEvent event = (GsonStreamingFloor.TrackEvent) floor;
          ServerMessage.Event decoded = (ServerMessage.Event) message;
          assertThat(event.guildId()).isEqualTo(decoded.guildId());
          assertThat(event.info().title()).isEqualTo(decoded instanceof ServerMessage.TrackStart start
              ? start.track().info().title() : ((ServerMessage.TrackEnd) decoded).track().info().title());
        }
      }
    }
  }

  private static InboundBenchmark.Frames frames(FrameKind kind) {
    InboundBenchmark.Frames frames = new InboundBenchmark.Frames();
    frames.frame = kind.label();
    frames.setUp();
    return frames;
  }
}
