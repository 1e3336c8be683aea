package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.WAIT;
import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.Permissions;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.Track;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.managers.AudioManager;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guild-typed API on real JDA: players, joining with opcode 4 and the guild's settings,
 * permissions, the guild and channel of a player, installing, closing and the builders.
 */
class TonearmJdaTest {
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
  void newGuild() {
    guild = bot.newGuild();
  }

  @AfterEach
  void cleanUp() {
    bot.cleanUp(guild);
  }

  @Test
  void player_guild_isTheClientsPlayerOfThatGuild() {
    Player player = bot.tonearm.player(guild.jda());

    assertThat(player.guildId()).isEqualTo(guild.id);
    assertThat(player).isSameAs(bot.lavalink().player(guild.id));
    assertThat(bot.tonearm.existingPlayer(guild.jda())).containsSame(player);
    TestGuild other = bot.newGuild();
    assertThat(bot.tonearm.existingPlayer(other.jda())).isEmpty();
    bot.cleanUp(other);
  }

  @Test
  void connect_channel_sendsOpcode4WithTheGuildsSettingsAndCreatesThePlayer() {
    guild.jda().getAudioManager().setSelfMuted(true);

    Player player = bot.tonearm.connect(guild.channel(guild.voice));

    assertThat(guild.awaitRequests(1))
        .isEqualTo(new VoiceStateRequest(guild.id, guild.voice, true, false));
    assertThat(player.guildId()).isEqualTo(guild.id);
    assertThat(guild.player()).containsSame(player);
    guild.awaitVoice(guild.voice);
    assertThat(guild.botVoiceState().orElseThrow().selfMute()).isTrue();
  }

  @Test
  void connect_withSettings_sendsThemAndStoresThemWhereJdaReadsThem() {
    bot.tonearm.connect(guild.channel(guild.voice), true, true);

    assertThat(guild.awaitRequests(1))
        .isEqualTo(new VoiceStateRequest(guild.id, guild.voice, true, true));
    AudioManager settings = guild.jda().getAudioManager();
    assertThat(settings.isSelfMuted()).isTrue();
    assertThat(settings.isSelfDeafened()).isTrue();
    guild.awaitVoice(guild.voice);
    eventually().until(() -> guild.jda().getSelfMember().getVoiceState().isSelfDeafened());
  }

  @Test
  void connect_withoutConnectPermission_throwsAndSendsNothing() {
    long guildId = TestBot.newGuildId(0, 1);
    TestGuild locked = bot.addGuild(TestGuild.spec(guildId)
        .overwrite(TestGuild.voiceOf(guildId), guildId, 0, Permissions.CONNECT).build());
    try {
      assertThatThrownBy(() -> bot.tonearm.connect(locked.channel(locked.voice)))
          .isInstanceOfSatisfying(InsufficientPermissionException.class,
              e -> assertThat(e.getPermission()).isEqualTo(Permission.VOICE_CONNECT));
      bot.tonearm.connect(locked.channel(locked.otherVoice));

      assertThat(locked.awaitRequests(1).channelId()).isEqualTo(locked.otherVoice);
      locked.awaitVoice(locked.otherVoice);
      assertThat(bot.voiceRequestsAfterFlush(locked)).hasSize(1);
    } finally {
      bot.cleanUp(locked);
    }
  }

  @Test
  void connect_thenPlay_startsTheTrackOnceDiscordSentTheVoice() throws Exception {
    bot.discord.voiceResponses(VoiceResponses.builder().delay(Duration.ofSeconds(1)).build());
    Track track = guild.track();

    CompletableFuture<Player> played = bot.tonearm.connect(guild.channel(guild.voice)).play(track);
    guild.awaitRequests(1);
    // The fake Discord answers on the clock, which has not moved: Tonearm has no voice to send.
    assertThat(played).isNotDone();
    assertThat(guild.voicePatches()).isEmpty();

    bot.clock().advance(Duration.ofSeconds(1));

    assertThat(played.get(WAIT.toSeconds(), TimeUnit.SECONDS).track().info().identifier())
        .isEqualTo(track.info().identifier());
    JsonObject voice = guild.awaitVoice(guild.voice);
    assertThat(guild.nodePlayer().orElseThrow().voice()).isEqualTo(voice);
    assertThat(bot.awaitEvent(guild.id, TrackStartEvent.class).track().info().identifier())
        .isEqualTo(track.info().identifier());
  }

  @Test
  void playerConnect_throughTheClient_joinsTheJdaChannel() {
    bot.lavalink().player(guild.id).connect(guild.otherVoice, true, false);

    assertThat(guild.awaitRequests(1))
        .isEqualTo(new VoiceStateRequest(guild.id, guild.otherVoice, true, false));
    assertThat(guild.jda().getAudioManager().isSelfMuted()).isTrue();
    guild.awaitVoice(guild.otherVoice);
  }

  @Test
  void playerConnect_channelNotInTheGuild_throwsIllegalArgument() {
    assertThatThrownBy(() -> bot.lavalink().player(guild.id).connect(guild.text, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(guild.text));
    assertThat(bot.voiceRequestsAfterFlush(guild)).isEmpty();
  }

  @Test
  void playerConnect_guildOfNoJda_throwsIllegalState() {
    long unknown = TestBot.newGuildId(0, 1);

    assertThatThrownBy(() -> bot.lavalink().player(unknown).connect(unknown + 1, false, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Long.toString(unknown));
  }

  @Test
  void guildAndChannel_ofAPlayer_comeFromJdasCache() {
    Player player = bot.tonearm.player(guild.jda());
    assertThat(bot.tonearm.channel(player)).isEmpty();

    guild.join();

    assertThat(bot.tonearm.guild(player)).containsSame(guild.jda());
    assertThat(bot.tonearm.channel(player)).containsSame(guild.channel(guild.voice));
  }

  @Test
  void guild_ofAPlayerOfAGuildJdaDoesNotHave_isEmpty() {
    assertThat(bot.tonearm.guild(bot.lavalink().player(TestBot.newGuildId(0, 1)))).isEmpty();
  }

  @Test
  void install_isTheInterceptorAndAListenerOfTheBuiltJda() {
    JDABuilder builder = JDABuilder.createDefault(bot.discord.botToken());
    assertThat(bot.tonearm.install(builder)).isSameAs(builder);
    DefaultShardManagerBuilder shards = DefaultShardManagerBuilder.createDefault(bot.discord.botToken());
    assertThat(bot.tonearm.install(shards)).isSameAs(shards);

    assertThat(bot.jda().getRegisteredListeners()).contains(bot.tonearm);
    // Voice reaches Lavalink only through the interceptor.
    guild.join();
  }

  @Test
  void builder_token_connectsTheNodeWithTheTokensUserId() {
    assertThat(bot.session().userId()).isEqualTo(bot.discord.botId());
    assertThat(bot.lavalink().nodes().get(0).state()).isEqualTo(NodeState.CONNECTED);
  }

  @Test
  void close_closesTheClientAndLaterVoiceUpdatesAreIgnored() throws Exception {
    try (TestBot own = TestBot.start()) {
      TestGuild guild = own.newGuild();
      JsonObject voice = guild.join();

      own.tonearm.close();
      guild.fake().moveBot(guild.otherVoice);
      own.awaitHandled(guild.id);

      assertThat(own.lavalink().isClosed()).isTrue();
      assertThatThrownBy(() -> own.tonearm.player(guild.jda()))
          .isInstanceOf(IllegalStateException.class);
      assertThat(guild.nodePlayer().orElseThrow().voice()).isEqualTo(voice);
      assertThat(own.jda().getStatus()).isEqualTo(JDA.Status.CONNECTED);
      guild.awaitBotInJda(guild.otherVoice);
    }
  }

  @Test
  void builder_withoutUserId_createsTheClientWhenJdaIsReady() throws Exception {
    try (FakeLavalink node = FakeLavalink.start();
        FakeDiscord discord = FakeDiscord.builder().guild(TestBot.guildSpec(TestBot.newGuildId(0, 1)))
            .build();
        TonearmJda tonearm = TonearmJda.builder()
            .node(NodeOptions.builder("main", node.uri(), node.password()).build())
            .scheduler(node.clock())
            .build()) {
      assertThatThrownBy(tonearm::lavalink).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("JDA is ready");

      JDA jda = tonearm.install(discord.configure(JDABuilder.createDefault(discord.botToken())))
          .build().awaitReady();
      try {
        FakeSession session = node.awaitSession(WAIT);
        assertThat(session.userId()).isEqualTo(discord.botId());
        eventually().until(session::resuming);
        Guild guild = jda.getGuilds().get(0);
        tonearm.connect(guild.getVoiceChannelById(TestGuild.voiceOf(guild.getIdLong())));
        eventually().until(() -> session.player(guild.getIdLong())
            .map(player -> player.connected()).orElse(false));
      } finally {
        jda.shutdownNow();
        jda.awaitShutdown();
      }
    }
  }

  @Test
  void builder_withoutUserId_notInstalled_learnsItFromTheFirstChannelItIsGiven() throws Exception {
    try (FakeLavalink node = FakeLavalink.start();
        FakeDiscord discord = FakeDiscord.builder().guild(TestBot.guildSpec(TestBot.newGuildId(0, 1)))
            // Without Tonearm's interceptor JDA would open its own voice connection.
            .voiceResponses(VoiceResponses.builder().sendServer(false).build())
            .build();
        TonearmJda tonearm = TonearmJda.builder()
            .node(NodeOptions.builder("main", node.uri(), node.password()).build())
            .scheduler(node.clock())
            .build()) {
      JDA jda = discord.configure(JDABuilder.createDefault(discord.botToken())).build().awaitReady();
      try {
        Guild guild = jda.getGuilds().get(0);

        tonearm.connect(guild.getVoiceChannelById(TestGuild.voiceOf(guild.getIdLong())));

        FakeSession session = node.awaitSession(WAIT);
        assertThat(session.userId()).isEqualTo(discord.botId());
        assertThat(tonearm.lavalink().existingPlayer(guild.getIdLong())).isPresent();
        eventually().until(session::resuming);
      } finally {
        jda.shutdownNow();
        jda.awaitShutdown();
      }
    }
  }

  @Test
  void builder_invalidValues_throw() {
    long botId = bot.discord.botId();
    assertThatThrownBy(() -> TonearmJda.builder(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TonearmJda.builder("not a token"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TonearmJda.builder(botId).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("node");
    assertThatThrownBy(() -> TonearmJda.builder(botId).unexpectedLeaveGrace(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    NodeOptions node = NodeOptions.builder("main", URI.create("http://127.0.0.1:1"), "x").build();
    assertThatThrownBy(() -> TonearmJda.builder(botId).node(node).node(node))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("main");
  }
}
