package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.player.InactivityPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.entities.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whether the bot is alone (with bots only) in its channel feeds the client's inactivity timeout:
 * alone for the whole timeout gives an {@link InactivePlayerEvent} with reason ALONE.
 */
class AloneTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final JdaHarness harness = new JdaHarness(UnaryOperator.identity(),
      lavalink -> lavalink.inactivity(new InactivityPolicy(TIMEOUT, InactivityPolicy.Action.NOTHING)));
  private final FakeGuild guild = harness.discord.single().guild(GUILD);
  private final Member human = guild.human(500);
  private final Member otherBot = guild.bot(600);

  @AfterEach
  void close() {
    harness.close();
  }

  private List<InactivityReason> inactiveAfterTimeout() throws Exception {
    harness.fake.clock().advance(TIMEOUT.plusSeconds(1));
    harness.drainEvents();
    return harness.eventsOf(InactivePlayerEvent.class).stream().map(InactivePlayerEvent::reason).toList();
  }

  @Test
  void botJoins_channelWithAHuman_isNotAlone() throws Exception {
    guild.memberVoice(human, guild.channel(CHANNEL));

    harness.join(guild, CHANNEL, "session-1", "token-1");

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void botJoins_emptyChannel_isAlone() throws Exception {
    harness.join(guild, CHANNEL, "session-1", "token-1");

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void botJoins_channelWithOnlyBots_isAlone() throws Exception {
    guild.memberVoice(otherBot, guild.channel(CHANNEL));

    harness.join(guild, CHANNEL, "session-1", "token-1");

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void lastHumanLeaves_botIsAlone() throws Exception {
    guild.memberVoice(human, guild.channel(CHANNEL));
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.memberVoice(human, null);

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void lastHumanMovesToAnotherChannel_botIsAlone() throws Exception {
    guild.memberVoice(human, guild.channel(CHANNEL));
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.memberVoice(human, guild.channel(OTHER_CHANNEL));

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void humanComesBackBeforeTheTimeout_botIsNotInactive() throws Exception {
    harness.join(guild, CHANNEL, "session-1", "token-1");
    harness.fake.clock().advance(TIMEOUT.dividedBy(2));

    guild.memberVoice(human, guild.channel(CHANNEL));

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void humanElsewhere_doesNotKeepTheBotCompany() throws Exception {
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.memberVoice(human, guild.channel(OTHER_CHANNEL));

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }

  @Test
  void botMovesFromAnEmptyChannelToAHuman_isNotAlone() throws Exception {
    guild.memberVoice(human, guild.channel(OTHER_CHANNEL));
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");

    assertThat(inactiveAfterTimeout()).isEmpty();
  }

  @Test
  void botMovesAwayFromAHuman_isAlone() throws Exception {
    guild.memberVoice(human, guild.channel(CHANNEL));
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");

    assertThat(inactiveAfterTimeout()).containsExactly(InactivityReason.ALONE);
  }
}
