package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake node's snippets of README.md ("Testing your bot without Lavalink") and
 * testkit/README.md ("In a JUnit test"), run. The lines between their regions are what the
 * READMEs leave to the reader: a client, a player, and what the test checks.
 */
class TestkitReadmeTest {
  // Named as the READMEs' snippets name them.
  private static final long botUserId = 100_000_000_000_000_001L;
  private static final long guildId = 300_000_000_000_000_001L;

  private final List<AutoCloseable> clients = new ArrayList<>();

  @AfterEach
  void closeClients() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
  }

  @Test
  void readmeFakeNode_clientConnects_andTimeMovesWithoutSleeping() throws Exception {
    // region fake-node
    try (FakeLavalink node = FakeLavalink.start();
         Lavalink lavalink = Lavalink.builder(botUserId).scheduler(node.clock())
             .node(NodeOptions.builder("test", node.uri(), node.password()).build()).build()) {
      // ... drive your bot, then move time without sleeping:
      // endregion fake-node
      node.awaitSession(Duration.ofSeconds(5));
      await().until(() -> lavalink.node("test").orElseThrow().state() == NodeState.CONNECTED);
      // region fake-node-advance
      node.clock().advance(Duration.ofSeconds(30));
      // endregion fake-node-advance
      assertThat(node.clock().now()).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(30));
      // region fake-node-end
    }
    // endregion fake-node-end
  }

  @Test
  void testkitReadme_playerPlaysThirtySeconds_isAtThirtySeconds() throws Exception {
    // region testkit-junit
    try (FakeLavalink lavalink = FakeLavalink.start()) {
      // point the client at lavalink.uri() with password lavalink.password(), then:
      // endregion testkit-junit
      playWithVoice(lavalink);
      // region testkit-junit-check
      FakeSession session = lavalink.awaitSession(Duration.ofSeconds(5));
      lavalink.clock().advance(Duration.ofSeconds(30));
      assertThat(session.player(guildId).orElseThrow().position()).isEqualTo(30_000);
    }
    // endregion testkit-junit-check
  }

  /** A bot's part: a client on the fake node whose player plays a 3:32 track with voice. */
  private void playWithVoice(FakeLavalink lavalink) throws Exception {
    Lavalink client = Lavalink.builder(botUserId).scheduler(lavalink.clock())
        .node(NodeOptions.builder("test", lavalink.uri(), lavalink.password()).build()).build();
    clients.add(client);
    await().until(() -> client.node("test").orElseThrow().state() == NodeState.CONNECTED);
    Track track = ((LoadResult.TrackLoaded) client.loadTracks(FakeCatalog.YOUTUBE_TRACK)
        .get(5, TimeUnit.SECONDS)).track();
    Player player = client.player(guildId);
    client.onVoiceStateUpdate(guildId, 400_000_000_000_000_001L, "voice-session");
    client.onVoiceServerUpdate(guildId, "voice-token", "c-fra05-1.discord.media:443");
    player.play(track).get(5, TimeUnit.SECONDS);
    await().until(() -> lavalink.sessions().get(0).player(guildId)
        .map(p -> p.connected() && p.position() == 0).orElse(false));
  }
}
