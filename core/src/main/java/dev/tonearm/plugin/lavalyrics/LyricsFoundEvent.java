package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lyrics were found for the track that started, and its lines will follow ({@code LyricsFoundEvent}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param lyrics the lyrics
 */
public record LyricsFoundEvent(Node node, long guildId, @Nullable Player player, Lyrics lyrics)
    implements LavaLyricsEvent {
  /**
   * Creates the record.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param lyrics the lyrics
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public LyricsFoundEvent {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(lyrics, "lyrics");
  }
}
