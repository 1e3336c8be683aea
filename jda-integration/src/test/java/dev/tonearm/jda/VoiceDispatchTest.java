package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.ENDPOINT;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.OTHER_ENDPOINT;
import static dev.tonearm.jda.JdaHarness.voice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.player.Player;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot's VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE, in every order JDA can hand them over. */
class VoiceDispatchTest {
  private final JdaHarness harness = new JdaHarness();
  private final FakeDiscord.Shard shard = harness.discord.single();
  private final FakeGuild guild = shard.guild(GUILD);

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void voice_stateThenServer_sendsOneCompleteVoiceUpdate() {
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");
    guild.voiceServer("token-1", ENDPOINT);

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.voicePatches()).containsExactly(voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.lavalink().player(GUILD).channelId()).isEqualTo(CHANNEL);
  }

  @Test
  void voice_serverThenState_sendsOneCompleteVoiceUpdate() {
    guild.voiceServer("token-1", ENDPOINT);
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.voicePatches()).containsExactly(voice("token-1", ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void voice_nullEndpointBetweenStateAndServer_waitsForTheServerWithAnEndpoint() {
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");
    guild.voiceServer("token-0", null);
    guild.voiceServer("token-1", ENDPOINT);

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.voicePatches()).containsExactly(voice("token-1", ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void voice_nullEndpointBeforeState_isIgnored() {
    guild.voiceServer("token-0", null);
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");
    harness.fake.clock().advance(Duration.ofSeconds(1));
    assertThat(harness.voicePatches()).isEmpty();

    guild.voiceServer("token-1", ENDPOINT);

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.voicePatches()).containsExactly(voice("token-1", ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void voice_stateOnly_sendsNothingAndTheTrackWaits() {
    guild.botVoiceState(guild.channel(CHANNEL), "session-1");

    harness.fake.clock().advance(Duration.ofSeconds(1));

    assertThat(harness.voicePatches()).isEmpty();
    assertThat(harness.lavalink().existingPlayer(GUILD)).get().extracting(Player::connected)
        .isEqualTo(false);
  }

  @Test
  void voice_identicalRepeat_isNotSentAgain() {
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.botVoiceState(guild.channel(CHANNEL), "session-1");
    guild.voiceServer("token-1", ENDPOINT);
    // A different server afterwards goes through the same ordered voice queue, so once it arrived
    // a PATCH for the repeat would have arrived before it.
    guild.voiceServer("token-2", OTHER_ENDPOINT);

    harness.awaitVoice(GUILD, voice("token-2", OTHER_ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.voicePatches()).containsExactly(
        voice("token-1", ENDPOINT, "session-1", CHANNEL),
        voice("token-2", OTHER_ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void voice_newServerForTheSameChannel_isSent() {
    harness.join(guild, CHANNEL, "session-1", "token-1");

    guild.voiceServer("token-2", OTHER_ENDPOINT);

    harness.awaitVoice(GUILD, voice("token-2", OTHER_ENDPOINT, "session-1", CHANNEL));
  }

  @Test
  void onVoiceStateUpdate_withAndWithoutChannel_returnsTrueSoJdaSettlesItsRequest() {
    assertThat(guild.botVoiceState(guild.channel(CHANNEL), "session-1")).isTrue();
    assertThat(guild.botVoiceState(null, "session-1")).isTrue();
  }

  @Test
  void onVoiceStateUpdate_otherGuilds_stayApart() {
    FakeGuild other = shard.guild(GUILD + 1);

    harness.join(guild, CHANNEL, "session-1", "token-1");
    harness.join(other, CHANNEL + 1, "session-1", "token-9");

    assertThat(harness.fakePlayer(GUILD).voice()).isEqualTo(voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertThat(harness.fakePlayer(GUILD + 1).voice())
        .isEqualTo(voice("token-9", ENDPOINT, "session-1", CHANNEL + 1));
  }
}
