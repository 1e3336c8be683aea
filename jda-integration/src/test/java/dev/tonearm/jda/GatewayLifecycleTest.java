package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.GRACE;
import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.discord.FakeShard;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.Track;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gateway sessions of one JDA: a RESUME leaves players alone, a new session (re-IDENTIFY) joins
 * each player's channel again so that Lavalink gets fresh voice credentials, a shutdown ends them.
 */
class GatewayLifecycleTest {
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

  private static FakeShard shard() {
    return bot.discord.shard(0);
  }

  /** Runs a gateway fault and waits until JDA fired the event it ends with, after Tonearm. */
  private static void awaitAfter(Runnable fault, Class<? extends GenericEvent> ending) {
    long before = bot.jdaEvents(ending).size();
    fault.run();
    eventually().until(() -> bot.jdaEvents(ending).size() > before
        && bot.jda().getStatus() == JDA.Status.CONNECTED);
  }

  /** The ways Discord's gateway makes JDA resume its session. */
  enum Resume {
    RECONNECT_OPCODE_7(() -> shard().requestReconnect()),
    RESUMABLE_INVALID_SESSION(() -> shard().invalidateSession(true)),
    CLOSE_4000(() -> shard().close(4000, "Unknown error"));

    final Runnable fault;

    Resume(Runnable fault) {
      this.fault = fault;
    }
  }

  @ParameterizedTest
  @EnumSource(Resume.class)
  void resume_leavesPlayersAlone(Resume resume) throws Exception {
    JsonObject voice = guild.join();
    Track track = guild.play();
    String session = shard().sessionId().orElseThrow();

    awaitAfter(resume.fault, SessionResumeEvent.class);

    assertThat(shard().sessionId()).contains(session);
    assertThat(bot.voiceRequestsAfterFlush(guild)).hasSize(1);
    assertThat(guild.triggers()).isEmpty();
    assertThat(guild.voicePatches()).containsExactly(voice);
    assertThat(guild.playingOnNode()).isEqualTo(track.info().identifier());
    assertThat(guild.player().orElseThrow().connected()).isTrue();
  }

  @Test
  void newSession_rejoinsEveryPlayersChannelWithItsSettingsAndLavalinkGetsTheFreshVoice()
      throws Exception {
    TestGuild second = bot.newGuild();
    try {
      bot.tonearm.connect(guild.channel(guild.voice), false, true);
      JsonObject first = guild.awaitVoice(guild.voice);
      Track track = guild.play();
      JsonObject secondFirst = second.join(second.otherVoice);

      awaitAfter(() -> shard().invalidateSession(false), SessionRecreateEvent.class);

      assertThat(guild.awaitRequests(2))
          .isEqualTo(new VoiceStateRequest(guild.id, guild.voice, false, true));
      assertThat(second.awaitRequests(2))
          .isEqualTo(new VoiceStateRequest(second.id, second.otherVoice, false, false));
      String newSession = shard().sessionId().orElseThrow();
      JsonObject fresh = guild.awaitVoice(guild.voice);
      assertThat(fresh.get("sessionId").getAsString()).isEqualTo(newSession)
          .isNotEqualTo(first.get("sessionId").getAsString());
      assertThat(fresh.get("token")).isNotEqualTo(first.get("token"));
      assertThat(guild.voicePatches()).last().isEqualTo(fresh);
      JsonObject secondFresh = second.awaitVoice(second.otherVoice);
      assertThat(secondFresh.get("sessionId").getAsString()).isEqualTo(newSession);
      assertThat(secondFresh.get("token")).isNotEqualTo(secondFirst.get("token"));
      assertThat(guild.playingOnNode()).isEqualTo(track.info().identifier());
      assertThat(guild.triggers()).isEmpty();
      assertThat(second.triggers()).isEmpty();
      assertThat(bot.voiceRequestsAfterFlush(guild)).hasSize(2);
      assertThat(second.requests()).hasSize(2);
    } finally {
      bot.cleanUp(second);
    }
  }

  @Test
  void newSession_playersWithoutAChannelToRejoin_areNotRejoined() {
    // One new session (JDA waits 2 s before it identifies again) for every such player.
    TestGuild channelDeleted = guild;
    TestGuild guildLeft = bot.newGuild();
    TestGuild kicked = bot.newGuild();
    TestGuild neverJoined = bot.newGuild();
    try {
      channelDeleted.join();
      guildLeft.join();
      kicked.join();
      Player idle = bot.tonearm.player(neverJoined.jda());
      bot.discord.withoutDispatches(() -> {
        channelDeleted.fake().deleteChannel(channelDeleted.voice);
        guildLeft.fake().remove();
      });
      kicked.fake().disconnectBot();
      bot.awaitHandled(kicked.id);

      awaitAfter(() -> shard().invalidateSession(false), SessionRecreateEvent.class);

      assertThat(channelDeleted.triggers()).containsExactly(DisconnectTrigger.CHANNEL_DELETED);
      assertThat(guildLeft.triggers()).containsExactly(DisconnectTrigger.GUILD_LEFT);
      channelDeleted.awaitGoneOnNode();
      guildLeft.awaitGoneOnNode();
      bot.clock().advance(GRACE.plusMillis(1));
      assertThat(kicked.triggers()).containsExactly(DisconnectTrigger.LEFT_CHANNEL);
      assertThat(neverJoined.triggers()).isEmpty();
      assertThat(neverJoined.player()).containsSame(idle);
      assertThat(bot.voiceRequestsAfterFlush(channelDeleted)).hasSize(1);
      assertThat(guildLeft.requests()).hasSize(1);
      assertThat(kicked.requests()).hasSize(1);
      assertThat(neverJoined.requests()).isEmpty();
    } finally {
      bot.cleanUp(guildLeft);
      bot.cleanUp(kicked);
      bot.cleanUp(neverJoined);
    }
  }

  @Test
  void shutdown_endsEveryPlayerOnceWithGatewayShutdownAndCancelsWaitingLeaves() throws Exception {
    try (TestBot own = TestBot.start()) {
      TestGuild first = own.newGuild();
      TestGuild second = own.newGuild();
      first.join();
      first.play();
      second.join(second.otherVoice);
      second.fake().disconnectBot();
      own.awaitHandled(second.id);

      own.jda().shutdown();
      own.awaitJdaEvent(ShutdownEvent.class, event -> true);
      own.clock().advance(GRACE.plusMillis(1));

      assertThat(first.triggers()).containsExactly(DisconnectTrigger.GATEWAY_SHUTDOWN);
      assertThat(second.triggers()).containsExactly(DisconnectTrigger.GATEWAY_SHUTDOWN);
      assertThat(own.lavalink().players()).isEmpty();
      first.awaitGoneOnNode();
      second.awaitGoneOnNode();
      assertThat(first.playerCalls("DELETE")).hasSize(1);
      assertThat(first.requests()).hasSize(1);
    }
  }

  @Test
  void shutdown_thenANewJda_isTheOneUsedForVoice() throws Exception {
    try (TestBot own = TestBot.start()) {
      TestGuild guild = own.newGuild();
      guild.join();
      own.jda().shutdown();
      own.jda().awaitShutdown();
      JDA restarted = own.tonearm.install(own.discord.configure(
          JDABuilder.createDefault(own.discord.botToken()))).build().awaitReady();
      try {
        Player player = own.tonearm.connect(
            restarted.getGuildById(guild.id).getVoiceChannelById(guild.otherVoice));
        guild.awaitRequests(2);
        eventually().until(() -> guild.nodePlayer().map(p -> p.voice().get("channelId")
            .getAsString().equals(Long.toUnsignedString(guild.otherVoice))).orElse(false));

        player.disconnect().get(10, TimeUnit.SECONDS);

        assertThat(guild.awaitRequests(3).leaves()).isTrue();
        int newConnection = own.discord.handshakes().size() - 1;
        assertThat(own.discord.frames()).filteredOn(frame -> frame.op() == 4)
            .extracting(frame -> frame.connection()).containsExactly(0, newConnection, newConnection);
      } finally {
        restarted.shutdownNow();
        restarted.awaitShutdown();
      }
    }
  }
}
