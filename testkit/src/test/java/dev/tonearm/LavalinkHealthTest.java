package dev.tonearm;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.observe.Health;
import dev.tonearm.state.StateStore;
import dev.tonearm.testkit.FakeLavalink;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LavalinkHealthTest {
  private final FakeLavalink fake = FakeLavalink.start();
  private Lavalink lavalink;

  @AfterEach
  void close() {
    if (lavalink != null) {
      lavalink.close();
    }
    fake.close();
  }

  @Test
  void health_connectedAndIdle_isUpWithTheNodeState() {
    lavalink = TestLavalink.connect(fake);

    Health health = lavalink.health();

    assertThat(health.status()).isEqualTo(Health.Status.UP);
    assertThat(health.nodes()).containsExactly(java.util.Map.entry("main", NodeState.CONNECTED));
    assertThat(health.nodesUp()).isEqualTo(1);
    assertThat(health.playersWaitingForNode()).isZero();
    assertThat(health.stateStoreReachable()).isTrue();
    assertThat(health.eventBacklog()).isZero();
  }

  @Test
  void health_onlyNodeLost_isDownAndCountsItsPlayersAsWaiting() {
    lavalink = TestLavalink.connect(fake);
    lavalink.player(42);
    Node node = lavalink.nodes().get(0);

    fake.refuseConnections(true);
    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);

    Health health = lavalink.health();
    assertThat(health.status()).isEqualTo(Health.Status.DOWN);
    assertThat(health.playersWaitingForNode()).isEqualTo(1);
  }

  @Test
  void health_nodeBack_isUpAgain() {
    lavalink = TestLavalink.connect(fake);
    Node node = lavalink.nodes().get(0);
    fake.refuseConnections(true);
    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);

    fake.refuseConnections(false);
    TestLavalink.advanceUntilState(fake.clock(), node, NodeState.CONNECTED);

    assertThat(lavalink.health().status()).isEqualTo(Health.Status.UP);
  }

  @Test
  void health_oneOfTwoNodesDown_isDegraded() {
    try (FakeLavalink other = FakeLavalink.builder().clock(fake.clock()).start()) {
      lavalink = TestLavalink.connect(fake,
          builder -> builder.node(TestLavalink.options("other", other).build()));
      TestLavalink.awaitState(lavalink.nodes().get(1), NodeState.CONNECTED);

      other.refuseConnections(true);
      other.dropConnections();
      TestLavalink.awaitState(lavalink.nodes().get(1), NodeState.RECONNECTING);

      Health health = lavalink.health();
      assertThat(health.status()).isEqualTo(Health.Status.DEGRADED);
      assertThat(health.nodesUp()).isEqualTo(1);
      lavalink.close();
    }
  }

  @Test
  void health_stateStoreFailing_isDegradedUntilASaveSucceeds() throws Exception {
    FlakyStore store = new FlakyStore();
    lavalink = TestLavalink.connect(fake, builder -> builder.stateStore(store));

    // The node's session is a change: the client saves it two seconds later.
    fake.clock().advance(Duration.ofSeconds(2));

    assertThat(lavalink.health().stateStoreReachable()).isFalse();
    assertThat(lavalink.health().status()).isEqualTo(Health.Status.DEGRADED);

    store.failing = false;
    lavalink.player(42).destroy().get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    fake.clock().advance(Duration.ofSeconds(2));

    await().atMost(IO_TIMEOUT).until(() -> lavalink.health().status() == Health.Status.UP);
  }

  @Test
  void health_closed_isDown() {
    lavalink = TestLavalink.connect(fake);

    lavalink.close();

    assertThat(lavalink.health().status()).isEqualTo(Health.Status.DOWN);
  }

  /** Fails every save until told otherwise. */
  private static final class FlakyStore implements StateStore {
    volatile boolean failing = true;

    @Override
    public Optional<String> load() {
      return Optional.empty();
    }

    @Override
    public void save(String snapshot) throws IOException {
      if (failing) {
        throw new IOException("store unreachable");
      }
    }
  }
}
