package dev.tonearm.node;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks the node with the lowest {@link NodePenalty}: few playing players, a low CPU load, few
 * missing or nulled frames, fresh statistics, no recent failures, few players assigned since the
 * last statistics, and, for a player, the same region as its voice server. Region is a penalty and
 * not a filter, so a player still lands somewhere when every node of its region is overloaded.
 */
public final class PenaltyNodeSelector implements NodeSelector {
  /** Statistics older than this count as missing. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(2);
  static final double STALE_PENALTY = 5_000;
  static final double REST_FAILURE_PENALTY = 100;
  static final double LOAD_FAILURE_PENALTY = 50;
  static final double REGION_PENALTY = 1_000;

  /**
   * Creates the selector, the client's default. It keeps no state: every choice is made from the
   * nodes' metrics, so one instance can serve several clients.
   */
  public PenaltyNodeSelector() {
    // nothing to set up
  }

  @Override
  public Optional<Node> select(List<Node> candidates, @Nullable String region) {
    return candidates.stream()
        .map(node -> penalty(node, region))
        .min(Comparator.comparingDouble(NodePenalty::total))
        .map(NodePenalty::node);
  }

  /**
   * Computes a node's penalty and its terms.
   *
   * @param node the node
   * @param region the player's region, or null
   * @return the penalty
   */
  public NodePenalty penalty(Node node, @Nullable String region) {
    NodeMetrics metrics = node.metrics();
    NodeStats stats = metrics.stats();
    boolean stale = stats == null || metrics.statsAge() == null
        || metrics.statsAge().compareTo(STALE_AFTER) > 0;
    double players = stats == null ? metrics.clientPlayers() : stats.playingPlayers();
    double cpu = stats == null ? 0 : Math.pow(1.05, 100 * stats.cpu().systemLoad()) * 10 - 10;
    NodeStats.FrameStats frames = stats == null ? null : stats.frameStats();
    double deficit = frames == null ? 0 : framePenalty(frames.deficit());
    double nulled = frames == null ? 0 : framePenalty(frames.nulled()) * 2;
    String nodeRegion = node.options().region();
    boolean otherRegion = region != null && nodeRegion != null && !region.equals(nodeRegion);
    return new NodePenalty(node, players, cpu, deficit, nulled, stale ? STALE_PENALTY : 0,
        metrics.recentRestFailures() * REST_FAILURE_PENALTY,
        metrics.recentLoadFailures() * LOAD_FAILURE_PENALTY,
        metrics.playersAssignedSinceStats(), otherRegion ? REGION_PENALTY : 0);
  }

  private static double framePenalty(int frames) {
    return Math.max(0, Math.pow(1.03, 500.0 * frames / 3000) * 600 - 600);
  }
}
