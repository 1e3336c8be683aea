package dev.tonearm.jda;

import static dev.tonearm.jda.JdaHarness.CHANNEL;
import static dev.tonearm.jda.JdaHarness.ENDPOINT;
import static dev.tonearm.jda.JdaHarness.GUILD;
import static dev.tonearm.jda.JdaHarness.OTHER_CHANNEL;
import static dev.tonearm.jda.JdaHarness.OTHER_ENDPOINT;
import static dev.tonearm.jda.JdaHarness.voice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.jda.FakeDiscord.FakeGuild;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot moved to another channel keeps playing there. Discord closes the old voice connection
 * with 4014, before or after the client hears of the move; neither order ends the player.
 */
class MoveTest {
  private final JdaHarness harness = new JdaHarness();
  private final FakeGuild guild = harness.discord.single().guild(GUILD);
  private Track track;

  @BeforeEach
  void joinAndPlay() throws Exception {
    harness.join(guild, CHANNEL, "session-1", "token-1");
    track = harness.play(GUILD);
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private void assertStillPlaying(long channelId) throws Exception {
    harness.drainEvents();
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class)).isEmpty();
    Player player = harness.lavalink().existingPlayer(GUILD).orElseThrow();
    assertThat(player.isDestroyed()).isFalse();
    assertThat(player.channelId()).isEqualTo(channelId);
    assertThat(harness.fakePlayer(GUILD).trackInfo().identifier())
        .isEqualTo(track.info().identifier());
  }

  @Test
  void move_newChannel_sendsVoiceWithTheNewChannelAndKeepsPlaying() throws Exception {
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", OTHER_CHANNEL));
    assertStillPlaying(OTHER_CHANNEL);
    assertThat(harness.voicePatches()).containsExactly(
        voice("token-1", ENDPOINT, "session-1", CHANNEL),
        voice("token-1", ENDPOINT, "session-1", OTHER_CHANNEL));
  }

  @Test
  void move_4014BeforeTheNewState_playerSurvivesAndReconnectsInTheNewChannel() throws Exception {
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);
    WebSocketClosedEvent closed = harness.awaitEvent(WebSocketClosedEvent.class);

    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");

    assertThat(closed.closeCode()).isEqualTo(DiscordVoiceCloseCode.DISCONNECTED);
    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", OTHER_CHANNEL));
    assertStillPlaying(OTHER_CHANNEL);
  }

  @Test
  void move_4014AfterTheNewState_playerSurvives() throws Exception {
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");
    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", OTHER_CHANNEL));

    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);

    assertThat(harness.awaitEvent(WebSocketClosedEvent.class).code()).isEqualTo(4014);
    assertStillPlaying(OTHER_CHANNEL);
  }

  @Test
  void move_stateThenNewServer_endsOnTheNewChannelAndServer() throws Exception {
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");
    guild.voiceServer("token-2", OTHER_ENDPOINT);
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);

    harness.awaitVoice(GUILD, voice("token-2", OTHER_ENDPOINT, "session-1", OTHER_CHANNEL));
    assertStillPlaying(OTHER_CHANNEL);
  }

  @Test
  void move_newServerThenState_endsOnTheNewChannelAndServer() throws Exception {
    harness.session().emitWebSocketClosed(GUILD, 4014, "Disconnected", true);
    guild.voiceServer("token-2", OTHER_ENDPOINT);
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");

    harness.awaitVoice(GUILD, voice("token-2", OTHER_ENDPOINT, "session-1", OTHER_CHANNEL));
    assertStillPlaying(OTHER_CHANNEL);
    assertThat(harness.voicePatches()).last()
        .isEqualTo(voice("token-2", OTHER_ENDPOINT, "session-1", OTHER_CHANNEL));
  }

  @Test
  void move_andBack_followsBothMoves() throws Exception {
    guild.botVoiceState(guild.channel(OTHER_CHANNEL), "session-1");
    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", OTHER_CHANNEL));

    guild.botVoiceState(guild.channel(CHANNEL), "session-1");

    harness.awaitVoice(GUILD, voice("token-1", ENDPOINT, "session-1", CHANNEL));
    assertStillPlaying(CHANNEL);
    assertThat(harness.tonearm.channel(harness.lavalink().player(GUILD)))
        .containsSame(guild.channel(CHANNEL));
  }
}
