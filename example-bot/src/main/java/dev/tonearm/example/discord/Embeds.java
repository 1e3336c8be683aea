package dev.tonearm.example.discord;

import dev.tonearm.example.music.Reply;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** Turns the bot's replies into Discord embeds. */
public final class Embeds {
  private Embeds() {}

  /**
   * Builds the embed of a reply. Texts longer than Discord allows are shortened with an ellipsis
   * rather than refused, since a slightly cut queue page is better than no answer.
   *
   * @param reply the reply
   * @return the embed
   */
  public static MessageEmbed of(Reply reply) {
    EmbedBuilder embed = new EmbedBuilder()
        .setTitle(cut(reply.title(), MessageEmbed.TITLE_MAX_LENGTH))
        .setColor(reply.color());
    if (!reply.description().isEmpty()) {
      embed.setDescription(cut(reply.description(), MessageEmbed.DESCRIPTION_MAX_LENGTH));
    }
    for (Reply.Field field : reply.fields()) {
      embed.addField(cut(field.name(), MessageEmbed.TITLE_MAX_LENGTH),
          cut(field.value(), MessageEmbed.VALUE_MAX_LENGTH), field.inline());
    }
    return embed.build();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
