package dev.tonearm.event;

import dev.tonearm.node.Node;

/**
 * A node's WebSocket closed or failed.
 *
 * @param node the node
 * @param code the WebSocket close code, or -1 when the connection failed without one
 * @param reason the close reason or the failure's message
 * @param willReconnect whether the client will try again by itself
 */
public record NodeDisconnectedEvent(Node node, int code, String reason, boolean willReconnect)
    implements TonearmEvent {

  /** Returns {@link EventKind#NODE_DISCONNECTED}. */
  @Override
  public EventKind kind() {
    return EventKind.NODE_DISCONNECTED;
  }
}
