package dev.tonearm.internal.node;

import dev.tonearm.node.NodeInfo;
import dev.tonearm.rest.LavalinkRest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A node's plugins, asked once per session: plugins change only when the node restarts, which
 * gives it a new session. A failed ask is not remembered, so the next call asks again.
 */
final class NodePlugins {
  private final LavalinkRest rest;
  private @Nullable String session;
  private @Nullable CompletableFuture<List<NodeInfo.Plugin>> plugins;

  NodePlugins(LavalinkRest rest) {
    this.rest = rest;
  }

  synchronized CompletableFuture<List<NodeInfo.Plugin>> get(@Nullable String currentSession) {
    CompletableFuture<List<NodeInfo.Plugin>> known = plugins;
    if (known != null && Objects.equals(session, currentSession) && !known.isCompletedExceptionally()) {
      return known;
    }
    CompletableFuture<List<NodeInfo.Plugin>> asked = rest.info().thenApply(NodeInfo::plugins);
    session = currentSession;
    plugins = asked;
    return asked;
  }
}
