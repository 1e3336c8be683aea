package dev.tonearm.event;

/** Why a player moved to another node. */
public enum MoveReason {
  /** Its node went down and did not come back within the failover grace period. */
  FAILOVER,
  /** The bot moved it with {@code player.moveTo(node)}. */
  MANUAL,
  /** Its node was drained for maintenance, or removed from the client. */
  DRAIN
}
