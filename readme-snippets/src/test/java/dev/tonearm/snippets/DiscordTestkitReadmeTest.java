package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.FakeInteraction;
import dev.tonearm.testkit.discord.GuildSpec;
import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import org.junit.jupiter.api.Test;

/** The README's test of a JDA bot against the fake Discord ("Testing a JDA bot ..."), run. */
class DiscordTestkitReadmeTest {
  private static final long GUILD = 500_000_000_000_000_001L;
  private static final long TEXT = 500_000_000_000_000_002L;
  private static final long VOICE = 500_000_000_000_000_003L;
  private static final long ALICE = 200_000_000_000_000_001L;

  // region fake-discord-test
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
  // endregion fake-discord-test
}
