package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.BOT_ID;
import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.ENDPOINT;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.IO_TIMEOUT;
import static dev.tonearm.jda.JdaHarness.OTHER_CHANNEL;
import static dev.tonearm.jda.JdaHarness.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.jda.FakeDiscord.Shard;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guild-typed API: players, joining and leaving, guild and channel of a player, installing. */
class TonearmJdaTest {
  private final JdaHarness harness = new JdaHarness();
  private final Shard shard = harness.discord.single();
  private final FakeGuild guild = shard.guild(GUILD);

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void player_guild_isTheClientsPlayerOfThatGuild() {
    Player player = harness.tonearm.player(guild.guild);

    assertThat(player.guildId()).isEqualTo(GUILD);
    assertThat(player).isSameAs(harness.lavalink().player(GUILD));
    assertThat(harness.tonearm.existingPlayer(guild.guild)).containsSame(player);
    assertThat(harness.tonearm.existingPlayer(shard.guild(GUILD + 1).guild)).isEmpty();
  }

  @Test
  void connect_channel_sendsOpcode4WithTheGuildsSettingsAndCreatesThePlayer() {
    guild.audioManager.setSelfMuted(true);

    Player player = harness.tonearm.connect(guild.channel(CHANNEL));

    assertThat(shard.opcode4).containsExactly("join " + CHANNEL);
    assertThat(guild.selfMuted()).isTrue();
    assertThat(guild.selfDeafened()).isFalse();
    assertThat(player.guildId()).isEqualTo(GUILD);
    assertThat(harness.lavalink().existingPlayer(GUILD)).containsSame(player);
  }

  @Test
  void connect_withSettings_storesThemWhereJdaReadsThem() {
    harness.tonearm.connect(guild.channel(CHANNEL), true, true);

    assertThat(shard.opcode4).containsExactly("join " + CHANNEL);
    assertThat(guild.selfMuted()).isTrue();
    assertThat(guild.selfDeafened()).isTrue();
  }

  @Test
  void connect_withoutConnectPermission_throwsAndSendsNothing() {
    guild.denyConnect();

    assertThatThrownBy(() -> harness.tonearm.connect(guild.channel(CHANNEL)))
        .isInstanceOfSatisfying(InsufficientPermissionException.class,
            e -> assertThat(e.getPermission()).isEqualTo(Permission.VOICE_CONNECT));
    assertThat(shard.opcode4).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).isEmpty();
  }

  @Test
  void connect_thenPlay_startsTheTrackOnceDiscordSentTheVoice() throws Exception {
    Track track = ((LoadResult.TrackLoaded) harness.lavalink().loadTracks(FakeCatalog.YOUTUBE_TRACK)
        .get(10, TimeUnit.SECONDS)).track();

    CompletableFuture<Player> played = harness.tonearm.connect(guild.channel(CHANNEL)).play(track);
    assertThat(played).isNotDone();
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");
    guild.voiceServer("token-1", ENDPOINT);

    assertThat(played.get(10, TimeUnit.SECONDS).track().info().identifier())
        .isEqualTo(track.info().identifier());
    assertThat(harness.fakePlayer(GUILD).voice()).isEqualTo(voice("token-1", ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void playerConnect_throughTheClient_joinsTheJdaChannel() {
    shard.ready();
    guild.channel(OTHER_CHANNEL);

    harness.lavalink().player(GUILD).connect(OTHER_CHANNEL, true, false);

    assertThat(shard.opcode4).containsExactly("join " + OTHER_CHANNEL);
    assertThat(guild.selfMuted()).isTrue();
  }

  @Test
  void playerConnect_unknownChannel_throwsIllegalArgument() {
    shard.ready();

    assertThatThrownBy(() -> harness.lavalink().player(GUILD).connect(OTHER_CHANNEL, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(OTHER_CHANNEL));
    assertThat(shard.opcode4).isEmpty();
  }

  @Test
  void playerConnect_guildOfNoKnownJda_throwsIllegalState() {
    assertThatThrownBy(() -> harness.lavalink().player(GUILD).connect(CHANNEL, false, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Long.toString(GUILD));
  }

  @Test
  void guildAndChannel_ofAPlayer_comeFromJdasCache() {
    Player player = harness.tonearm.player(guild.guild);
    assertThat(harness.tonearm.channel(player)).isEmpty();

    harness.join(guild, CHANNEL, "session-1", "token-1");

    assertThat(harness.tonearm.guild(player)).containsSame(guild.guild);
    assertThat(harness.tonearm.channel(player)).containsSame(guild.channel(CHANNEL));
  }

  @Test
  void guild_ofAPlayerOfAnUnknownGuild_isEmpty() {
    assertThat(harness.tonearm.guild(harness.lavalink().player(GUILD))).isEmpty();
  }

  @Test
  void install_jdaBuilder_setsTheInterceptorAndTheListener() {
    JDABuilder builder = mock(JDABuilder.class);
    when(builder.setVoiceDispatchInterceptor(any())).thenReturn(builder);
    when(builder.addEventListeners(any())).thenReturn(builder);

    assertThat(harness.tonearm.install(builder)).isSameAs(builder);

    verify(builder).setVoiceDispatchInterceptor(harness.tonearm);
    verify(builder).addEventListeners(harness.tonearm);
  }

  @Test
  void install_shardManagerBuilder_setsTheInterceptorAndTheListener() {
    DefaultShardManagerBuilder builder = mock(DefaultShardManagerBuilder.class);
    when(builder.setVoiceDispatchInterceptor(any())).thenReturn(builder);
    when(builder.addEventListeners(any(Object[].class))).thenReturn(builder);

    assertThat(harness.tonearm.install(builder)).isSameAs(builder);

    verify(builder).setVoiceDispatchInterceptor(harness.tonearm);
    verify(builder).addEventListeners(harness.tonearm);
  }

  @Test
  void close_closesTheClientAndIgnoresLaterUpdates() {
    harness.tonearm.close();

    assertThat(harness.lavalink().isClosed()).isTrue();
    assertThat(guild.botVoiceState(guild.channel(CHANNEL), "session-1")).isTrue();
    assertThatThrownBy(() -> harness.tonearm.player(guild.guild)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builder_token_connectsWithTheTokensUserId() {
    String token = Base64.getEncoder().withoutPadding()
        .encodeToString(Long.toString(BOT_ID + 7).getBytes(StandardCharsets.US_ASCII)) + ".GhIjKl.signature";
    try (FakeLavalink fake = FakeLavalink.start();
        TonearmJda tonearm = TonearmJda.builder(token)
            .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
            .scheduler(fake.clock())
            .build()) {

      FakeSession session = fake.awaitSession(IO_TIMEOUT);
      assertThat(session.userId()).isEqualTo(BOT_ID + 7);
      await().atMost(IO_TIMEOUT).until(session::resuming);
      assertThat(tonearm.lavalink().nodes().get(0).state()).isEqualTo(NodeState.CONNECTED);
    }
  }

  @Test
  void builder_withoutUserId_createsTheClientWhenJdaIsReady() {
    try (FakeLavalink fake = FakeLavalink.start();
        TonearmJda tonearm = TonearmJda.builder()
            .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
            .scheduler(fake.clock())
            .build()) {
      assertThatThrownBy(tonearm::lavalink).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("JDA is ready");

      new FakeDiscord(BOT_ID + 9, tonearm).single().ready();

      FakeSession session = fake.awaitSession(IO_TIMEOUT);
      assertThat(session.userId()).isEqualTo(BOT_ID + 9);
      await().atMost(IO_TIMEOUT).until(session::resuming);
      assertThat(tonearm.lavalink().nodes().get(0).state()).isEqualTo(NodeState.CONNECTED);
    }
  }

  @Test
  void builder_withoutUserId_learnsItFromTheFirstGuildItIsGiven() {
    try (FakeLavalink fake = FakeLavalink.start();
        TonearmJda tonearm = TonearmJda.builder()
            .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
            .scheduler(fake.clock())
            .build()) {
      FakeGuild lateGuild = new FakeDiscord(BOT_ID + 11, tonearm).single().guild(GUILD);

      tonearm.connect(lateGuild.channel(CHANNEL));

      FakeSession session = fake.awaitSession(IO_TIMEOUT);
      assertThat(session.userId()).isEqualTo(BOT_ID + 11);
      assertThat(tonearm.lavalink().existingPlayer(GUILD)).isPresent();
      await().atMost(IO_TIMEOUT).until(session::resuming);
    }
  }

  @Test
  void builder_invalidValues_throw() {
    assertThatThrownBy(() -> TonearmJda.builder(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TonearmJda.builder("not a token")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TonearmJda.builder(BOT_ID).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("node");
    assertThatThrownBy(() -> TonearmJda.builder(BOT_ID).unexpectedLeaveGrace(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    NodeOptions node = NodeOptions.builder("main", java.net.URI.create("http://127.0.0.1:1"), "x").build();
    assertThatThrownBy(() -> TonearmJda.builder(BOT_ID).node(node).node(node))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("main");
  }
}
