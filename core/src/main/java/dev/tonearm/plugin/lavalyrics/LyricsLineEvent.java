package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Playback reached a line of the lyrics ({@code LyricsLineEvent}).
 *
 * @param node the node
 * @param guildId the guild
 * @param player the guild's player, or null if there is none
 * @param lineIndex the line's index in {@link Lyrics#lines()}
 * @param line the line
 * @param skipped true if a seek skipped past the line
 */
public record LyricsLineEvent(Node node, long guildId, @Nullable Player player,
    int lineIndex, LyricsLine line, boolean skipped)
    implements LavaLyricsEvent {
  /**
   * Creates the record.
   *
   * @param node the node
   * @param guildId the guild
   * @param player the guild's player, or null if there is none
   * @param lineIndex the line's index in {@link Lyrics#lines()}
   * @param line the line
   * @param skipped true if a seek skipped past the line
   * @throws NullPointerException if an argument other than {@code player} is null
   */
  public LyricsLineEvent {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(line, "line");
  }
}
