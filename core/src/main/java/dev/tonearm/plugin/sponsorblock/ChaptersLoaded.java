package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The chapters of the track that started were loaded ({@code ChaptersLoaded}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param chapters the track's chapters, in order; unmodifiable
 */
public record ChaptersLoaded(Node node, long guildId, @Nullable Player player, List<Chapter> chapters)
    implements SponsorBlockEvent {
  /**
   * Creates the record with a copy of the list.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param chapters the track's chapters, in order; unmodifiable
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public ChaptersLoaded {
    Objects.requireNonNull(node, "node");
    chapters = List.copyOf(chapters);
  }
}
