package dev.tonearm.internal.node;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeSelector;
import dev.tonearm.node.NodeState;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The client's nodes, which may change at runtime, and the choice among them. */
public final class NodePool {
  private final List<LavalinkNode> nodes = new CopyOnWriteArrayList<>();
  private final NodeSelector selector;

  /**
   * Creates an empty pool.
   *
   * @param selector picks among connected nodes
   */
  public NodePool(NodeSelector selector) {
    this.selector = selector;
  }

  /** Adds a node. */
  public void add(LavalinkNode node) {
    nodes.add(node);
  }

  /** Removes a node; its players must have moved already. */
  public void remove(LavalinkNode node) {
    nodes.remove(node);
  }

  /** Returns the nodes in the order they were added. */
  public List<LavalinkNode> all() {
    return List.copyOf(nodes);
  }

  /** Tells whether the node belongs to this pool. */
  public boolean contains(LavalinkNode node) {
    return nodes.contains(node);
  }

  /**
   * Picks the best connected node that takes players.
   *
   * @param region the player's region, or null
   * @param excluded a node not to pick (the one a player leaves), or null
   * @return the node, or empty when none is connected
   * @throws IllegalStateException if the selector picked a node it was not offered
   */
  public Optional<LavalinkNode> select(@Nullable String region, @Nullable LavalinkNode excluded) {
    return selectAmong(region, node -> node != excluded);
  }

  /** Returns the connected nodes that take players. */
  public List<LavalinkNode> connected() {
    return nodes.stream()
        .filter(node -> !node.draining() && node.state() == NodeState.CONNECTED)
        .toList();
  }

  /**
   * Picks the best connected node that takes players among those allowed.
   *
   * @throws IllegalStateException if the selector picked a node it was not offered
   */
  public Optional<LavalinkNode> selectAmong(@Nullable String region,
      Predicate<? super LavalinkNode> allowed) {
    List<Node> candidates = connected().stream()
        .filter(allowed)
        .map(Node.class::cast)
        .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return selector.select(candidates, region).map(node -> {
      if (!candidates.contains(node)) {
        throw new IllegalStateException("The node selector picked '" + node.name()
            + "', which was not among the connected nodes offered");
      }
      return (LavalinkNode) node;
    });
  }

  /** Picks a node for a new player: the best connected one, else any that takes players. */
  public LavalinkNode forNewPlayer(@Nullable String region) {
    return select(region, null).orElseGet(() -> nodes.stream().filter(node -> !node.draining())
        .findFirst().orElseGet(() -> nodes.get(0)));
  }
}
