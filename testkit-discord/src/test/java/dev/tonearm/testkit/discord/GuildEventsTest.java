package dev.tonearm.testkit.discord;

import static dev.tonearm.testkit.discord.Fixtures.ALICE;
import static dev.tonearm.testkit.discord.Fixtures.BOB;
import static dev.tonearm.testkit.discord.Fixtures.GUILD;
import static dev.tonearm.testkit.discord.Fixtures.OTHER_BOT;
import static dev.tonearm.testkit.discord.Fixtures.OTHER_VOICE;
import static dev.tonearm.testkit.discord.Fixtures.TEXT;
import static dev.tonearm.testkit.discord.Fixtures.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What members, moderators and Discord do, scripted on the fake and seen by real JDA. */
class GuildEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final RecordingInterceptor interceptor = new RecordingInterceptor();
  private FakeDiscord discord;
  private Bot bot;
  private FakeGuild fakeGuild;

  @BeforeEach
  void logIn() throws InterruptedException {
    discord = FakeDiscord.builder().guild(Fixtures.guild()).build();
    bot = Bot.login(discord, builder -> builder.setVoiceDispatchInterceptor(interceptor));
    fakeGuild = discord.guild(GUILD);
  }

  @AfterEach
  void shutDown() throws InterruptedException {
    bot.close();
    discord.close();
  }

  private Guild guild() {
    return bot.jda.getGuildById(GUILD);
  }

  private void joinWithTheBot(long channelId) {
    bot.jda.getDirectAudioController().connect(guild().getVoiceChannelById(channelId));
    await().atMost(WAIT).until(() -> interceptor.kinds().contains("server"));
  }

  @Test
  void joinVoice_human_jdaFiresVoiceUpdateAndCachesTheChannel() {
    fakeGuild.joinVoice(BOB, OTHER_VOICE);

    await().atMost(WAIT).until(() -> !bot.events(GuildVoiceUpdateEvent.class).isEmpty());
    GuildVoiceUpdateEvent event = bot.events(GuildVoiceUpdateEvent.class).get(0);
    assertThat(event.getMember().getIdLong()).isEqualTo(BOB);
    assertThat(event.getChannelLeft()).isNull();
    assertThat(event.getChannelJoined().getIdLong()).isEqualTo(OTHER_VOICE);
    assertThat(guild().getVoiceChannelById(OTHER_VOICE).getMembers()).extracting(Member::getIdLong)
        .containsExactly(BOB);
  }

  @Test
  void joinVoice_otherBot_channelHoldsOnlyBotsBesidesTheBot() {
    fakeGuild.joinVoice(OTHER_BOT, OTHER_VOICE);

    await().atMost(WAIT).until(() -> !bot.events(GuildVoiceUpdateEvent.class).isEmpty());
    assertThat(guild().getVoiceChannelById(OTHER_VOICE).getMembers())
        .allMatch(member -> member.getUser().isBot()).hasSize(1);
  }

  @Test
  void leaveVoice_member_jdaFiresVoiceUpdateWithTheChannelLeft() {
    fakeGuild.leaveVoice(ALICE);

    await().atMost(WAIT).until(() -> !bot.events(GuildVoiceUpdateEvent.class).isEmpty());
    GuildVoiceUpdateEvent event = bot.events(GuildVoiceUpdateEvent.class).get(0);
    assertThat(event.getChannelLeft().getIdLong()).isEqualTo(VOICE);
    assertThat(event.getChannelJoined()).isNull();
    assertThat(guild().getVoiceChannelById(VOICE).getMembers()).isEmpty();
    assertThat(fakeGuild.voiceState(ALICE)).isEmpty();
  }

  @Test
  void moveBot_byMember_jdaMovesTheBotAndTheInterceptorSeesStateAndServer() {
    joinWithTheBot(VOICE);

    fakeGuild.moveBot(OTHER_VOICE);

    await().atMost(WAIT).until(() -> interceptor.calls.size() >= 4);
    assertThat(interceptor.kinds()).containsExactly("state", "server", "state", "server");
    assertThat(interceptor.calls.get(2)).startsWith("state " + OTHER_VOICE + " ");
    assertThat(guild().getSelfMember().getVoiceState().getChannel().getIdLong())
        .isEqualTo(OTHER_VOICE);
  }

  @Test
  void changeVoiceServer_whileInVoice_interceptorSeesTheNewEndpoint() {
    joinWithTheBot(VOICE);

    fakeGuild.changeVoiceServer("c-ams02-5678.discord.media:443");

    await().atMost(WAIT).until(() -> interceptor.calls.size() >= 3);
    assertThat(interceptor.calls.get(2)).startsWith("server c-ams02-5678.discord.media:443 ")
        .isNotEqualTo(interceptor.calls.get(1));
  }

  @Test
  void disconnectBot_byModerator_jdaSeesTheBotLeave() {
    joinWithTheBot(VOICE);

    fakeGuild.disconnectBot();

    await().atMost(WAIT).until(() -> interceptor.calls.size() >= 3);
    assertThat(interceptor.calls.get(2)).startsWith("state none ");
    assertThat(guild().getSelfMember().getVoiceState().getChannel()).isNull();
    assertThat(fakeGuild.voiceState(discord.botId())).isEmpty();
  }

  @Test
  void deleteChannel_withTheBotAndAMemberInside_deletesItAndEmptiesItsVoiceStates() {
    joinWithTheBot(VOICE);

    fakeGuild.deleteChannel(VOICE);

    await().atMost(WAIT).until(() -> interceptor.calls.size() >= 3
        && bot.events(GuildVoiceUpdateEvent.class).stream()
            .anyMatch(e -> e.getMember().getIdLong() == ALICE));
    assertThat(bot.events(ChannelDeleteEvent.class)).singleElement()
        .satisfies(e -> assertThat(e.getChannel().getIdLong()).isEqualTo(VOICE));
    assertThat(guild().getVoiceChannelById(VOICE)).isNull();
    assertThat(interceptor.calls.get(2)).startsWith("state none ");
    assertThat(guild().getMemberById(ALICE).getVoiceState().getChannel()).isNull();
    assertThat(discord.dispatches()).extracting(Dispatch::type).containsSubsequence(
        "CHANNEL_DELETE", "VOICE_STATE_UPDATE", "VOICE_STATE_UPDATE");
  }

  @Test
  void remove_guild_jdaFiresGuildLeaveAndForgetsIt() {
    fakeGuild.remove();

    await().atMost(WAIT).until(() -> !bot.events(GuildLeaveEvent.class).isEmpty());
    assertThat(bot.jda.getGuildById(GUILD)).isNull();
    assertThatThrownBy(() -> discord.guild(GUILD)).isInstanceOf(UnknownEntityException.class);
  }

  @Test
  void addGuild_whileConnected_jdaFiresGuildJoin() {
    long newGuild = 917_327_181_659_111_454L;

    discord.addGuild(GuildSpec.builder(newGuild).textChannel(newGuild + 1, "welcome").build());

    await().atMost(WAIT).until(() -> !bot.events(GuildJoinEvent.class).isEmpty());
    assertThat(bot.jda.getGuildById(newGuild).getTextChannelById(newGuild + 1).getName())
        .isEqualTo("welcome");
  }

  @Test
  void joinVoice_badInput_throwsTypedExceptionsNamingTheProblem() {
    assertThatThrownBy(() -> fakeGuild.joinVoice(42, VOICE))
        .isInstanceOf(UnknownEntityException.class).hasMessageContaining("42");
    assertThatThrownBy(() -> fakeGuild.joinVoice(BOB, TEXT))
        .isInstanceOf(UnknownEntityException.class).hasMessageContaining("TEXT");
    assertThatThrownBy(() -> fakeGuild.joinVoice(discord.botId(), VOICE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is the bot");
    assertThatThrownBy(() -> fakeGuild.leaveVoice(BOB))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no voice channel");
    assertThatThrownBy(() -> fakeGuild.disconnectBot())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> discord.guild(1234))
        .isInstanceOf(UnknownEntityException.class).hasMessageContaining("1234");
  }
}
