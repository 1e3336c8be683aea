package dev.tonearm.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.Test;

/** The README's "Testing a JDA bot against a fake Discord" example, exactly as printed there. */
class ReadmeExampleTest {

  /** The bot under test: /play joins the member's voice channel and answers with an embed. */
  static final class MyMusicBot extends ListenerAdapter {
    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
      AudioChannel channel = event.getMember().getVoiceState().getChannel();
      event.getJDA().getDirectAudioController().connect(channel);
      event.replyEmbeds(new EmbedBuilder().setTitle("Now playing")
          .setDescription(event.getOption("query").getAsString()).build()).queue();
    }
  }

  static final long GUILD = 817327181659111454L;
  static final long TEXT = 817327181659111455L;
  static final long VOICE = 817327181659111456L;
  static final long ALICE = 200000000000000001L;

  @Test
  void play_memberInVoice_botJoinsHerChannelAndReplies() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder()
        .guild(GuildSpec.builder(GUILD)
            .textChannel(TEXT, "general")
            .voiceChannel(VOICE, "Music")
            .human(ALICE, "alice")
            .voiceState(ALICE, VOICE)
            .build())
        .build()) {
      JDA jda = discord.configure(JDABuilder.createDefault(discord.botToken()))
          .addEventListeners(new MyMusicBot())
          .build()
          .awaitReady();

      FakeInteraction play = discord.guild(GUILD).slashCommand("play")
          .option("query", "never gonna give you up")
          .from(ALICE).in(TEXT)
          .send();

      BotMessage reply = play.nextReply(Duration.ofSeconds(5));
      assertThat(reply.embeds().get(0).title()).isEqualTo("Now playing");
      assertThat(discord.nextVoiceStateRequest(Duration.ofSeconds(5)).channelId()).isEqualTo(VOICE);

      jda.shutdown();
      jda.awaitShutdown();
    }
  }
}
