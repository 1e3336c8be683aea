package dev.tonearm.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.node.NodeState;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {
  private static final Map<String, NodeState> ONE_UP = Map.of("main", NodeState.CONNECTED);

  @Test
  void status_everyNodeConnectedAndNothingWaiting_isUp() {
    Health health = new Health(ONE_UP, 0, true, 0);

    assertThat(health.status()).isEqualTo(Health.Status.UP);
    assertThat(health.nodesUp()).isEqualTo(1);
  }

  @Test
  void status_noNodeConnected_isDown() {
    assertThat(new Health(Map.of("main", NodeState.RECONNECTING), 0, true, 0).status())
        .isEqualTo(Health.Status.DOWN);
    assertThat(new Health(Map.of(), 0, true, 0).status()).isEqualTo(Health.Status.DOWN);
  }

  @Test
  void status_oneOfTwoNodesDown_isDegraded() {
    Map<String, NodeState> nodes = new LinkedHashMap<>();
    nodes.put("a", NodeState.CONNECTED);
    nodes.put("b", NodeState.RECONNECTING);

    assertThat(new Health(nodes, 0, true, 0).status()).isEqualTo(Health.Status.DEGRADED);
  }

  @Test
  void status_playersWaitingStoreFailingOrBacklog_isDegraded() {
    assertThat(new Health(ONE_UP, 1, true, 0).status()).isEqualTo(Health.Status.DEGRADED);
    assertThat(new Health(ONE_UP, 0, false, 0).status()).isEqualTo(Health.Status.DEGRADED);
    assertThat(new Health(ONE_UP, 0, true, Health.BACKLOG_LIMIT).status())
        .isEqualTo(Health.Status.DEGRADED);
    assertThat(new Health(ONE_UP, 0, true, Health.BACKLOG_LIMIT - 1).status())
        .isEqualTo(Health.Status.UP);
  }

  @Test
  void nodes_changedAfterwards_snapshotStaysAsItWas() {
    Map<String, NodeState> nodes = new HashMap<>(ONE_UP);
    Health health = new Health(nodes, 0, true, 0);

    nodes.put("other", NodeState.CONNECTING);

    assertThat(health.nodes()).containsOnlyKeys("main");
    assertThatThrownBy(() -> health.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
