package dev.tonearm.internal.node;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.PluginUnavailableException;
import dev.tonearm.plugin.LavalinkPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a load whose identifier only a plugin resolves (such as {@code spsearch:}) to a node that
 * has the plugin; other loads go to the best node as before, without asking any node anything.
 */
public final class PluginRouting {
  private final NodePool pool;
  private final List<LavalinkPlugin> plugins;

  public PluginRouting(NodePool pool, List<LavalinkPlugin> plugins) {
    this.pool = pool;
    this.plugins = List.copyOf(plugins);
  }

  /** Returns the plugin whose prefix the identifier starts with, if a registered one claims it. */
  public Optional<LavalinkPlugin> pluginFor(String identifier) {
    for (LavalinkPlugin plugin : plugins) {
      for (String prefix : plugin.identifierPrefixes()) {
        if (identifier.startsWith(prefix)) {
          return Optional.of(plugin);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Picks the best connected node that has the plugin.
   *
   * @return a future of the node; fails with {@link PluginUnavailableException} naming the plugin
   *     and the connected nodes when none has it, and as {@link Node#plugins()} fails when no node
   *     could be asked
   */
  public CompletableFuture<LavalinkNode> nodeWith(LavalinkPlugin plugin, String what) {
    List<LavalinkNode> connected = pool.connected();
    List<CompletableFuture<List<NodeInfo.Plugin>>> asked = connected.stream()
        .map(LavalinkNode::plugins).toList();
    return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).handle((done, error) -> {
      List<LavalinkNode> having = new ArrayList<>();
      for (int i = 0; i < connected.size(); i++) {
        CompletableFuture<List<NodeInfo.Plugin>> answer = asked.get(i);
        if (!answer.isCompletedExceptionally()
            && answer.join().stream().anyMatch(loaded -> loaded.name().equals(plugin.name()))) {
          having.add(connected.get(i));
        }
      }
      if (having.isEmpty()) {
        throw new PluginUnavailableException(plugin.name(),
            connected.stream().map(Node::name).toList(), what);
      }
      return pool.selectAmong(null, having::contains).orElseThrow(() ->
          new PluginUnavailableException(plugin.name(), List.of(), what));
    });
  }
}
