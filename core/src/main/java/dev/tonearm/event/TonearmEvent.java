package dev.tonearm.event;

import dev.tonearm.node.Node;

/**
 * Something a listener can be told about. Every event is an immutable record and names the node
 * it came from.
 */
public interface TonearmEvent {

  /** {@return the node the event came from} */
  Node node();

  /**
   * Returns what kind of event this is; each event record returns its own constant, so a
   * dispatcher can switch on it.
   *
   * @return the event's kind
   */
  EventKind kind();
}
