package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.ALICE;
import static dev.tonearm.jda.TestBot.BOB;
import static dev.tonearm.jda.TestBot.OTHER_BOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.player.InactivityPolicy;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whether the bot is alone (with bots only) in its channel, read from JDA's voice states as
 * members join, leave and move, feeds the client's inactivity timeout: alone for the whole timeout
 * gives an {@link InactivePlayerEvent} with reason ALONE. Alice sits in {@code voice} from the
 * start; {@code otherVoice} is empty.
 */
class AloneTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static TestBot bot;
  private TestGuild guild;

  @BeforeAll
  static void login() throws Exception {
    bot = TestBot.options().lavalink(lavalink -> lavalink.inactivity(
        new InactivityPolicy(TIMEOUT, InactivityPolicy.Action.NOTHING))).start();
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

  /** A member joins or moves to a channel; returns once Tonearm heard of it through JDA. */
  private void joins(long userId, long channelId) {
    guild.fake().joinVoice(userId, channelId);
    bot.awaitJdaEvent(GuildVoiceUpdateEvent.class, e -> e.getGuild().getIdLong() == guild.id
        && e.getMember().getIdLong() == userId && e.getChannelJoined() != null
        && e.getChannelJoined().getIdLong() == channelId);
  }

  /** A member leaves voice; returns once Tonearm heard of it through JDA. */
  private void leaves(long userId) {
    guild.fake().leaveVoice(userId);
    bot.awaitJdaEvent(GuildVoiceUpdateEvent.class, e -> e.getGuild().getIdLong() == guild.id
        && e.getMember().getIdLong() == userId && e.getChannelJoined() == null);
  }

  private List<InactivityReason> inactiveAfterTimeout() {
    bot.clock().advance(TIMEOUT.plusSeconds(1));
    return guild.events(InactivePlayerEvent.class).stream().map(InactivePlayerEvent::reason)
        .toList();
  }

  @Test
  void botJoins_channelWithAHuman_isNotAlone() {
    guild.join(guild.voice);

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void botJoins_emptyChannel_isAlone() {
    guild.join(guild.otherVoice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void botJoins_channelWithOnlyAnotherBot_isAlone() {
    joins(OTHER_BOT, guild.otherVoice);

    guild.join(guild.otherVoice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void lastHumanLeaves_botIsAlone() {
    guild.join(guild.voice);

    leaves(ALICE);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void lastHumanMovesToAnotherChannel_botIsAlone() {
    guild.join(guild.voice);

    joins(ALICE, guild.otherVoice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void oneOfTwoHumansLeaves_botIsNotAlone() {
    joins(BOB, guild.voice);
    guild.join(guild.voice);

    leaves(ALICE);

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void humanJoinsBeforeTheTimeout_botIsNotInactive() {
    guild.join(guild.otherVoice);
    bot.clock().advance(TIMEOUT.dividedBy(2));

    joins(BOB, guild.otherVoice);

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void humanMovesInBeforeTheTimeout_botIsNotInactive() {
    guild.join(guild.otherVoice);
    bot.clock().advance(TIMEOUT.dividedBy(2));

    joins(ALICE, guild.otherVoice);

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void otherBotJoins_botStaysAlone() {
    guild.join(guild.otherVoice);

    joins(OTHER_BOT, guild.otherVoice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void humanElsewhere_doesNotKeepTheBotCompany() {
    guild.join(guild.otherVoice);

    joins(BOB, guild.voice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void botMovedFromAnEmptyChannelToAHuman_isNotAlone() {
    guild.join(guild.otherVoice);

    guild.fake().moveBot(guild.voice);
    guild.awaitVoice(guild.voice);

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void botMovedAwayFromAHuman_isAlone() {
    guild.join(guild.voice);

    guild.fake().moveBot(guild.otherVoice);
    guild.awaitVoice(guild.otherVoice);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }
}
