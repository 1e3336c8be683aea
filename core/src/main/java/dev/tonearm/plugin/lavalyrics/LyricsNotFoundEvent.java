package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No lyrics were found for the track that started ({@code LyricsNotFoundEvent}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 */
public record LyricsNotFoundEvent(Node node, long guildId, @Nullable Player player)
    implements LavaLyricsEvent {
  /**
   * Creates the record.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public LyricsNotFoundEvent {
    Objects.requireNonNull(node, "node");
  }
}
