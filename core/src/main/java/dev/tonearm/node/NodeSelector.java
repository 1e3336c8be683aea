package dev.tonearm.node;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks the node for a new player, a moved player or a track load. Tonearm offers only nodes
 * that are connected and have a session. The default is {@link PenaltyNodeSelector}.
 */
@FunctionalInterface
public interface NodeSelector {

  /**
   * Picks a node.
   *
   * @param candidates the connected nodes, never empty
   * @param region the region of the player's voice server (see {@link VoiceRegions}), or null when
   *     it is unknown or the selection is for a track load
   * @return the node to use, or empty to use none (the caller then waits for another node)
   */
  Optional<Node> select(List<Node> candidates, @Nullable String region);
}
