package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The player skipped a segment ({@code SegmentSkipped}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param segment the segment skipped
 */
public record SegmentSkipped(Node node, long guildId, @Nullable Player player, Segment segment)
    implements SponsorBlockEvent {
  /**
   * Creates the record.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param segment the segment skipped
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public SegmentSkipped {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(segment, "segment");
  }
}
