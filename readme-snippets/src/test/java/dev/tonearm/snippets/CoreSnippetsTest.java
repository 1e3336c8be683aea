package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.json.JsonView;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Filters;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import org.junit.jupiter.api.Test;

/** The README's core snippets that need no Discord, run against the fake node. */
class CoreSnippetsTest {
  private static final long BOT = 100_000_000_000_000_001L;
  private static final long GUILD = 200_000_000_000_000_002L;
  private static final long USER = 300_000_000_000_000_003L;

  @Test
  void connect_fakeNodeWithTheReadmesPassword_connects() {
    try (FakeLavalink node = FakeLavalink.start();
         Lavalink lavalink = CoreSnippets.connect(BOT, node.uri())) {
      await().until(() -> lavalink.node("main").orElseThrow().state() == NodeState.CONNECTED);

      assertThat(node.sessions()).hasSize(1);
    }
  }

  @Test
  void userData_ownRecord_bindsBackAndBuildsThePluginFilter() {
    String encoded = FakeCatalog.standard().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();
    Track track = new Track(encoded, TrackCodec.decodeInfo(encoded),
        JsonView.parse("{\"albumName\":\"Whenever You Need Somebody\"}"), JsonView.emptyObject());
    try (FakeLavalink node = FakeLavalink.start();
         Lavalink lavalink = CoreSnippets.connect(BOT, node.uri())) {
      Filters echo = CoreSnippets.userData(track, lavalink.player(GUILD), USER);

      assertThat(echo.pluginFilter("echo").getDouble("delay")).isEqualTo(0.5);
    }
  }

  @Test
  void trackCodec_catalogEncoding_encodesBackToTheSameString() {
    String encoded = FakeCatalog.standard().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();

    assertThat(CoreSnippets.trackCodec(encoded)).isEqualTo(encoded);
  }
}
