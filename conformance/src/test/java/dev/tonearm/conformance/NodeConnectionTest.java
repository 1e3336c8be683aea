package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connecting, {@code ready}, {@code stats}, {@code /v4/info} and {@code /version}. */
@ExtendWith(ConformanceExtension.class)
class NodeConnectionTest {
  private ConformanceClient client;

  @BeforeEach
  void connect(ConformanceClient connected) {
    client = connected;
  }

  @Test
  void connect_rightPassword_oneReadyForANewSessionAndStatsInEitherOrder() {
    NodeTime.awaitIo("ready and the first stats delivered",
        () -> client.events().has(NodeReadyEvent.class, ready -> true)
            && client.events().has(StatsEvent.class, stats -> true));

    NodeReadyEvent ready = client.events().all(NodeReadyEvent.class).get(0);
    assertThat(client.events().all(NodeReadyEvent.class)).hasSize(1);
    assertThat(ready.resumed()).isFalse();
    assertThat(ready.sessionId()).matches("[a-z0-9]{16}").isEqualTo(client.sessionId());
    assertThat(ready.node()).isSameAs(client.node());
    assertThat(client.node().stats()).isNotNull();
    assertThat(client.node().statsReceivedAt()).isNotNull();
  }

  @Test
  void statsEvent_firstOne_plausibleNodeFigures() {
    StatsEvent event = client.awaitEvent(StatsEvent.class, stats -> true, "the first stats");

    assertPlausible(event.stats());
  }

  @Test
  void stats_rest_plausibleNodeFiguresWithoutFrameStats() {
    join(client.player(1).setVolume(90));

    NodeStats stats = join(client.rest().stats());

    assertPlausible(stats);
    assertThat(stats.players()).as("players on the node, this one included").isPositive();
    assertThat(stats.frameStats()).isNull();
  }

  @Test
  void info_connected_lavalink4WithTheLocalSourceAndTheFiltersTheSuiteUses() {
    NodeInfo info = join(client.rest().info());

    assertThat(info.version().major()).isEqualTo(4);
    assertThat(info.version().semver()).startsWith("4.");
    assertThat(info.sourceManagers())
        .as("the suite loads its files through the local source: set"
            + " lavalink.server.sources.local to true in the node's application.yml")
        .contains("local");
    assertThat(info.filters()).contains("volume", "timescale");
    assertThat(info.lavaplayer()).isNotBlank();
    assertThat(info.jvm()).isNotBlank();
  }

  @Test
  void version_unversionedRoute_sameAsInfo() {
    String version = join(client.rest().version());

    assertThat(version).isEqualTo(join(client.rest().info()).version().semver());
  }

  private static void assertPlausible(NodeStats stats) {
    assertThat(stats.players()).isGreaterThanOrEqualTo(stats.playingPlayers());
    assertThat(stats.playingPlayers()).isNotNegative();
    assertThat(stats.uptime()).isNotNegative();
    assertThat(stats.memory().used()).isPositive();
    assertThat(stats.memory().allocated()).isGreaterThanOrEqualTo(stats.memory().used());
    assertThat(stats.memory().reservable()).isGreaterThanOrEqualTo(stats.memory().allocated());
    assertThat(stats.cpu().cores()).isPositive();
    assertThat(stats.cpu().lavalinkLoad()).isBetween(0.0, 1.0);
  }
}
