package dev.tonearm.node;

/** Told when a node's connection state changes; called on the client's event executor. */
@FunctionalInterface
public interface NodeStateListener {

  /**
   * Called after the change.
   *
   * @param change what changed
   */
  void onStateChange(NodeStateChange change);
}
