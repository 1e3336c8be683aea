package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import org.junit.jupiter.api.Test;

/** The README's core snippets that need no Discord, run against the fake node. */
class CoreSnippetsTest {
  private static final long BOT = 100_000_000_000_000_001L;

  @Test
  void connect_fakeNodeWithTheReadmesPassword_connects() {
    try (FakeLavalink node = FakeLavalink.start();
         Lavalink lavalink = CoreSnippets.connect(BOT, node.uri())) {
      await().until(() -> lavalink.node("main").orElseThrow().state() == NodeState.CONNECTED);

      assertThat(node.sessions()).hasSize(1);
    }
  }

  @Test
  void trackCodec_catalogEncoding_encodesBackToTheSameString() {
    String encoded = FakeCatalog.standard().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();

    assertThat(CoreSnippets.trackCodec(encoded)).isEqualTo(encoded);
  }
}
