package dev.tonearm.event;

import dev.tonearm.node.Node;

/**
 * A node opened a session, new or resumed.
 *
 * @param node the node
 * @param resumed whether the previous session was taken over with its players
 * @param sessionId the session's id
 */
public record NodeReadyEvent(Node node, boolean resumed, String sessionId) implements TonearmEvent {

  /** Returns {@link EventKind#NODE_READY}. */
  @Override
  public EventKind kind() {
    return EventKind.NODE_READY;
  }
}
