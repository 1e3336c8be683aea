package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceResponses.Order;
import dev.tonearm.track.Track;
import java.time.Duration;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member moves the bot to another channel: Lavalink gets the new channel and the track keeps
 * playing there. Lavalink reports the old voice connection closed with 4014, before or after the
 * client hears of the move; neither order ends the player.
 */
class MoveTest {
  private static TestBot bot;
  private TestGuild guild;
  private JsonObject joined;
  private Track track;

  @BeforeAll
  static void login() throws Exception {
    bot = TestBot.start();
  }

  @AfterAll
  static void shutDown() throws Exception {
    bot.close();
  }

  @BeforeEach
  void joinAndPlay() throws Exception {
    guild = bot.newGuild();
    joined = guild.join();
    track = guild.play();
  }

  @AfterEach
  void cleanUp() {
    bot.cleanUp(guild);
  }

  /** Plays on, connected, in the channel: its position moves with the clock. */
  private void assertStillPlaying(long channelId) {
    eventually().until(() -> guild.nodePlayer().orElseThrow().connected());
    assertThat(guild.events(PlayerDisconnectEvent.class)).isEmpty();
    Player player = guild.player().orElseThrow();
    assertThat(player.isDestroyed()).isFalse();
    assertThat(player.channelId()).isEqualTo(channelId);
    assertThat(guild.playingOnNode()).isEqualTo(track.info().identifier());
    long position = guild.nodePlayer().orElseThrow().position();
    bot.clock().advance(Duration.ofSeconds(1));
    assertThat(guild.nodePlayer().orElseThrow().position()).isGreaterThan(position);
  }

  @Test
  void move_lavalinkGetsTheNewChannelAndTheTrackPlaysOn() {
    guild.fake().moveBot(guild.otherVoice);

    JsonObject moved = guild.awaitVoice(guild.otherVoice);
    assertStillPlaying(guild.otherVoice);
    assertThat(guild.voicePatches()).startsWith(joined).endsWith(moved);
    assertThat(guild.voicePatches()).allSatisfy(voice -> assertThat(voice.get("sessionId"))
        .isEqualTo(joined.get("sessionId")));
    assertThat(guild.requests()).hasSize(1);
    assertThat(bot.tonearm.channel(guild.player().orElseThrow()))
        .containsSame(guild.channel(guild.otherVoice));
  }

  @Test
  void move_4014BeforeTheNewState_isIgnoredAndThePlayerReconnectsInTheNewChannel() {
    guild.nodeReports4014();
    WebSocketClosedEvent closed = bot.awaitEvent(guild.id, WebSocketClosedEvent.class);

    guild.fake().moveBot(guild.otherVoice);

    assertThat(closed.closeCode()).isEqualTo(DiscordVoiceCloseCode.DISCONNECTED);
    guild.awaitVoice(guild.otherVoice);
    assertStillPlaying(guild.otherVoice);
  }

  @Test
  void move_4014AfterTheNewState_isIgnored() {
    guild.fake().moveBot(guild.otherVoice);
    guild.awaitVoice(guild.otherVoice);

    guild.nodeReports4014();

    assertThat(bot.awaitEvent(guild.id, WebSocketClosedEvent.class).code()).isEqualTo(4014);
    bot.drainEvents();
    assertThat(guild.events(PlayerDisconnectEvent.class)).isEmpty();
    assertThat(guild.player().orElseThrow().isDestroyed()).isFalse();
    assertThat(guild.playingOnNode()).isEqualTo(track.info().identifier());
  }

  @Test
  void move_serverThenState_endsOnTheNewChannelAndServer() {
    bot.discord.voiceResponses(VoiceResponses.builder().order(Order.SERVER_FIRST).build());
    guild.nodeReports4014();

    guild.fake().moveBot(guild.otherVoice);

    JsonObject moved = guild.awaitVoice(guild.otherVoice);
    assertThat(moved.get("token")).isNotEqualTo(joined.get("token"));
    assertThat(guild.voicePatches()).last().isEqualTo(moved);
    assertStillPlaying(guild.otherVoice);
  }

  @Test
  void move_andBack_followsBothMoves() {
    guild.fake().moveBot(guild.otherVoice);
    guild.awaitVoice(guild.otherVoice);

    guild.fake().moveBot(guild.voice);

    JsonObject back = guild.awaitVoice(guild.voice);
    assertThat(guild.voicePatches()).last().isEqualTo(back);
    assertStillPlaying(guild.voice);
    assertThat(bot.tonearm.channel(guild.player().orElseThrow()))
        .containsSame(guild.channel(guild.voice));
  }

  @Test
  void move_toAStageChannel_isFollowed() {
    // JDA's AudioChannel covers stage channels too.
    long guildId = TestBot.newGuildId(0, 1);
    long stage = guildId + 4;
    TestGuild stageGuild = bot.addGuild(TestGuild.spec(guildId).stageChannel(stage, "Stage").build());
    try {
      stageGuild.join();
      stageGuild.fake().moveBot(stage);

      stageGuild.awaitVoice(stage);
      assertThat(bot.tonearm.channel(stageGuild.player().orElseThrow()).orElseThrow().getType())
          .isEqualTo(ChannelType.STAGE);
    } finally {
      bot.cleanUp(stageGuild);
    }
  }
}
