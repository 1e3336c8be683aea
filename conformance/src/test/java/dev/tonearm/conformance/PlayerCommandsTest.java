package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Filters;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.track.Track;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pause, seek, volume and filters on a playing player without voice: each command completes
 * once the node confirmed it, and the player then says what the node says. The track is started
 * through the node's REST API, as {@code Player.play} waits for voice.
 *
 * <p>Volume: Lavalink takes 0 to 1000 and clamps anything above 1000 to 1000 without an error.
 * Tonearm refuses a volume outside 0 to 1000 before sending anything, with an {@link
 * IllegalArgumentException} that names the field, the value and the range; a volume the node
 * holds (even one another client set above 1000, which the node clamped) is what {@link
 * Player#volume()} reports after the node's next answer.
 */
@ExtendWith(ConformanceExtension.class)
class PlayerCommandsTest {
  private static final long GUILD = 500_000_000_000_000_001L;

  private ConformanceTarget target;
  private ConformanceClient client;
  private Player player;
  private Track tone;

  @BeforeEach
  void connectAndPlay(ConformanceTarget conformanceTarget, ConformanceClient connected) {
    target = conformanceTarget;
    client = connected;
    player = client.player(GUILD);
    tone = client.loadRequested(target.media().toneA(), "carol");
    client.playOnNode(GUILD, tone, false);
    client.awaitStart(GUILD, tone);
  }

  @Test
  void setPaused_trueThenFalse_nodeAndPlayerAgreeEachTime() {
    join(player.setPaused(true));

    assertThat(player.paused()).isTrue();
    assertThat(client.nodePlayer(GUILD).paused()).isTrue();

    join(player.setPaused(false));

    assertThat(player.paused()).isFalse();
    assertThat(client.nodePlayer(GUILD).paused()).isFalse();
  }

  @Test
  void seek_withinTheTrack_acceptedAndThePositionIsOneTheNodeCanReport() {
    join(player.seek(1_000));

    // Without voice nothing reads audio: lavaplayer reports the seek target until its decoder
    // applied the seek, then the position of the last frame read, which is the start.
    assertThat(player.position()).isIn(0L, 1_000L);
    assertThat(client.nodePlayer(GUILD).state().position()).isIn(0L, 1_000L);
    assertThat(player.track().info().identifier()).isEqualTo(tone.info().identifier());
  }

  @Test
  void seek_pastTheEnd_refusedBeforeSending() {
    assertThatThrownBy(() -> player.seek(MediaFiles.TONE_A_MILLIS + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must be in [0, 3000] ms (the track's length), was 3001");
  }

  @Test
  void setVolume_inRange_nodeAndPlayerHaveIt() {
    join(player.setVolume(250));

    assertThat(player.volume()).isEqualTo(250);
    assertThat(client.nodePlayer(GUILD).volume()).isEqualTo(250);
  }

  @Test
  void setVolume_over1000_refusedBeforeSendingAndNothingChanges() {
    assertThatThrownBy(() -> player.setVolume(5_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volume must be in [0, 1000], was 5000");
    assertThatThrownBy(() -> PlayOptions.builder().volume(1_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1001");
    assertThatThrownBy(() -> PlayerUpdate.builder().volume(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");

    assertThat(player.volume()).isEqualTo(100);
    assertThat(client.nodePlayer(GUILD).volume()).isEqualTo(100);
  }

  @Test
  void volume_over1000SentPastTonearm_nodeClampsTo1000AndThePlayerReportsThat() {
    RawHttp.Answer answer = RawHttp.patchPlayer(target, client.sessionId(), GUILD,
        "{\"volume\":5000}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(client.nodePlayer(GUILD).volume()).isEqualTo(1000);
    join(player.setPaused(false));
    assertThat(player.volume()).isEqualTo(1000);
  }

  @Test
  void setFilters_presetThenNone_nodeEchoesThemAndThePlayerHasThem() {
    Filters nightcore = FilterPresets.nightcore();

    join(player.setFilters(nightcore));

    assertThat(player.filters()).isEqualTo(nightcore);
    assertThat(client.nodePlayer(GUILD).filters()).isEqualTo(nightcore);

    join(player.setFilters(Filters.NONE));

    assertThat(player.filters()).isEqualTo(Filters.NONE);
    assertThat(client.nodePlayer(GUILD).filters().isEmpty()).isTrue();
  }
}
