package dev.tonearm.node;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node's statistics, as sent every 60 seconds on the WebSocket and by {@code GET /v4/stats}.
 *
 * @param players players on the whole node, across all clients
 * @param playingPlayers players with a track that is not paused, across all clients
 * @param uptime how long the node has been running, in milliseconds
 * @param memory the node's JVM memory
 * @param cpu the node's CPU use
 * @param frameStats audio frame statistics of this client's session, or null when no player had a
 *     full minute of data (and always null from the REST route)
 */
public record NodeStats(
    int players,
    int playingPlayers,
    long uptime,
    Memory memory,
    Cpu cpu,
    @Nullable FrameStats frameStats) {

  /**
   * Creates the record.
   *
   * @param players players on the whole node, across all clients
   * @param playingPlayers players with a track that is not paused, across all clients
   * @param uptime how long the node has been running, in milliseconds
   * @param memory the node's JVM memory
   * @param cpu the node's CPU use
   * @param frameStats audio frame statistics of this client's session, or null when no player had a
   *     full minute of data (and always null from the REST route)
   * @throws NullPointerException if {@code memory} or {@code cpu} is null
   */
  public NodeStats {
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(cpu, "cpu");
  }

  /**
   * JVM heap figures of the node, in bytes.
   *
   * @param free free heap
   * @param used used heap (allocated minus free)
   * @param allocated heap the JVM has reserved from the system
   * @param reservable the most heap the JVM may reserve
   */
  public record Memory(long free, long used, long allocated, long reservable) {}

  /**
   * CPU figures of the node.
   *
   * @param cores logical CPUs
   * @param systemLoad load of the whole machine, 0 to 1
   * @param lavalinkLoad load of the Lavalink process divided by the core count, 0 to 1
   */
  public record Cpu(int cores, double systemLoad, double lavalinkLoad) {}

  /**
   * Average audio frames per player over the last minute; Discord expects 3000 a minute.
   *
   * @param sent frames sent to Discord
   * @param nulled frames the player could not provide
   * @param deficit 3000 minus sent and nulled; positive means too few frames
   */
  public record FrameStats(int sent, int nulled, int deficit) {}
}
