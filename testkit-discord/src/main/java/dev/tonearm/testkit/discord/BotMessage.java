package dev.tonearm.testkit.discord;

import java.util.List;
import java.util.Objects;

/**
 * A message the bot sent, or an answer to an interaction, as the fake Discord recorded it.
 *
 * @param id the message id (for an edit, the id of the message edited)
 * @param kind how the bot sent it
 * @param channelId the channel it appeared in
 * @param interactionId the interaction it answers, or 0 for a plain channel message
 * @param content the text; for an edit, the message's text after the edit
 * @param embeds the embeds; for an edit, the message's embeds after the edit
 * @param ephemeral whether only the interaction's user sees it (flag 64)
 * @param json the request body the bot sent, as JSON text
 */
public record BotMessage(long id, Kind kind, long channelId, long interactionId, String content,
    List<Embed> embeds, boolean ephemeral, String json) {

  /** How the bot sent a message. */
  public enum Kind {
    /** {@code POST /channels/{id}/messages}. */
    CHANNEL_MESSAGE,
    /** An interaction callback of type 4: a reply. */
    REPLY,
    /** An interaction callback of type 5: "thinking…", to be edited later. */
    DEFERRED_REPLY,
    /** An interaction callback of another type, e.g. 6 (deferred update) or 7 (update). */
    OTHER_CALLBACK,
    /** {@code POST /webhooks/{application}/{token}}: a follow-up message. */
    FOLLOW_UP,
    /** {@code PATCH /webhooks/{application}/{token}/messages/...}: an edit. */
    EDIT
  }

  /**
   * Copies the embeds.
   *
   * @param id the message id (for an edit, the id of the message edited)
   * @param kind how the bot sent it
   * @param channelId the channel it appeared in
   * @param interactionId the interaction it answers, or 0 for a plain channel message
   * @param content the text; for an edit, the message's text after the edit
   * @param embeds the embeds; for an edit, the message's embeds after the edit
   * @param ephemeral whether only the interaction's user sees it (flag 64)
   * @param json the request body the bot sent, as JSON text
   * @throws NullPointerException if an argument is null
   */
  public BotMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    embeds = List.copyOf(embeds);
    Objects.requireNonNull(json, "json");
  }
}
