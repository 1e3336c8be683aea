package dev.tonearm.example.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tonearm.example.music.Reply;
import java.awt.Color;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedsTest {

  @Test
  void of_reply_keepsTitleDescriptionColourAndFields() {
    Reply reply = Reply.success("Playing", "[**Song**](https://example.com) `3:32`")
        .withField("Requested by", "Robin", true)
        .withField("Up next", "Other song", false);

    MessageEmbed embed = Embeds.of(reply);

    assertThat(embed.getTitle()).isEqualTo("Playing");
    assertThat(embed.getDescription()).isEqualTo("[**Song**](https://example.com) `3:32`");
    assertThat(embed.getColor()).isEqualTo(new Color(Reply.SUCCESS_COLOR));
    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName, MessageEmbed.Field::getValue,
            MessageEmbed.Field::isInline)
        .containsExactly(tuple("Requested by", "Robin", true),
            tuple("Up next", "Other song", false));
  }

  @Test
  void of_textsLongerThanDiscordAllows_areCutWithAnEllipsis() {
    Reply reply = Reply.error("t".repeat(300), "d".repeat(5000))
        .withField("f", "v".repeat(2000), false);

    MessageEmbed embed = Embeds.of(reply);

    assertThat(embed.getTitle()).hasSize(MessageEmbed.TITLE_MAX_LENGTH).endsWith("…");
    assertThat(embed.getDescription()).hasSize(MessageEmbed.DESCRIPTION_MAX_LENGTH).endsWith("…");
    assertThat(embed.getFields().get(0).getValue()).hasSize(MessageEmbed.VALUE_MAX_LENGTH);
    assertThat(embed.getColor()).isEqualTo(new Color(Reply.ERROR_COLOR));
  }

  @Test
  void of_emptyDescription_leavesItOut() {
    MessageEmbed embed = Embeds.of(Reply.info("Queue", ""));

    assertThat(embed.getDescription()).isNull();
    assertThat(embed.isSendable()).isTrue();
  }
}
