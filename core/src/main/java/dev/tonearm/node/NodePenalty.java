package dev.tonearm.node;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a node is as attractive as it is for a new player: each term of its penalty, lower is
 * better. Log it to see why a node won.
 *
 * @param node the node
 * @param players playing players on the node, from its statistics
 * @param cpu {@code 1.05^(100 * systemLoad) * 10 - 10}
 * @param frameDeficit {@code 1.03^(500 * deficit / 3000) * 600 - 600}
 * @param nulledFrames twice the deficit formula applied to nulled frames
 * @param staleStats a fixed penalty when the statistics are missing or older than two minutes
 * @param restFailures a penalty per failed REST call in the last minute
 * @param loadFailures a penalty per failed track load in the last minute
 * @param pendingPlayers players assigned since the statistics, one point each
 * @param region a fixed penalty when the node is not in the player's region
 */
public record NodePenalty(
    Node node,
    double players,
    double cpu,
    double frameDeficit,
    double nulledFrames,
    double staleStats,
    double restFailures,
    double loadFailures,
    double pendingPlayers,
    double region) {

  /**
   * Creates the record.
   *
   * @param node the node
   * @param players playing players on the node, from its statistics
   * @param cpu {@code 1.05^(100 * systemLoad) * 10 - 10}
   * @param frameDeficit {@code 1.03^(500 * deficit / 3000) * 600 - 600}
   * @param nulledFrames twice the deficit formula applied to nulled frames
   * @param staleStats a fixed penalty when the statistics are missing or older than two minutes
   * @param restFailures a penalty per failed REST call in the last minute
   * @param loadFailures a penalty per failed track load in the last minute
   * @param pendingPlayers players assigned since the statistics, one point each
   * @param region a fixed penalty when the node is not in the player's region
   * @throws NullPointerException if {@code node} is null
   */
  public NodePenalty {
    Objects.requireNonNull(node, "node");
  }

  /** {@return the sum of all terms} */
  public double total() {
    return players + cpu + frameDeficit + nulledFrames + staleStats + restFailures + loadFailures
        + pendingPlayers + region;
  }

  /** Shows every term, e.g. {@code eu-1: 42.0 = players 30.0 + cpu 12.0 + …}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %.1f = players %.1f + cpu %.1f + frameDeficit %.1f"
            + " + nulledFrames %.1f + staleStats %.1f + restFailures %.1f + loadFailures %.1f"
            + " + pendingPlayers %.1f + region %.1f", node.name(), total(), players, cpu,
        frameDeficit, nulledFrames, staleStats, restFailures, loadFailures, pendingPlayers, region);
  }
}
