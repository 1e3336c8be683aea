package dev.tonearm.testkit.discord;

import static dev.tonearm.testkit.discord.Fixtures.BOB;
import static dev.tonearm.testkit.discord.Fixtures.GUILD;
import static dev.tonearm.testkit.discord.Fixtures.OTHER_VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Heartbeats, reconnects, resumes, invalid sessions and close codes, with real JDA. */
class GatewaySessionTest {
  private static final Duration WAIT = Duration.ofSeconds(8);
  private static final int IDENTIFY = 2;
  private static final int RESUME = 6;

  private static FakeDiscord fake() {
    return FakeDiscord.builder().guild(Fixtures.guild()).build();
  }

  private static List<GatewayFrame> frames(FakeDiscord discord, int op) {
    return discord.frames().stream().filter(frame -> frame.op() == op).toList();
  }

  private static void awaitResumed(Bot bot) {
    await().atMost(WAIT).until(() -> !bot.events(SessionResumeEvent.class).isEmpty()
        && bot.jda.getStatus() == JDA.Status.CONNECTED);
  }

  @Test
  void heartbeat_shortInterval_everyHeartbeatIsAcknowledged() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder().heartbeatInterval(Duration.ofMillis(50))
             .build();
         Bot bot = Bot.login(discord)) {
      await().atMost(WAIT).until(() -> frames(discord, 1).size() >= 6);

      // JDA reconnects after two heartbeats without an acknowledgement.
      assertThat(discord.handshakes()).hasSize(1);
      assertThat(bot.jda.getGatewayPing()).isNotNegative();
    }
  }

  @Test
  void ackHeartbeats_off_jdaReconnectsAndResumes() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder().heartbeatInterval(Duration.ofMillis(50))
             .build();
         Bot bot = Bot.login(discord)) {
      discord.ackHeartbeats(false);
      await().atMost(WAIT).until(() -> discord.handshakes().size() >= 2);
      discord.ackHeartbeats(true);

      awaitResumed(bot);
      assertThat(frames(discord, IDENTIFY)).hasSize(1);
    }
  }

  @Test
  void requestReconnect_op7_jdaResumesAtTheResumeUrlAndGetsWhatItMissed() throws Exception {
    try (FakeDiscord discord = fake(); Bot bot = Bot.login(discord)) {
      String session = discord.shard(0).sessionId().orElseThrow();

      discord.shard(0).requestReconnect();
      discord.guild(GUILD).joinVoice(BOB, OTHER_VOICE);

      awaitResumed(bot);
      await().atMost(WAIT).until(() -> !bot.events(GuildVoiceUpdateEvent.class).isEmpty());
      assertThat(discord.handshakes()).hasSize(2);
      assertThat(discord.handshakes().get(1).viaResumeUrl()).isTrue();
      assertThat(frames(discord, RESUME)).singleElement()
          .satisfies(frame -> assertThat(frame.payload()).contains(session));
      assertThat(frames(discord, IDENTIFY)).hasSize(1);
      List<String> types = discord.dispatches().stream().map(Dispatch::type).toList();
      assertThat(types.subList(types.size() - 2, types.size()))
          .containsExactly("VOICE_STATE_UPDATE", "RESUMED");
      assertThat(bot.jda.getGuildById(GUILD).getMemberById(BOB).getVoiceState().getChannel()
          .getIdLong()).isEqualTo(OTHER_VOICE);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {4000, 4009})
  void close_resumableCode_jdaResumesTheSession(int code) throws Exception {
    try (FakeDiscord discord = fake(); Bot bot = Bot.login(discord)) {
      discord.shard(0).close(code, "closed by the test");

      awaitResumed(bot);
      assertThat(frames(discord, RESUME)).hasSize(1);
      assertThat(frames(discord, IDENTIFY)).hasSize(1);
      assertThat(discord.shard(0).isConnected()).isTrue();
    }
  }

  @Test
  void invalidateSession_resumable_jdaResumes() throws Exception {
    try (FakeDiscord discord = fake(); Bot bot = Bot.login(discord)) {
      discord.shard(0).invalidateSession(true);

      awaitResumed(bot);
      assertThat(frames(discord, IDENTIFY)).hasSize(1);
    }
  }

  @Test
  void invalidateSession_notResumable_jdaIdentifiesAgainAndSeesTheGuildAsItIsNow()
      throws Exception {
    try (FakeDiscord discord = fake(); Bot bot = Bot.login(discord)) {
      String first = discord.shard(0).sessionId().orElseThrow();
      discord.withoutDispatches(() -> discord.guild(GUILD).deleteChannel(OTHER_VOICE));

      discord.shard(0).invalidateSession(false);

      await().atMost(WAIT).until(() -> !bot.events(SessionRecreateEvent.class).isEmpty());
      assertThat(frames(discord, IDENTIFY)).hasSize(2);
      assertThat(discord.shard(0).sessionId()).isPresent().get().isNotEqualTo(first);
      assertThat(bot.jda.getGuildById(GUILD).getVoiceChannelById(OTHER_VOICE)).isNull();
      assertThat(bot.events(ChannelDeleteEvent.class)).isEmpty();
    }
  }

  @Test
  void close4004_authenticationFailed_jdaShutsDown() throws Exception {
    try (FakeDiscord discord = fake(); Bot bot = Bot.login(discord)) {
      discord.shard(0).close(4004, "Authentication failed.");

      await().atMost(WAIT).until(() -> bot.jda.getStatus() == JDA.Status.SHUTDOWN);
      assertThat(bot.events(ShutdownEvent.class)).singleElement()
          .satisfies(event -> assertThat(event.getCode()).isEqualTo(4004));
    }
  }

  @Test
  void rejectIdentify_atLogin_awaitReadyFailsWithTheAuthenticationError() throws Exception {
    try (FakeDiscord discord = fake()) {
      discord.rejectIdentify(true);
      JDA jda = discord.configure(JDABuilder.createDefault(discord.botToken())).build();
      try {
        assertThatThrownBy(jda::awaitReady).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("AUTHENTICATION_FAILED");
      } finally {
        jda.shutdownNow();
        jda.awaitShutdown();
      }
    }
  }

  @Test
  void close_withJdaConnected_jdaSeesANormalCloseFrame() throws Exception {
    FakeDiscord discord = fake();
    try (Bot bot = Bot.login(discord)) {
      discord.close();

      await().atMost(WAIT).until(() -> !bot.events(SessionDisconnectEvent.class).isEmpty());
      SessionDisconnectEvent event = bot.events(SessionDisconnectEvent.class).get(0);
      assertThat(event.isClosedByServer()).isTrue();
      assertThat(event.getServiceCloseFrame().getCloseCode()).isEqualTo(1000);
    }
  }

  @Test
  void build_wrongToken_restRefusesItAndJdaThrowsInvalidToken() {
    try (FakeDiscord discord = fake();
         FakeDiscord other = FakeDiscord.builder().botId(42).build()) {
      JDABuilder builder = discord.configure(JDABuilder.createDefault(other.botToken()));

      assertThatThrownBy(builder::build).isInstanceOf(InvalidTokenException.class);
      assertThat(discord.restCalls()).singleElement()
          .satisfies(call -> assertThat(call.status()).isEqualTo(401));
    }
  }
}
