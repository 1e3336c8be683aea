package dev.tonearm.node;

/** Where a node's WebSocket connection stands. */
public enum NodeState {
  /** The first connection attempt is under way. */
  CONNECTING,
  /** The WebSocket is open and the node sent {@code ready}: the node has a session. */
  CONNECTED,
  /** The connection was lost; a new attempt is scheduled or under way. */
  RECONNECTING,
  /**
   * The node gave up reconnecting, because the server refused the password or the user id. Call
   * {@code reconnect()} once the configuration is fixed.
   */
  DISCONNECTED,
  /** The node was closed by the user; it never connects again. */
  CLOSED
}
