package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.ENDPOINT;
import static dev.tonearm.jda.JdaHarness.GRACE;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.IO_TIMEOUT;
import static dev.tonearm.jda.JdaHarness.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.jda.FakeDiscord.Shard;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gateway sessions: a RESUME keeps players, a new session rejoins them, a shutdown ends them. */
class GatewayLifecycleTest {
  /** Two guilds that Discord routes to shard 0 and shard 1 of two. */
  private static final long GUILD_ON_SHARD_0 = GUILD;
  private static final long GUILD_ON_SHARD_1 = 817327181663305758L;

  private final JdaHarness harness = new JdaHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  private List<DisconnectTrigger> triggers() throws Exception {
    harness.drainEvents();
    return harness.eventsOf(PlayerDisconnectEvent.class).stream()
        .map(PlayerDisconnectEvent::trigger).toList();
  }

  private void assertPlaying(long guildId, Track track) {
    Player player = harness.lavalink().existingPlayer(guildId).orElseThrow();
    assertThat(player.isDestroyed()).isFalse();
    assertThat(harness.fakePlayer(guildId).trackInfo().identifier()).isEqualTo(track.info().identifier());
  }

  @Test
  void resume_leavesPlayersUntouched() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild guild = shard.guild(GUILD);
    harness.join(guild, CHANNEL, "session-1", "token-1");
    Track track = harness.play(GUILD);

    shard.resumed();

    assertThat(shard.opcode4).isEmpty();
    assertThat(triggers()).isEmpty();
    assertThat(harness.voicePatches()).hasSize(1);
    assertPlaying(GUILD, track);
    assertThat(harness.lavalink().player(GUILD).connected()).isTrue();
  }

  @Test
  void newSession_rejoinsTheChannelAndSendsTheFreshVoice() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild guild = shard.guild(GUILD);
    harness.tonearm.connect(guild.channel(CHANNEL), false, true);
    harness.join(guild, CHANNEL, "session-1", "token-1");
    Track track = harness.play(GUILD);
    shard.opcode4.clear();

    shard.recreated();

    assertThat(shard.opcode4).containsExactly("join " + CHANNEL);
    assertThat(guild.selfDeafened()).as("the guild's self-deafen setting is kept").isTrue();
    guild.botVoiceState(guild.channel(CHANNEL), "session-2");
    guild.voiceServer("token-2", ENDPOINT);
    harness.awaitVoice(GUILD, voice("token-2", ENDPOINT, "session-2", CHANNEL));
    assertThat(harness.voicePatches()).last().isEqualTo(voice("token-2", ENDPOINT, "session-2", CHANNEL));
    assertPlaying(GUILD, track);
    assertThat(triggers()).isEmpty();
  }

  @Test
  void newSession_channelGone_endsPlayerWithChannelDeleted() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild guild = shard.guild(GUILD);
    harness.join(guild, CHANNEL, "session-1", "token-1");
    guild.dropChannelFromCache(CHANNEL);

    shard.recreated();

    assertThat(shard.opcode4).isEmpty();
    assertThat(triggers()).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
  }

  @Test
  void newSession_guildGone_endsPlayerWithGuildLeft() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild guild = shard.guild(GUILD);
    harness.join(guild, CHANNEL, "session-1", "token-1");
    guild.dropFromCache();

    shard.recreated();

    assertThat(shard.opcode4).isEmpty();
    assertThat(triggers()).containsExactly(DisconnectTrigger.GUILD_LEFT);
  }

  @Test
  void newSession_afterTheBotWasKicked_doesNotRejoin() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild guild = shard.guild(GUILD);
    harness.join(guild, CHANNEL, "session-1", "token-1");
    guild.botVoiceState(null, "session-1");

    shard.recreated();
    harness.fake.clock().advance(GRACE.plusMillis(1));

    assertThat(shard.opcode4).isEmpty();
    assertThat(triggers()).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
  }

  @Test
  void newSession_playerWithoutChannel_isLeftAlone() throws Exception {
    Shard shard = harness.discord.single();
    harness.lavalink().player(GUILD);

    shard.recreated();

    assertThat(shard.opcode4).isEmpty();
    assertThat(triggers()).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).isPresent();
  }

  @Test
  void newSession_ofOneShard_rejoinsOnlyThatShardsPlayers() throws Exception {
    Shard shard0 = harness.discord.shard(0, 2);
    Shard shard1 = harness.discord.shard(1, 2);
    harness.join(shard0.guild(GUILD_ON_SHARD_0), CHANNEL, "session-a", "token-a");
    harness.join(shard1.guild(GUILD_ON_SHARD_1), CHANNEL + 1, "session-b", "token-b");

    shard1.recreated();

    assertThat(shard0.opcode4).isEmpty();
    assertThat(shard1.opcode4).containsExactly("join " + (CHANNEL + 1));
  }

  @Test
  void shutdown_ofOneShard_endsOnlyThatShardsPlayersWithGatewayShutdown() throws Exception {
    Shard shard0 = harness.discord.shard(0, 2);
    Shard shard1 = harness.discord.shard(1, 2);
    harness.join(shard0.guild(GUILD_ON_SHARD_0), CHANNEL, "session-a", "token-a");
    harness.join(shard1.guild(GUILD_ON_SHARD_1), CHANNEL + 1, "session-b", "token-b");
    Track track = harness.play(GUILD_ON_SHARD_1);

    shard0.shutDown();

    assertThat(triggers()).containsExactly(DisconnectTrigger.GATEWAY_SHUTDOWN);
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class).get(0).guildId()).isEqualTo(GUILD_ON_SHARD_0);
    await().atMost(IO_TIMEOUT).until(() -> harness.session().player(GUILD_ON_SHARD_0).isEmpty());
    assertPlaying(GUILD_ON_SHARD_1, track);
    assertThat(shard0.opcode4).isEmpty();
  }

  @Test
  void shutdown_ofTheOnlyJda_endsEveryPlayerAndCancelsWaitingLeaves() throws Exception {
    Shard shard = harness.discord.single();
    FakeGuild first = shard.guild(GUILD);
    FakeGuild second = shard.guild(GUILD + 1);
    harness.join(first, CHANNEL, "session-1", "token-1");
    harness.join(second, CHANNEL + 1, "session-1", "token-2");
    second.botVoiceState(null, "session-1");

    shard.shutDown();
    harness.fake.clock().advance(GRACE.plusMillis(1));

    assertThat(triggers()).containsExactly(DisconnectTrigger.GATEWAY_SHUTDOWN,
        DisconnectTrigger.GATEWAY_SHUTDOWN);
    assertThat(harness.lavalink().players()).isEmpty();
  }

  @Test
  void shutdown_thenAJdaOfTheSameShard_isUsedForVoice() throws Exception {
    Shard old = harness.discord.single();
    harness.join(old.guild(GUILD), CHANNEL, "session-1", "token-1");
    old.shutDown();
    Shard restarted = harness.discord.single();
    restarted.ready();

    harness.tonearm.connect(restarted.guild(GUILD).channel(CHANNEL));
    harness.lavalink().player(GUILD).disconnect();

    assertThat(old.opcode4).isEmpty();
    assertThat(restarted.opcode4).containsExactly("join " + CHANNEL, "leave " + GUILD);
  }
}
