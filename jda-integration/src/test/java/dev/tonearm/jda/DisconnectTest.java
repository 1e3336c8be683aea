package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.GRACE;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.IO_TIMEOUT;
import static dev.tonearm.jda.JdaHarness.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeState;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.jda.FakeDiscord.Shard;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way the bot loses its channel ends the player once, with the trigger that says why, in
 * whichever order Discord reports the voice state and the cause.
 */
class DisconnectTest {
  private final JdaHarness harness = new JdaHarness();
  private final Shard shard = harness.discord.single();
  private final FakeGuild guild = shard.guild(GUILD);

  /** The triggers of every PlayerDisconnectEvent delivered so far. */
  private static List<DisconnectTrigger> triggers(JdaHarness harness) throws Exception {
    harness.drainEvents();
    return harness.eventsOf(PlayerDisconnectEvent.class).stream()
        .map(PlayerDisconnectEvent::trigger).toList();
  }

  private static void awaitPlayerGoneOnNode(JdaHarness harness) {
    await().atMost(IO_TIMEOUT).until(() -> harness.session().player(GUILD).isEmpty());
  }

  @BeforeEach
  void join() {
    harness.join(guild, CHANNEL, "session-1", "token-1");
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private void pastGrace() {
    harness.fake.clock().advance(GRACE.plusMillis(1));
  }

  @Test
  void kicked_endsPlayerOnceWithLeftChannelAfterTheGrace() throws Exception {
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);
    guild.botVoiceState(null, "session-1");
    assertThat(triggers(harness)).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).isPresent();

    pastGrace();

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class).get(0).channelId()).isEqualTo(CHANNEL);
    assertThat(harness.lavalink().existingPlayer(GUILD)).isEmpty();
    awaitPlayerGoneOnNode(harness);
    assertThat(shard.opcode4).isEmpty();
  }

  @Test
  void kicked_thenStateWithChannelWithinTheGrace_keepsThePlayer() throws Exception {
    guild.botVoiceState(null, "session-1");
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-2");

    pastGrace();
    pastGrace();

    assertThat(triggers(harness)).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).get()
        .satisfies(player -> assertThat(player.channelId()).isEqualTo(OTHER_CHANNEL));
  }

  @Test
  void channelDeleted_beforeTheVoiceState_endsPlayerOnceWithChannelDeleted() throws Exception {
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);
    guild.deleteChannel(guild.channel(CHANNEL));
    guild.botVoiceState(null, "session-1");
    pastGrace();

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void channelDeleted_afterTheVoiceState_endsPlayerOnceWithChannelDeleted() throws Exception {
    guild.botVoiceState(null, "session-1");
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);
    guild.deleteChannel(guild.channel(CHANNEL));
    pastGrace();

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void channelDeleted_withoutAVoiceState_endsPlayerWithChannelDeleted() throws Exception {
    guild.deleteChannel(guild.channel(CHANNEL));

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void channelDeleted_anotherChannel_keepsThePlayer() throws Exception {
    guild.deleteChannel(guild.channel(OTHER_CHANNEL));
    pastGrace();

    assertThat(triggers(harness)).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).isPresent();
  }

  @Test
  void guildLeft_beforeTheVoiceState_endsPlayerOnceWithGuildLeft() throws Exception {
    guild.leaveGuild();
    guild.botVoiceState(null, "session-1");
    pastGrace();

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.GUILD_LEFT);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void guildLeft_afterTheVoiceState_endsPlayerOnceWithGuildLeft() throws Exception {
    guild.botVoiceState(null, "session-1");
    guild.leaveGuild();
    pastGrace();

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.GUILD_LEFT);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void guildLeft_withoutAPlayer_doesNothing() throws Exception {
    FakeGuild other = shard.guild(GUILD + 1);

    other.leaveGuild();

    assertThat(triggers(harness)).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).isPresent();
  }

  @Test
  void disconnect_withAPlayer_sendsOpcode4AndEndsOnceWithRequested() throws Exception {
    harness.tonearm.disconnect(guild.guild).get(10, TimeUnit.SECONDS);
    guild.botVoiceState(null, "session-1");
    pastGrace();

    assertThat(shard.opcode4).containsExactly("leave " + GUILD);
    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.REQUESTED);
    awaitPlayerGoneOnNode(harness);
  }

  @Test
  void disconnect_throughThePlayer_sendsOpcode4() throws Exception {
    harness.lavalink().player(GUILD).disconnect().get(10, TimeUnit.SECONDS);

    assertThat(shard.opcode4).containsExactly("leave " + GUILD);
    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.REQUESTED);
  }

  @Test
  void disconnect_withoutAPlayer_onlyLeaves() throws Exception {
    FakeGuild other = shard.guild(GUILD + 1);

    assertThat(harness.tonearm.disconnect(other.guild)).isCompleted();

    assertThat(shard.opcode4).containsExactly("leave " + (GUILD + 1));
    assertThat(triggers(harness)).isEmpty();
  }

  @Test
  void nodeLost_withNoNodeToMoveTo_makesTheBotLeaveWithOpcode4Once() throws Exception {
    harness.fake.refuseConnections(true);
    harness.fake.dropConnections();
    await().atMost(IO_TIMEOUT).until(() -> harness.lavalink().nodes().get(0).state() == NodeState.RECONNECTING);
    await().atMost(IO_TIMEOUT).until(() -> harness.events.stream().anyMatch(NodeDisconnectedEvent.class::isInstance));

    harness.fake.clock().advance(FailoverPolicy.DEFAULT.grace());
    harness.fake.clock().advance(FailoverPolicy.DEFAULT.nodeLossTimeout());

    await().atMost(IO_TIMEOUT).until(() -> shard.opcode4.contains("leave " + GUILD));
    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.NODE_LOST);
    assertThat(shard.opcode4).containsExactly("leave " + GUILD);
  }

  @Test
  void otherTriggers_doNotSendOpcode4() throws Exception {
    guild.deleteChannel(guild.channel(CHANNEL));

    assertThat(triggers(harness)).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
    assertThat(shard.opcode4).isEmpty();
  }

  @Test
  void kicked_withoutGrace_endsPlayerAtOnceWithLeftChannel() throws Exception {
    try (JdaHarness noGrace = new JdaHarness(builder -> builder.unexpectedLeaveGrace(Duration.ZERO))) {
      FakeGuild guild = noGrace.discord.single().guild(GUILD);
      noGrace.join(guild, CHANNEL, "session-1", "token-1");

      guild.botVoiceState(null, "session-1");

      assertThat(triggers(noGrace)).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
      assertThat(noGrace.lavalink().existingPlayer(GUILD)).isEmpty();
    }
  }
}
