package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Playback reached a new chapter ({@code ChapterStarted}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param chapter the chapter that started
 */
public record ChapterStarted(Node node, long guildId, @Nullable Player player, Chapter chapter)
    implements SponsorBlockEvent {
  /**
   * Creates the record.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param chapter the chapter that started
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public ChapterStarted {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(chapter, "chapter");
  }
}
