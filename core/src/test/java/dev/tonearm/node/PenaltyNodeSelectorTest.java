package dev.tonearm.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PenaltyNodeSelectorTest {
  private final PenaltyNodeSelector selector = new PenaltyNodeSelector();

  private static NodeStats stats(int playing, double systemLoad, NodeStats.@Nullable FrameStats frames) {
    return new NodeStats(playing, playing, 1000, new NodeStats.Memory(1, 1, 1, 1),
        new NodeStats.Cpu(4, systemLoad, 0.1), frames);
  }

  private static Node node(String name, @Nullable String region, NodeMetrics metrics) {
    Node node = mock(Node.class);
    when(node.name()).thenReturn(name);
    when(node.options()).thenReturn(NodeOptions.builder(name, URI.create("http://h"), "p").region(region).build());
    when(node.metrics()).thenReturn(metrics);
    return node;
  }

  private static NodeMetrics fresh(NodeStats stats) {
    return new NodeMetrics(stats, Duration.ofSeconds(10), 0, 0, 0, 0);
  }

  @Test
  void penalty_cpuAndFrames_followTheDocumentedFormulas() {
    Node node = node("a", null, fresh(stats(10, 0.5, new NodeStats.FrameStats(2900, 30, 70))));

    NodePenalty penalty = selector.penalty(node, null);

    assertThat(penalty.players()).isEqualTo(10);
    assertThat(penalty.cpu()).isCloseTo(Math.pow(1.05, 50) * 10 - 10, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(penalty.frameDeficit()).isCloseTo(Math.pow(1.03, 500.0 * 70 / 3000) * 600 - 600,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(penalty.nulledFrames()).isCloseTo((Math.pow(1.03, 500.0 * 30 / 3000) * 600 - 600) * 2,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(penalty.staleStats()).isZero();
    assertThat(penalty.total()).isEqualTo(penalty.players() + penalty.cpu() + penalty.frameDeficit()
        + penalty.nulledFrames());
  }

  @Test
  void select_lessLoadedNode_wins() {
    Node busy = node("busy", null, fresh(stats(50, 0.2, null)));
    Node idle = node("idle", null, fresh(stats(5, 0.2, null)));

    assertThat(selector.select(List.of(busy, idle), null)).containsSame(idle);
  }

  @Test
  void select_highCpu_losesToMorePlayers() {
    Node hot = node("hot", null, fresh(stats(5, 0.95, null)));
    Node cool = node("cool", null, fresh(stats(40, 0.1, null)));

    assertThat(selector.select(List.of(hot, cool), null)).containsSame(cool);
  }

  @Test
  void select_staleStats_arePenalised() {
    Node stale = node("stale", null, new NodeMetrics(stats(0, 0, null), Duration.ofMinutes(3), 0, 0, 0, 0));
    Node missing = node("missing", null, new NodeMetrics(null, null, 0, 0, 0, 0));
    Node busyButFresh = node("fresh", null, fresh(stats(100, 0.3, null)));

    assertThat(selector.select(List.of(stale, missing, busyButFresh), null)).containsSame(busyButFresh);
    assertThat(selector.penalty(stale, null).staleStats()).isPositive();
  }

  @Test
  void select_recentFailures_arePenalised() {
    Node failing = node("failing", null, new NodeMetrics(stats(1, 0.1, null), Duration.ZERO, 3, 2, 0, 0));
    Node healthy = node("healthy", null, fresh(stats(60, 0.1, null)));

    assertThat(selector.select(List.of(failing, healthy), null)).containsSame(healthy);
    assertThat(selector.penalty(failing, null).restFailures()).isEqualTo(300);
    assertThat(selector.penalty(failing, null).loadFailures()).isEqualTo(100);
  }

  @Test
  void select_playersAssignedSinceStats_count() {
    Node burst = node("burst", null, new NodeMetrics(stats(0, 0.1, null), Duration.ZERO, 0, 0, 12, 12));
    Node other = node("other", null, fresh(stats(10, 0.1, null)));

    assertThat(selector.select(List.of(burst, other), null)).containsSame(other);
  }

  @Test
  void select_region_prefersTheRegionButFallsBackWhenItIsOverloaded() {
    Node eu = node("eu-1", "eu", fresh(stats(30, 0.2, null)));
    Node us = node("us-1", "us-east", fresh(stats(0, 0.1, null)));
    Node overloadedEu = node("eu-2", "eu", fresh(stats(100, 0.99, null)));

    assertThat(selector.select(List.of(eu, us), "eu")).containsSame(eu);
    assertThat(selector.select(List.of(us), "eu")).containsSame(us);
    assertThat(selector.select(List.of(overloadedEu, us), "eu")).containsSame(us);
  }

  @Test
  void toString_explainsEveryTerm() {
    Node node = node("a", "eu", fresh(stats(3, 0.0, null)));

    assertThat(selector.penalty(node, "us-east").toString())
        .startsWith("a: 1003.0 = players 3.0 + cpu 0.0")
        .contains("region 1000.0");
  }
}
