package dev.tonearm.event;

import dev.tonearm.json.JsonView;
import dev.tonearm.node.Node;
import dev.tonearm.player.Player;
import org.jspecify.annotations.Nullable;

/**
 * An event type Tonearm does not know, usually a plugin's (such as SponsorBlock's
 * {@code SegmentSkipped}), with the whole frame as JSON.
 *
 * @param node the node
 * @param guildId the guild named in the frame, or 0 if it named none that parses
 * @param player the guild's player, or null if there is none
 * @param type the event type, such as {@code SegmentSkipped}
 * @param raw the whole frame, read-only
 */
public record ExtraEvent(Node node, long guildId, @Nullable Player player, String type, JsonView raw)
    implements PlayerEvent {

  /** Returns {@link EventKind#EXTRA}. */
  @Override
  public EventKind kind() {
    return EventKind.EXTRA;
  }
}
