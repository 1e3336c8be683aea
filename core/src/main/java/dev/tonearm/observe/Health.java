package dev.tonearm.observe;

import dev.tonearm.node.NodeState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client's health at one moment, for a readiness or liveness probe; from
 * {@link dev.tonearm.Lavalink#health()}.
 *
 * <p>The overall {@link #status()} follows one rule:
 * <ul>
 *   <li>{@link Status#DOWN} when no node is connected (or the client has no node, or was closed):
 *       nothing can play;</li>
 *   <li>{@link Status#DEGRADED} when a node is connected but something is wrong: another node is
 *       not connected, a player waits for a node, the last save to the state store failed, or at
 *       least {@value #BACKLOG_LIMIT} events wait for the listeners;</li>
 *   <li>{@link Status#UP} otherwise.</li>
 * </ul>
 *
 * @param nodes each node's connection state by node name, in the order the nodes were added
 * @param playersWaitingForNode players whose node is not connected, or that wait for any node to
 *     take them after a failover
 * @param stateStoreReachable false when the last save to the state store failed; true when it
 *     succeeded, when nothing was saved yet and when the client has no store
 * @param eventBacklog events waiting to be handed to the listeners
 */
public record Health(Map<String, NodeState> nodes, int playersWaitingForNode, boolean stateStoreReachable, int eventBacklog) {

  /** How many waiting events make a client {@link Status#DEGRADED}. */
  public static final int BACKLOG_LIMIT = 1000;

  /**
   * Creates the record; the map is copied.
   *
   * @param nodes each node's connection state by node name
   * @param playersWaitingForNode players waiting for a node
   * @param stateStoreReachable whether the last save to the state store did not fail
   * @param eventBacklog events waiting for the listeners
   * @throws NullPointerException if {@code nodes} is null
   */
  public Health {
    Objects.requireNonNull(nodes, "nodes");
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
  }

  /** {@return how many nodes are connected} */
  public int nodesUp() {
    return (int) nodes.values().stream().filter(NodeState.CONNECTED::equals).count();
  }

  /** {@return the overall status, by the rule in the class description} */
  public Status status() {
    int up = nodesUp();
    if (up == 0) {
      return Status.DOWN;
    }
    boolean degraded = up < nodes.size() || playersWaitingForNode > 0 || !stateStoreReachable
        || eventBacklog >= BACKLOG_LIMIT;
    return degraded ? Status.DEGRADED : Status.UP;
  }

  /** A client's overall health. */
  public enum Status {
    /** Every node is connected and nothing waits. */
    UP,
    /** Players can play, but something needs attention. */
    DEGRADED,
    /** No node is connected: nothing can play. */
    DOWN
  }
}
