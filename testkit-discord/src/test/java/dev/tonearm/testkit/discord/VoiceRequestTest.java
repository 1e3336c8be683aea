package dev.tonearm.testkit.discord;

import static dev.tonearm.testkit.discord.Fixtures.GUILD;
import static dev.tonearm.testkit.discord.Fixtures.OTHER_VOICE;
import static dev.tonearm.testkit.discord.Fixtures.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.tonearm.testkit.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.entities.Guild;
import org.junit.jupiter.api.Test;

/** The bot's opcode 4, answered as VoiceResponses say, observed through JDA's interceptor. */
class VoiceRequestTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final RecordingInterceptor interceptor = new RecordingInterceptor();

  private Bot login(FakeDiscord discord) throws InterruptedException {
    return Bot.login(discord, builder -> builder.setVoiceDispatchInterceptor(interceptor));
  }

  private static FakeDiscord fake(UnaryOperator<FakeDiscordBuilder> customize) {
    return customize.apply(FakeDiscord.builder().guild(Fixtures.guild())).build();
  }

  private static void connect(Bot bot, long channelId) {
    Guild guild = bot.jda.getGuildById(GUILD);
    bot.jda.getDirectAudioController().connect(guild.getVoiceChannelById(channelId));
  }

  private static void awaitRequests(FakeDiscord discord, int count) {
    await().atMost(WAIT).until(() -> discord.voiceStateRequests().size() >= count);
  }

  private static List<String> voiceDispatches(FakeDiscord discord) {
    return discord.dispatches().stream().filter(d -> d.type().startsWith("VOICE_"))
        .map(d -> d.type() + " " + d.payload()).toList();
  }

  @Test
  void connect_standardAnswer_interceptorSeesStateThenServerWithTheSessionId() throws Exception {
    try (FakeDiscord discord = fake(b -> b); Bot bot = login(discord)) {
      connect(bot, VOICE);

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);
      String session = discord.shard(0).sessionId().orElseThrow();
      assertThat(interceptor.calls.get(0)).isEqualTo("state " + VOICE + " " + session);
      assertThat(interceptor.calls.get(1))
          .startsWith("server " + discord.ownVoiceEndpoint() + " ");
      assertThat(discord.voiceStateRequests()).containsExactly(
          new VoiceStateRequest(GUILD, VOICE, false, false));
      assertThat(discord.guild(GUILD).voiceState(discord.botId()).orElseThrow().channelId())
          .isEqualTo(VOICE);
      assertThat(bot.jda.getGuildById(GUILD).getSelfMember().getVoiceState().getChannel()
          .getIdLong()).isEqualTo(VOICE);
    }
  }

  @Test
  void move_serverFirst_interceptorSeesServerThenState() throws Exception {
    try (FakeDiscord discord = fake(b -> b); Bot bot = login(discord)) {
      // JDA passes a server update on only while the bot's voice state has a session id, that is
      // while it is in a channel: server-first shows on a move.
      connect(bot, VOICE);
      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);
      discord.voiceResponses(VoiceResponses.builder()
          .order(VoiceResponses.Order.SERVER_FIRST).build());

      connect(bot, OTHER_VOICE);

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 4);
      assertThat(interceptor.kinds()).containsExactly("state", "server", "server", "state");
      assertThat(interceptor.calls.get(3)).startsWith("state " + OTHER_VOICE + " ");
      assertThat(voiceDispatches(discord).get(2)).startsWith("VOICE_SERVER_UPDATE");
    }
  }

  @Test
  void disconnect_channelNull_answersStateWithoutChannelAndNoServer() throws Exception {
    try (FakeDiscord discord = fake(b -> b); Bot bot = login(discord)) {
      connect(bot, VOICE);
      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);

      bot.jda.getDirectAudioController().disconnect(bot.jda.getGuildById(GUILD));

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 3);
      assertThat(interceptor.calls.get(2)).startsWith("state none ");
      assertThat(discord.voiceStateRequests().get(1).leaves()).isTrue();
      assertThat(discord.guild(GUILD).voiceState(discord.botId())).isEmpty();
      assertThat(voiceDispatches(discord)).hasSize(3);
    }
  }

  @Test
  void connect_selfMutedAndDeafened_requestAndAnswerCarryTheFlags() throws Exception {
    try (FakeDiscord discord = fake(b -> b); Bot bot = login(discord)) {
      Guild guild = bot.jda.getGuildById(GUILD);
      guild.getAudioManager().setSelfMuted(true);
      guild.getAudioManager().setSelfDeafened(true);

      connect(bot, VOICE);

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);
      assertThat(discord.voiceStateRequests().get(0))
          .isEqualTo(new VoiceStateRequest(GUILD, VOICE, true, true));
      VoiceState state = discord.guild(GUILD).voiceState(discord.botId()).orElseThrow();
      assertThat(state.selfMute()).isTrue();
      assertThat(state.selfDeaf()).isTrue();
      assertThat(guild.getSelfMember().getVoiceState().isSelfDeafened()).isTrue();
    }
  }

  @Test
  void connect_delayOnClock_answersOnlyWhenTheClockReachesIt() throws Exception {
    VirtualClock clock = new VirtualClock();
    try (FakeDiscord discord = fake(b -> b.clock(clock).voiceResponses(
             VoiceResponses.builder().delay(Duration.ofSeconds(2)).build()));
         Bot bot = login(discord)) {
      connect(bot, VOICE);
      awaitRequests(discord, 1);

      clock.advance(Duration.ofMillis(1999));
      assertThat(voiceDispatches(discord)).isEmpty();
      clock.advance(Duration.ofMillis(1));

      assertThat(voiceDispatches(discord)).hasSize(2);
      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);
      assertThat(interceptor.kinds()).containsExactly("state", "server");
    }
  }

  @Test
  void connect_nullEndpointFirst_interceptorSeesOnlyTheRealEndpointAfterTheClock()
      throws Exception {
    VirtualClock clock = new VirtualClock();
    try (FakeDiscord discord = fake(b -> b.clock(clock).voiceResponses(VoiceResponses.builder()
             .nullEndpointFirst(Duration.ofSeconds(3)).endpoint("c-ams02-5678.discord.media:443")
             .build()));
         Bot bot = login(discord)) {
      connect(bot, VOICE);
      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 1);
      Dispatch nullEndpoint = discord.dispatches().get(discord.dispatches().size() - 1);
      assertThat(nullEndpoint.type()).isEqualTo("VOICE_SERVER_UPDATE");
      assertThat(JsonParser.parseString(nullEndpoint.payload()).getAsJsonObject()
          .get("endpoint").isJsonNull()).isTrue();

      clock.advance(Duration.ofSeconds(3));

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 2);
      assertThat(interceptor.calls.get(1)).startsWith("server c-ams02-5678.discord.media:443 ");
      assertThat(interceptor.kinds()).containsExactly("state", "server");
    }
  }

  @Test
  void connect_twoRepeats_answerIsSentThreeTimes() throws Exception {
    try (FakeDiscord discord = fake(b -> b.voiceResponses(
             VoiceResponses.builder().repeats(2).build()));
         Bot bot = login(discord)) {
      connect(bot, VOICE);

      await().atMost(WAIT).until(() -> interceptor.calls.size() >= 6);
      assertThat(interceptor.kinds()).containsExactly("state", "server", "state", "server",
          "state", "server");
      assertThat(interceptor.calls.stream().filter(c -> c.startsWith("server")).distinct())
          .hasSize(1);
    }
  }

  @Test
  void connect_serverLeftOut_interceptorSeesOnlyTheState() throws Exception {
    try (FakeDiscord discord = fake(b -> b.voiceResponses(
             VoiceResponses.builder().sendServer(false).build()));
         Bot bot = login(discord)) {
      connect(bot, VOICE);
      awaitRequests(discord, 1);

      assertThat(voiceDispatches(discord)).singleElement().asString()
          .startsWith("VOICE_STATE_UPDATE");
    }
  }

  @Test
  void build_delayWithoutClock_isRefused() {
    FakeDiscordBuilder builder = FakeDiscord.builder().voiceResponses(
        VoiceResponses.builder().delay(Duration.ofSeconds(1)).build());

    org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("VirtualClock");
  }
}
