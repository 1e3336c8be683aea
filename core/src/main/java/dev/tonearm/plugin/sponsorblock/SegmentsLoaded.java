package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The segments of the track that started were loaded ({@code SegmentsLoaded}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param segments the track's segments of the player's categories, in order; unmodifiable
 */
public record SegmentsLoaded(Node node, long guildId, @Nullable Player player, List<Segment> segments)
    implements SponsorBlockEvent {
  /**
   * Creates the record with a copy of the list.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param segments the track's segments of the player's categories, in order; unmodifiable
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public SegmentsLoaded {
    Objects.requireNonNull(node, "node");
    segments = List.copyOf(segments);
  }
}
