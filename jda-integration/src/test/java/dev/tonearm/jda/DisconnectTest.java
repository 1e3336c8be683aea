package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.GRACE;
import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way the bot loses its channel ends the player once, with the trigger that says why and
 * the player destroyed on the node, in whichever order Discord reports the voice state and the
 * cause. Only a leave Tonearm was asked for sends opcode 4.
 */
class DisconnectTest {
  private static TestBot bot;
  private TestGuild guild;

  @BeforeAll
  static void login() throws Exception {
    bot = TestBot.start();
  }

  @AfterAll
  static void shutDown() throws Exception {
    bot.close();
  }

  @BeforeEach
  void join() {
    guild = bot.newGuild();
    guild.join();
  }

  @AfterEach
  void cleanUp() {
    bot.cleanUp(guild);
  }

  private void pastGrace() {
    bot.clock().advance(GRACE.plusMillis(1));
  }

  /** Waits until the node no longer has the player, destroyed with exactly one DELETE. */
  private void assertDestroyedOnNodeOnce() {
    guild.awaitGoneOnNode();
    assertThat(guild.playerCalls("DELETE")).hasSize(1);
    assertThat(guild.player()).isEmpty();
  }

  /** Tonearm sent no opcode 4 for the guild after its join. */
  private void assertOnlyTheJoinWasSent() {
    assertThat(bot.voiceRequestsAfterFlush(guild)).hasSize(1);
  }

  @Test
  void kicked_endsThePlayerOnceWithLeftChannelAfterTheGrace() {
    guild.nodeReports4014();
    guild.fake().disconnectBot();
    bot.awaitHandled(guild.id);
    assertThat(guild.triggers()).isEmpty();
    assertThat(guild.player()).isPresent();

    pastGrace();

    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
    assertThat(guild.events(PlayerDisconnectEvent.class).get(0).channelId()).isEqualTo(guild.voice);
    assertDestroyedOnNodeOnce();
    assertOnlyTheJoinWasSent();
  }

  @Test
  void kicked_thenJoinedAgainWithinTheGrace_keepsThePlayer() {
    guild.fake().disconnectBot();
    bot.awaitHandled(guild.id);

    bot.tonearm.connect(guild.channel(guild.otherVoice));
    guild.awaitVoice(guild.otherVoice);
    pastGrace();
    pastGrace();

    assertThat(guild.triggers()).isEmpty();
    assertThat(guild.player().orElseThrow().channelId()).isEqualTo(guild.otherVoice);
    assertThat(guild.playerCalls("DELETE")).isEmpty();
  }

  @Test
  void channelDeleted_endsThePlayerAtOnceWithChannelDeleted() {
    // Discord sends CHANNEL_DELETE, then the bot's voice state without a channel.
    guild.nodeReports4014();
    guild.fake().deleteChannel(guild.voice);
    bot.awaitJdaEvent(ChannelDeleteEvent.class, e -> e.getChannel().getIdLong() == guild.voice);

    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    bot.awaitHandled(guild.id);
    pastGrace();
    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    assertDestroyedOnNodeOnce();
    assertOnlyTheJoinWasSent();
  }

  @Test
  void channelDeleted_afterTheBotWasDisconnectedFromIt_endsThePlayerOnceWithChannelDeleted() {
    guild.fake().disconnectBot();
    guild.nodeReports4014();
    guild.fake().deleteChannel(guild.voice);
    bot.awaitJdaEvent(ChannelDeleteEvent.class, e -> e.getChannel().getIdLong() == guild.voice);

    pastGrace();

    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    assertDestroyedOnNodeOnce();
  }

  @Test
  void channelDeleted_anotherChannel_keepsThePlayer() {
    guild.fake().deleteChannel(guild.otherVoice);
    bot.awaitJdaEvent(ChannelDeleteEvent.class,
        e -> e.getChannel().getIdLong() == guild.otherVoice);

    pastGrace();

    assertThat(guild.triggers()).isEmpty();
    assertThat(guild.player()).isPresent();
  }

  @Test
  void guildLeft_endsThePlayerOnceWithGuildLeft() {
    guild.fake().remove();
    bot.awaitJdaEvent(GuildLeaveEvent.class, e -> e.getGuild().getIdLong() == guild.id);

    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.GUILD_LEFT);
    pastGrace();
    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.GUILD_LEFT);
    assertDestroyedOnNodeOnce();
  }

  @Test
  void guildLeft_afterTheBotWasDisconnected_endsThePlayerOnceWithGuildLeft() {
    guild.fake().disconnectBot();
    guild.fake().remove();
    bot.awaitJdaEvent(GuildLeaveEvent.class, e -> e.getGuild().getIdLong() == guild.id);

    pastGrace();

    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.GUILD_LEFT);
    assertDestroyedOnNodeOnce();
  }

  @Test
  void guildLeft_anotherGuild_keepsThePlayer() {
    TestGuild other = bot.newGuild();
    other.fake().remove();
    bot.awaitJdaEvent(GuildLeaveEvent.class, e -> e.getGuild().getIdLong() == other.id);

    pastGrace();

    assertThat(guild.triggers()).isEmpty();
    assertThat(guild.player()).isPresent();
    bot.cleanUp(other);
  }

  @Test
  void disconnect_guild_sendsOpcode4ToLeaveAndEndsThePlayerOnceWithRequested() throws Exception {
    bot.tonearm.disconnect(guild.jda()).get(10, TimeUnit.SECONDS);

    assertThat(guild.awaitRequests(2)).isEqualTo(new VoiceStateRequest(guild.id, 0, false, false));
    guild.awaitBotInJda(0);
    bot.awaitHandled(guild.id);
    pastGrace();
    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.REQUESTED);
    assertDestroyedOnNodeOnce();
  }

  @Test
  void disconnect_throughThePlayer_sendsOpcode4ToLeave() throws Exception {
    bot.lavalink().player(guild.id).disconnect().get(10, TimeUnit.SECONDS);

    assertThat(guild.awaitRequests(2).leaves()).isTrue();
    assertThat(guild.triggers()).containsExactly(DisconnectTrigger.REQUESTED);
    guild.awaitBotInJda(0);
    assertDestroyedOnNodeOnce();
  }

  @Test
  void disconnect_guildWithoutAPlayer_onlyLeaves() {
    TestGuild other = bot.newGuild();

    CompletableFuture<Void> left = bot.tonearm.disconnect(other.jda());

    assertThat(left).isCompleted();
    assertThat(other.awaitRequests(1)).isEqualTo(new VoiceStateRequest(other.id, 0, false, false));
    bot.awaitHandled(other.id);
    assertThat(other.triggers()).isEmpty();
    assertThat(other.player()).isEmpty();
    bot.cleanUp(other);
  }

  @Test
  void disconnect_beforeDiscordAnsweredTheJoin_theLateAnswerBringsNoPlayerBack() throws Exception {
    TestGuild late = bot.newGuild();
    bot.discord.voiceResponses(VoiceResponses.builder().delay(Duration.ofSeconds(1)).build());
    try {
      bot.tonearm.connect(late.channel(late.voice));
      late.awaitRequests(1);
      bot.tonearm.disconnect(late.jda()).get(10, TimeUnit.SECONDS);

      // Discord answers the join after Tonearm asked to leave. (JDA holds the leave back until it
      // would retry the join, 10 s after sending it; Discord then answers the leave.)
      bot.clock().advance(Duration.ofSeconds(1));
      late.awaitBotInJda(late.voice);
      bot.awaitHandled(late.id);
      pastGrace();

      assertThat(late.triggers()).containsExactly(DisconnectTrigger.REQUESTED);
      assertThat(late.player()).isEmpty();
      assertThat(late.playerCalls("PATCH")).isEmpty();
    } finally {
      bot.cleanUp(late);
    }
  }

  @Test
  void kicked_withoutGrace_endsThePlayerAtOnceWithLeftChannel() throws Exception {
    try (TestBot noGrace = TestBot.options()
        .tonearm(builder -> builder.unexpectedLeaveGrace(Duration.ZERO)).start()) {
      TestGuild guild = noGrace.newGuild();
      guild.join();

      guild.fake().disconnectBot();
      noGrace.awaitHandled(guild.id);

      assertThat(guild.triggers()).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
      guild.awaitGoneOnNode();
    }
  }

  @Test
  void nodeLost_withNoNodeToMoveTo_makesTheBotLeaveWithOpcode4Once() throws Exception {
    try (TestBot lonely = TestBot.start()) {
      TestGuild guild = lonely.newGuild();
      guild.join();
      guild.play();

      lonely.node.refuseConnections(true);
      lonely.node.dropConnections();
      eventually().until(() -> lonely.lavalink().nodes().get(0).state() == NodeState.RECONNECTING
          && lonely.events.stream().anyMatch(NodeDisconnectedEvent.class::isInstance));
      lonely.clock().advance(FailoverPolicy.DEFAULT.grace());
      lonely.clock().advance(FailoverPolicy.DEFAULT.nodeLossTimeout());

      assertThat(guild.awaitRequests(2)).isEqualTo(new VoiceStateRequest(guild.id, 0, false, false));
      assertThat(guild.triggers()).containsExactly(DisconnectTrigger.NODE_LOST);
      guild.awaitBotInJda(0);
      assertThat(lonely.voiceRequestsAfterFlush(guild)).hasSize(2);
      lonely.node.refuseConnections(false);
    }
  }
}
