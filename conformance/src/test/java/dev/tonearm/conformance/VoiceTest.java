package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.failure;
import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.player.Player;
import dev.tonearm.player.VoiceNotReadyException;
import dev.tonearm.player.VoiceState;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.track.Track;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Voice updates a node refuses or never answers. No test here reaches Discord: a real node cannot
 * connect to voice without it, so the suite only checks the ways a voice update fails.
 */
@ExtendWith(ConformanceExtension.class)
class VoiceTest {
  private static final long CHANNEL = 700_000_000_000_000_001L;
  /** Port 1 on the node's own loopback: nothing listens there, so the connection is refused. */
  private static final String REFUSING_ENDPOINT = "127.0.0.1:1";
  private static final String NO_CHANNEL_MESSAGE =
      "token, endpoint, sessionId and channelId must be provided in voice state";

  @Test
  void voicePatch_withoutChannelId_nodeRefusesWith400(ConformanceTarget target,
      ConformanceClient client) {
    long guild = 700_000_000_000_000_011L;

    RawHttp.Answer withoutKey = RawHttp.patchPlayer(target, client.sessionId(), guild,
        "{\"voice\":{\"token\":\"t\",\"endpoint\":\"" + REFUSING_ENDPOINT + "\","
            + "\"sessionId\":\"s\"}}");
    RawHttp.Answer blank = RawHttp.patchPlayer(target, client.sessionId(), guild,
        "{\"voice\":{\"token\":\"t\",\"endpoint\":\"" + REFUSING_ENDPOINT + "\","
            + "\"sessionId\":\"s\",\"channelId\":\"\"}}");

    assertThat(withoutKey.status()).isEqualTo(400);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains(NO_CHANNEL_MESSAGE);
  }

  @Test
  void voiceUpdate_withoutChannelId_tonearmCannotBuildOne() {
    assertThatThrownBy(() -> PlayerUpdate.builder().voice(new VoiceState("t", "e", "s", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channelId");
    assertThatThrownBy(() -> PlayerUpdate.builder().voice(new VoiceState("t", "e", "s", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channelId");
  }

  @Test
  void play_voiceServerUpdateWithoutVoiceState_nothingSentAndThePlayFailsNamingWhatIsMissing(
      ConformanceTarget target, ConformanceClient client) {
    long guild = 700_000_000_000_000_021L;
    Track tone = client.load(target.media().toneA());
    client.lavalink().onVoiceServerUpdate(guild, "voice-token", REFUSING_ENDPOINT);

    CompletableFuture<Player> play = client.player(guild).play(tone);
    target.time().until("the play gave up waiting for voice",
        ConformanceClient.VOICE_TIMEOUT.plusSeconds(2), play::isDone);

    assertThat(failure(play)).isInstanceOf(VoiceNotReadyException.class)
        .hasMessageContaining("guild " + guild)
        .hasMessageContaining("no VOICE_STATE_UPDATE");
    assertThat(failure(client.rest().getPlayer(client.sessionId(), guild)))
        .isInstanceOfSatisfying(LavalinkRestException.class,
            missing -> assertThat(missing.isPlayerNotFound()).isTrue());
  }

  @Test
  void voiceUpdate_endpointRefusingConnections_playTimesOutClearlyWhileOtherPlayersWork(
      ConformanceTarget target) {
    long stuck = 700_000_000_000_000_031L;
    long other = 700_000_000_000_000_032L;
    // The node never answers this voice update; the client gives up after its read timeout.
    try (ConformanceClient client = ConformanceClient.builder(target)
        .readTimeout(Duration.ofMillis(1_500)).connect()) {
      Track toneA = client.load(target.media().toneA());
      Track toneB = client.load(target.media().toneB());
      client.lavalink().onVoiceStateUpdate(stuck, CHANNEL, "voice-session");
      client.lavalink().onVoiceServerUpdate(stuck, "voice-token", REFUSING_ENDPOINT);

      CompletableFuture<Player> play = client.player(stuck).play(toneA);
      client.playOnNode(other, toneB, false);
      client.awaitStart(other, toneB);
      join(client.player(other).setVolume(300));

      assertThat(failure(play)).isInstanceOf(VoiceNotReadyException.class)
          .hasMessageContaining("did not take the voice update of guild " + stuck)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(client.player(stuck).connected()).isFalse();
      join(client.player(other).setPaused(true));
      assertThat(client.nodePlayer(other).paused()).isTrue();
      assertThat(client.nodePlayer(other).volume()).isEqualTo(300);
    }
  }
}
