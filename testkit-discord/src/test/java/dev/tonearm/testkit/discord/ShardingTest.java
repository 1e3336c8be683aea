package dev.tonearm.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.Test;

/** Two shards behind one fake, each getting the guilds Discord's rule gives it. */
class ShardingTest {
  /** (id >> 22) % 2 == 0. */
  private static final long EVEN_GUILD = 4L << 22;
  /** (id >> 22) % 2 == 1. */
  private static final long ODD_GUILD = 5L << 22;
  private static final long ALICE = 300_000_000_000_000_001L;

  private static GuildSpec guild(long id) {
    return GuildSpec.builder(id).voiceChannel(id + 1, "Music").human(ALICE, "alice").build();
  }

  private static boolean connected(ShardManager shards, int shardId) {
    JDA shard = shards.getShardById(shardId);
    return shard != null && shard.getStatus() == JDA.Status.CONNECTED;
  }

  @Test
  void shardManager_twoShards_eachShardGetsItsGuildsWithoutWaitingBetweenIdentifies()
      throws Exception {
    List<GenericEvent> events = new CopyOnWriteArrayList<>();
    try (FakeDiscord discord = FakeDiscord.builder().shards(2)
        .guild(guild(EVEN_GUILD)).guild(guild(ODD_GUILD)).build()) {
      ShardManager shards = discord.configure(
              DefaultShardManagerBuilder.createDefault(discord.botToken()))
          .addEventListeners((EventListener) events::add)
          .build();
      try {
        await().atMost(Duration.ofSeconds(10)).until(() -> connected(shards, 0));
        // JDA's own session controller would wait five seconds before the second IDENTIFY.
        await().atMost(Duration.ofSeconds(4)).until(() -> connected(shards, 1));

        JDA first = shards.getShardById(0);
        JDA second = shards.getShardById(1);
        assertThat(first.getGuilds()).extracting(g -> g.getIdLong()).containsExactly(EVEN_GUILD);
        assertThat(second.getGuilds()).extracting(g -> g.getIdLong()).containsExactly(ODD_GUILD);
        assertThat(discord.restCalls()).anyMatch(call -> call.is("GET", "/gateway/bot"));
        assertThat(discord.frames()).filteredOn(frame -> frame.op() == 2)
            .extracting(GatewayFrame::shardId).containsExactlyInAnyOrder(0, 1);

        discord.guild(ODD_GUILD).joinVoice(ALICE, ODD_GUILD + 1);

        await().atMost(Duration.ofSeconds(5)).until(() -> events.stream()
            .anyMatch(GuildVoiceUpdateEvent.class::isInstance));
        assertThat(events).filteredOn(GuildVoiceUpdateEvent.class::isInstance)
            .singleElement().satisfies(event -> assertThat(event.getJDA()).isSameAs(second));
        assertThat(discord.shard(1).dispatches()).extracting(Dispatch::type)
            .contains("VOICE_STATE_UPDATE");
        assertThat(discord.shard(0).dispatches()).extracting(Dispatch::type)
            .doesNotContain("VOICE_STATE_UPDATE");
      } finally {
        shards.shutdown();
        for (JDA shard : shards.getShards()) {
          shard.awaitShutdown();
        }
      }
    }
  }
}
