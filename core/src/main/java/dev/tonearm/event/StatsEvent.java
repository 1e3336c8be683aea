package dev.tonearm.event;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeStats;

/**
 * A node sent its statistics, once on connecting and then every minute.
 *
 * @param node the node
 * @param stats the statistics
 */
public record StatsEvent(Node node, NodeStats stats) implements TonearmEvent {

  /** Returns {@link EventKind#STATS}. */
  @Override
  public EventKind kind() {
    return EventKind.STATS;
  }
}
