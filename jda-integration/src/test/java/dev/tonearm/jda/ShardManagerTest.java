package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.testkit.discord.GatewayFrame;
import dev.tonearm.track.Track;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tonearm installed on a two-shard {@code ShardManager}: each guild's voice goes through its own
 * shard, and a shard's new session or shutdown concerns only that shard's players.
 */
class ShardManagerTest {
  private static TestBot bot;
  private TestGuild onShard0;
  private TestGuild onShard1;

  @BeforeAll
  static void login() throws Exception {
    bot = TestBot.options().shards(2).start();
  }

  @AfterAll
  static void shutDown() throws Exception {
    bot.close();
  }

  @BeforeEach
  void guildOnEachShard() {
    onShard0 = bot.newGuild(0);
    onShard1 = bot.newGuild(1);
  }

  @AfterEach
  void cleanUp() {
    bot.cleanUp(onShard0);
    bot.cleanUp(onShard1);
  }

  /** The shard of the connection each opcode 4 for the guild went out on. */
  private static java.util.List<Integer> opcode4Shards(TestBot bot, TestGuild guild) {
    return bot.discord.frames().stream()
        .filter(frame -> frame.voiceStateRequest().map(r -> r.guildId() == guild.id).orElse(false))
        .map(GatewayFrame::shardId).toList();
  }

  @Test
  void install_everyShardPassesItsGuildsVoiceToLavalinkAndTracksStart() throws Exception {
    assertThat(bot.shardManager().getShards()).hasSize(2)
        .allSatisfy(shard -> assertThat(shard.getRegisteredListeners()).contains(bot.tonearm));

    JsonObject voice0 = onShard0.join();
    JsonObject voice1 = onShard1.join(onShard1.otherVoice);
    onShard0.play();
    Track track = onShard1.play();

    assertThat(opcode4Shards(bot, onShard0)).containsExactly(0);
    assertThat(opcode4Shards(bot, onShard1)).containsExactly(1);
    assertThat(voice0.get("sessionId").getAsString())
        .isEqualTo(bot.discord.shard(0).sessionId().orElseThrow());
    assertThat(voice1.get("sessionId").getAsString())
        .isEqualTo(bot.discord.shard(1).sessionId().orElseThrow());
    assertThat(onShard0.voicePatches()).containsExactly(voice0);
    assertThat(onShard1.voicePatches()).containsExactly(voice1);
    assertThat(bot.awaitEvent(onShard1.id, TrackStartEvent.class).track().info().identifier())
        .isEqualTo(track.info().identifier());
    assertThat(bot.tonearm.guild(onShard1.player().orElseThrow()).orElseThrow().getJDA())
        .isSameAs(bot.shard(1));
  }

  @Test
  void newSession_ofOneShard_rejoinsOnlyThatShardsPlayers() throws Exception {
    JsonObject voice0 = onShard0.join();
    JsonObject first1 = onShard1.join();
    long recreated = bot.jdaEvents(SessionRecreateEvent.class).size();

    bot.discord.shard(1).invalidateSession(false);
    eventually().until(() -> bot.jdaEvents(SessionRecreateEvent.class).size() > recreated);

    assertThat(bot.jdaEvents(SessionRecreateEvent.class)).last()
        .satisfies(event -> assertThat(event.getJDA()).isSameAs(bot.shard(1)));
    assertThat(onShard1.awaitRequests(2).channelId()).isEqualTo(onShard1.voice);
    JsonObject fresh1 = onShard1.awaitVoice(onShard1.voice);
    assertThat(fresh1.get("sessionId")).isNotEqualTo(first1.get("sessionId"));
    assertThat(onShard1.voicePatches()).last().isEqualTo(fresh1);
    assertThat(bot.voiceRequestsAfterFlush(onShard0)).hasSize(1);
    assertThat(onShard0.voicePatches()).containsExactly(voice0);
    assertThat(onShard0.triggers()).isEmpty();
    assertThat(onShard1.triggers()).isEmpty();
  }

  @Test
  void shutdown_ofOneShard_endsOnlyThatShardsPlayersWithGatewayShutdown() throws Exception {
    try (TestBot own = TestBot.options().shards(2).start()) {
      TestGuild guild0 = own.newGuild(0);
      TestGuild guild1 = own.newGuild(1);
      guild0.join();
      guild1.join();
      Track track = guild1.play();
      JDA shard0 = own.shard(0);

      own.shardManager().shutdown(0);
      own.awaitJdaEvent(ShutdownEvent.class, event -> event.getJDA() == shard0);

      assertThat(guild0.triggers()).containsExactly(DisconnectTrigger.GATEWAY_SHUTDOWN);
      guild0.awaitGoneOnNode();
      assertThat(guild0.playerCalls("DELETE")).hasSize(1);
      assertThat(guild1.triggers()).isEmpty();
      assertThat(guild1.playingOnNode()).isEqualTo(track.info().identifier());
      assertThat(guild1.player().orElseThrow().isDestroyed()).isFalse();
      assertThat(guild0.requests()).hasSize(1);
    }
  }
}
