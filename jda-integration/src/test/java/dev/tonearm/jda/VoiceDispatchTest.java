package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.discord.Dispatch;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceResponses.Order;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot's VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE, as the fake Discord answers the opcode 4
 * Tonearm sends through real JDA, in the orders and shapes Discord sends them, reach Lavalink as
 * one complete voice update.
 */
class VoiceDispatchTest {
  private static final String OTHER_ENDPOINT = "c-ams02-5678.discord.media:443";

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

  /** The voice dispatches the fake sent for the guild, by type, in order. */
  private List<String> voiceDispatches() {
    String guildId = "\"guild_id\":\"" + Long.toUnsignedString(guild.id) + "\"";
    return bot.discord.dispatches().stream()
        .filter(d -> d.type().startsWith("VOICE_") && d.payload().contains(guildId))
        .map(Dispatch::type).toList();
  }

  /** Waits until Tonearm's player heard the bot's voice state for the channel. */
  private void awaitStateReachedTonearm(long channelId) {
    eventually().until(() -> guild.player().map(p -> p.channelId() == channelId).orElse(false));
  }

  @Test
  void connect_stateThenServer_lavalinkGetsOneCompleteVoiceUpdateAndTheTrackStarts()
      throws Exception {
    Track track = guild.track();

    Player player = bot.tonearm.connect(guild.channel(guild.voice));
    CompletableFuture<Player> played = player.play(track);

    assertThat(guild.awaitRequests(1))
        .isEqualTo(new VoiceStateRequest(guild.id, guild.voice, false, false));
    JsonObject voice = guild.awaitVoice(guild.voice);
    assertThat(voiceDispatches()).containsExactly("VOICE_STATE_UPDATE", "VOICE_SERVER_UPDATE");
    assertThat(voice.get("sessionId").getAsString())
        .isEqualTo(bot.discord.shard(0).sessionId().orElseThrow());
    assertThat(guild.voicePatches()).containsExactly(voice);
    assertThat(played.get(10, TimeUnit.SECONDS)).isSameAs(player);
    assertThat(bot.awaitEvent(guild.id, TrackStartEvent.class).track().info().identifier())
        .isEqualTo(track.info().identifier());
    assertThat(guild.playingOnNode()).isEqualTo(track.info().identifier());
    assertThat(player.channelId()).isEqualTo(guild.voice);
  }

  @Test
  void move_serverThenState_lavalinkGetsOneCompleteVoiceUpdate() {
    // JDA hands a voice server to the interceptor only while its cache has the bot in a channel
    // with a session id, so Discord's server-first order reaches Tonearm when the bot moves.
    JsonObject first = guild.join();
    bot.discord.voiceResponses(VoiceResponses.builder().order(Order.SERVER_FIRST).build());

    bot.tonearm.connect(guild.channel(guild.otherVoice));

    JsonObject moved = guild.awaitVoice(guild.otherVoice);
    assertThat(voiceDispatches()).containsExactly("VOICE_STATE_UPDATE", "VOICE_SERVER_UPDATE",
        "VOICE_SERVER_UPDATE", "VOICE_STATE_UPDATE");
    assertThat(moved.get("token")).isNotEqualTo(first.get("token"));
    // The server alone completes a voice update for the old channel, which Lavalink gets before
    // the state that names the new one.
    assertThat(guild.voicePatches()).startsWith(first).endsWith(moved).hasSizeBetween(2, 3);
  }

  @Test
  void join_nullEndpointBetweenStateAndServer_lavalinkGetsOnlyTheServerWithAnEndpoint() {
    bot.discord.voiceResponses(
        VoiceResponses.builder().nullEndpointFirst(Duration.ofSeconds(1)).build());

    bot.tonearm.connect(guild.channel(guild.voice));
    awaitStateReachedTonearm(guild.voice);
    // The fake schedules the real endpoint once it sent the first answer, under the lock that
    // reading its dispatches takes.
    eventually().until(() -> voiceDispatches().size() == 2);
    TestBot.stillTrueAfterAMoment(() -> guild.voicePatches().isEmpty());

    bot.clock().advance(Duration.ofSeconds(1));

    JsonObject voice = guild.awaitVoice(guild.voice);
    assertThat(voiceDispatches()).containsExactly("VOICE_STATE_UPDATE", "VOICE_SERVER_UPDATE",
        "VOICE_SERVER_UPDATE");
    assertThat(guild.voicePatches()).containsExactly(voice);
  }

  @Test
  void join_nullEndpointBeforeTheState_lavalinkGetsOnlyTheServerWithAnEndpoint() {
    bot.discord.voiceResponses(VoiceResponses.builder().order(Order.SERVER_FIRST)
        .nullEndpointFirst(Duration.ofSeconds(1)).build());

    bot.tonearm.connect(guild.channel(guild.voice));
    awaitStateReachedTonearm(guild.voice);
    // As above: the real endpoint is scheduled by now.
    eventually().until(() -> voiceDispatches().size() == 2);
    bot.clock().advance(Duration.ofSeconds(1));

    JsonObject voice = guild.awaitVoice(guild.voice);
    assertThat(voiceDispatches()).containsExactly("VOICE_SERVER_UPDATE", "VOICE_STATE_UPDATE",
        "VOICE_SERVER_UPDATE");
    assertThat(guild.voicePatches()).containsExactly(voice);
  }

  @Test
  void join_stateOnly_sendsLavalinkNothingAndThePlayerWaits() {
    bot.discord.voiceResponses(VoiceResponses.builder().sendServer(false).build());

    bot.tonearm.connect(guild.channel(guild.voice));
    awaitStateReachedTonearm(guild.voice);
    bot.clock().advance(Duration.ofSeconds(1));

    TestBot.stillTrueAfterAMoment(() -> guild.voicePatches().isEmpty());
    assertThat(guild.player()).get().extracting(Player::connected).isEqualTo(false);
  }

  @Test
  void join_answerRepeated_lavalinkGetsTheVoiceOnce() {
    bot.discord.voiceResponses(VoiceResponses.builder().repeats(2).build());
    guild.join();
    eventually().until(() -> voiceDispatches().size() == 6);

    // A new server afterwards goes through the same ordered voice path, so once it arrived a
    // PATCH for a repeat would have arrived before it.
    guild.fake().changeVoiceServer(OTHER_ENDPOINT);

    eventually().until(() -> guild.voicePatches().size() >= 2
        && guild.voicePatches().get(1).get("endpoint").getAsString().equals(OTHER_ENDPOINT));
    JsonObject changed = guild.awaitVoice(guild.voice);
    assertThat(guild.voicePatches()).hasSize(2).last().isEqualTo(changed);
  }

  @Test
  void newVoiceServerForTheSameChannel_isSentToLavalink() {
    JsonObject first = guild.join();

    guild.fake().changeVoiceServer(OTHER_ENDPOINT);

    eventually().until(() -> guild.voicePatches().size() == 2);
    JsonObject changed = guild.awaitVoice(guild.voice);
    assertThat(changed.get("endpoint").getAsString()).isEqualTo(OTHER_ENDPOINT);
    assertThat(changed.get("token")).isNotEqualTo(first.get("token"));
    assertThat(guild.voicePatches()).containsExactly(first, changed);
  }

  @Test
  void twoGuilds_eachGetsItsOwnVoice() {
    TestGuild other = bot.newGuild();
    try {
      JsonObject mine = guild.join();
      JsonObject theirs = other.join(other.otherVoice);

      assertThat(guild.nodePlayer().orElseThrow().voice()).isEqualTo(mine);
      assertThat(other.nodePlayer().orElseThrow().voice()).isEqualTo(theirs);
      assertThat(theirs.get("channelId").getAsString())
          .isEqualTo(Long.toUnsignedString(other.otherVoice));
      assertThat(theirs.get("token")).isNotEqualTo(mine.get("token"));
    } finally {
      bot.cleanUp(other);
    }
  }

  @Test
  void voiceState_settlesJdasQueuedRequest_soTheNextJoinIsSentAtOnce() {
    // Tonearm's interceptor returns true, so JDA drops its opcode 4 request once Discord's voice
    // state confirmed the channel; a request left queued would hold the next join back until
    // JDA retries it, 10 s after sending it. A voice server would settle it too, so none comes.
    bot.discord.voiceResponses(VoiceResponses.builder().sendServer(false).build());
    bot.tonearm.connect(guild.channel(guild.voice));
    awaitStateReachedTonearm(guild.voice);

    bot.tonearm.connect(guild.channel(guild.otherVoice));

    eventually().atMost(Duration.ofSeconds(3)).until(() -> guild.requests().size() == 2);
    assertThat(guild.requests().get(1).channelId()).isEqualTo(guild.otherVoice);
    awaitStateReachedTonearm(guild.otherVoice);
  }
}
