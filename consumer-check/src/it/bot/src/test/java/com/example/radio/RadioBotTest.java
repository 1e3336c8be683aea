package com.example.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.node.NodeOptions;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.GuildSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RadioBotTest {
  private static final long GUILD = 1L << 22;
  private static final long VOICE = GUILD + 1;
  private static final long ALICE = 200_000_000_000_000_001L;

  @Test
  void play_memberInVoice_listenerSeesTheTrackStartAndFinish() throws Exception {
    try (FakeLavalink node = FakeLavalink.start();
         FakeDiscord discord = FakeDiscord.builder()
             .guild(GuildSpec.builder(GUILD).voiceChannel(VOICE, "Music").human(ALICE, "alice")
                 .voiceState(ALICE, VOICE).build())
             .build();
         RadioBot bot = RadioBot.start(discord.botToken(),
             NodeOptions.builder("main", node.uri(), node.password()).build(), discord::configure)) {
      bot.play(bot.jda().getGuildById(GUILD).getMemberById(ALICE), FakeCatalog.YOUTUBE_SHORT_TRACK)
          .get(10, TimeUnit.SECONDS);

      await().atMost(Duration.ofSeconds(10)).until(() -> !bot.nowPlaying().started().isEmpty());
      assertThat(discord.voiceStateRequests()).first()
          .satisfies(request -> assertThat(request.channelId()).isEqualTo(VOICE));
      node.clock().advance(Duration.ofSeconds(31));
      await().atMost(Duration.ofSeconds(10)).until(() -> !bot.nowPlaying().finished().isEmpty());
      assertThat(bot.nowPlaying().finished()).isEqualTo(bot.nowPlaying().started());
    }
  }
}
