package dev.tonearm.micrometer;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.NodeStats;
import dev.tonearm.node.PenaltyNodeSelector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The gauges of one node, read from its state and latest statistics whenever the registry is
 * scraped. A gauge holds its node weakly: a removed node's gauges read NaN.
 */
final class NodeGauges {
  private static final PenaltyNodeSelector PENALTY = new PenaltyNodeSelector();

  private NodeGauges() {}

  /** Registers the node's gauges and returns them, so they can be removed again. */
  static List<Meter> register(Node node, MeterRegistry registry) {
    List<Meter> meters = new ArrayList<>();
    for (NodeState state : NodeState.values()) {
      meters.add(Gauge.builder("tonearm.node.state", node, n -> n.state() == state ? 1 : 0)
          .description("1 for the node's current connection state, 0 for the others")
          .tag("node", node.name()).tag("state", state.name().toLowerCase(Locale.ROOT))
          .register(registry));
    }
    meters.add(stat(registry, node, "tonearm.node.players", "players on the node, as it reports",
        NodeStats::players));
    meters.add(stat(registry, node, "tonearm.node.playing.players",
        "players on the node that are playing, as it reports", NodeStats::playingPlayers));
    meters.add(stat(registry, node, "tonearm.node.cpu.system.load",
        "the node machine's CPU load, 0 to 1", stats -> stats.cpu().systemLoad()));
    meters.add(stat(registry, node, "tonearm.node.cpu.lavalink.load",
        "the Lavalink process's CPU load, 0 to 1", stats -> stats.cpu().lavalinkLoad()));
    meters.add(frames(registry, node, "sent", "audio frames sent to Discord in the last minute",
        NodeStats.FrameStats::sent));
    meters.add(frames(registry, node, "nulled", "frames with no audio ready in the last minute",
        NodeStats.FrameStats::nulled));
    meters.add(frames(registry, node, "deficit", "frames missing in the last minute",
        NodeStats.FrameStats::deficit));
    meters.add(Gauge.builder("tonearm.node.penalty", node, n -> PENALTY.penalty(n, null).total())
        .description("the node's penalty for a new player under the default selector; lower wins")
        .tag("node", node.name()).register(registry));
    return meters;
  }

  private static Meter stat(MeterRegistry registry, Node node, String name, String description,
      ToDoubleFunction<NodeStats> value) {
    return Gauge.builder(name, node, n -> {
      NodeStats stats = n.stats();
      return stats == null ? Double.NaN : value.applyAsDouble(stats);
    }).description(description + "; NaN before its first statistics").tag("node", node.name())
        .register(registry);
  }

  private static Meter frames(MeterRegistry registry, Node node, String kind, String description,
      ToDoubleFunction<NodeStats.FrameStats> value) {
    return stat(registry, node, "tonearm.node.frames." + kind, description, stats ->
        stats.frameStats() == null ? Double.NaN : value.applyAsDouble(stats.frameStats()));
  }
}
