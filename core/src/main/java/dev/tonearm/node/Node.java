package dev.tonearm.node;

import dev.tonearm.Subscription;
import dev.tonearm.rest.LavalinkRest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One Lavalink node the client is connected to: its WebSocket session, latest statistics and
 * REST API. Nodes are created by the client from {@link NodeOptions}; all methods are thread-safe.
 */
public interface Node {

  /** {@return the node's name, unique within the client} */
  String name();

  /** {@return the options the node was created with} */
  NodeOptions options();

  /** {@return where the connection stands now} */
  NodeState state();

  /**
   * Returns the session id of the current connection, or of the last one while reconnecting.
   *
   * @return the id from the node's {@code ready} message, or null before the first one
   */
  @Nullable String sessionId();

  /**
   * Returns the latest statistics the node sent.
   *
   * @return the statistics, or null if none arrived yet
   */
  @Nullable NodeStats stats();

  /**
   * Returns when the latest statistics arrived, by the client's clock.
   *
   * @return the arrival time, or null if none arrived yet
   */
  @Nullable Instant statsReceivedAt();

  /**
   * Returns what the client knows about the node's load and health now, for node selection.
   *
   * @return the node's metrics
   */
  NodeMetrics metrics();

  /** {@return the node's REST API} */
  LavalinkRest rest();

  /**
   * Calls the listener on every state change from now on.
   *
   * @param listener the listener; runs on the client's event executor
   * @return a subscription that removes the listener
   */
  Subscription addStateListener(NodeStateListener listener);

  /**
   * Moves every player off this node, for maintenance: each goes to the best other node with a
   * {@code PlayerMovedEvent} of reason {@code DRAIN}. The node stays connected but gets no new
   * players until {@link #undrain()}.
   *
   * @return a future completed when every player moved, or was left waiting because no other
   *     node was available
   */
  CompletableFuture<Void> drain();

  /** Lets the node take new players again after {@link #drain()}. */
  void undrain();

  /** {@return whether the node was drained and takes no new players} */
  boolean draining();

  /**
   * Connects again now: after the node gave up ({@link NodeState#DISCONNECTED}), or to skip the
   * wait of a scheduled retry.
   *
   * @throws IllegalStateException if the node was closed
   */
  void reconnect();

  /**
   * Returns the plugins the node lists in {@code /v4/info}, asked once per session of the node
   * and remembered.
   *
   * @return a future of the plugins; fails as {@link LavalinkRest#info()} fails
   */
  CompletableFuture<List<NodeInfo.Plugin>> plugins();

  /**
   * Checks that the node has a plugin, before calling its API.
   *
   * @param plugin the plugin's name as the node lists it, such as {@code lavalyrics-plugin}
   * @param what what needs the plugin, for the exception's message
   * @return a future of this node; fails with {@link PluginUnavailableException}, naming the
   *     plugin and this node, if the node does not list the plugin
   */
  default CompletableFuture<Node> requirePlugin(String plugin, String what) {
    return plugins().thenApply(plugins -> {
      if (plugins.stream().noneMatch(loaded -> loaded.name().equals(plugin))) {
        throw new PluginUnavailableException(plugin, List.of(name()), what);
      }
      return this;
    });
  }
}
