package dev.tonearm.node;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node moved from one state to another.
 *
 * @param node the node
 * @param previous the state before
 * @param current the state now
 * @param cause why the connection was lost or refused, or null for a normal change
 */
public record NodeStateChange(Node node, NodeState previous, NodeState current,
    @Nullable Throwable cause) {

  /**
   * Creates the record.
   *
   * @param node the node
   * @param previous the state before
   * @param current the state now
   * @param cause why the connection was lost or refused, or null for a normal change
   * @throws NullPointerException if {@code node}, {@code previous} or {@code current} is null
   */
  public NodeStateChange {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }
}
