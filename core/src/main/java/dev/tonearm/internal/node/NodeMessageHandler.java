package dev.tonearm.internal.node;

import dev.tonearm.internal.protocol.ServerMessage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What the player layer hears from a node. Called on the node's WebSocket reader thread, in the
 * order the frames arrived: implementations must hand work off instead of running user code.
 */
public interface NodeMessageHandler {

  /** Does nothing; for a node used only for its REST API and statistics. */
  NodeMessageHandler NONE = new NodeMessageHandler() {};

  /**
   * The node sent {@code ready}.
   *
   * @param node the node
   * @param resumed whether the previous session was taken over with its players
   * @param previousSessionId the session before this connection, or null on the first connection;
   *     when it is set and {@code resumed} is false, that session's players are gone
   */
  default void onReady(LavalinkNode node, boolean resumed, @Nullable String previousSessionId) {}

  /**
   * The node sent a {@code playerUpdate}, {@code stats} or {@code event} frame.
   *
   * @param node the node
   * @param message the decoded frame
   */
  default void onMessage(LavalinkNode node, ServerMessage message) {}

  /**
   * The connection closed or failed.
   *
   * @param node the node
   * @param code the WebSocket close code, or -1 when the connection failed without one
   * @param reason the close reason or the failure's message
   * @param willReconnect whether a new attempt is scheduled
   */
  default void onDisconnected(LavalinkNode node, int code, String reason, boolean willReconnect) {}

  /**
   * Moves every player off the node, which stays connected but takes no new players.
   *
   * @param node the node
   * @return a future completed when every player moved or was left waiting for a node
   */
  default CompletableFuture<Void> drain(LavalinkNode node) {
    return CompletableFuture.completedFuture(null);
  }
}
