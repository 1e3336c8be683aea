package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.failure;
import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.player.Player;
import dev.tonearm.player.VoiceState;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starting, stopping, replacing and destroying tracks in a player without voice: the node still
 * sends {@code TrackStartEvent} and {@code playerUpdate}s, with the position at its start
 * (PROTOCOL 6.1), so all of it works without Discord. Tracks are started through the node's REST
 * API ({@link ConformanceClient#playOnNode}), since {@code Player.play} waits for voice; the
 * guild's {@link Player} follows what the node reports.
 */
@ExtendWith(ConformanceExtension.class)
class PlayerTrackTest {
  private static final long GUILD = 400_000_000_000_000_001L;

  private ConformanceClient client;
  private NodeTime time;
  private Player player;
  private Track toneA;
  private Track toneB;

  @BeforeEach
  void connect(ConformanceTarget target, ConformanceClient connected) {
    client = connected;
    time = target.time();
    player = client.player(GUILD);
    toneA = client.loadRequested(target.media().toneA(), "alice");
    toneB = client.loadRequested(target.media().toneB(), "bob");
  }


  private long updatesSoFar() {
    return client.events().all(PlayerUpdateEvent.class).stream()
        .filter(update -> update.guildId() == GUILD)
        .count();
  }

  @Test
  void play_withoutVoice_startsWithTheUserDataAndUpdatesSayNotConnected() {
    client.playOnNode(GUILD, toneA, false);

    TrackStartEvent start = client.awaitStart(GUILD, toneA);
    assertThat(start.track().info()).isEqualTo(toneA.info());
    assertThat(start.track().userData()).isEqualTo(toneA.userData());
    assertThat(start.player()).isSameAs(player);
    PlayerUpdateEvent update = client.awaitEvent(PlayerUpdateEvent.class,
        event -> event.guildId() == GUILD, "a player update");
    assertThat(update.state().connected()).isFalse();
    assertThat(update.state().ping()).isEqualTo(-1);
    assertThat(update.state().position()).isZero();
    assertThat(player.track()).isEqualTo(start.track());
    assertThat(player.connected()).isFalse();
    LavalinkPlayer onNode = client.nodePlayer(GUILD);
    assertThat(onNode.track()).isNotNull();
    assertThat(onNode.track().info().identifier()).isEqualTo(toneA.info().identifier());
    assertThat(onNode.track().userData()).isEqualTo(toneA.userData());
    assertThat(onNode.voice()).isEqualTo(new VoiceState("", "", "", null));
  }

  @Test
  void play_withoutVoice_positionStaysAtTheStartWhileUpdatesKeepComing() {
    client.playOnNode(GUILD, toneA, false);
    client.awaitStart(GUILD, toneA);
    long before = updatesSoFar();

    time.until("a periodic player update", Duration.ofSeconds(12),
        () -> updatesSoFar() > before);

    assertThat(player.position()).isZero();
    assertThat(client.nodePlayer(GUILD).state().position()).isZero();
    assertThat(client.events().all(PlayerUpdateEvent.class))
        .allSatisfy(update -> assertThat(update.state().position()).isZero());
  }

  @Test
  void stop_playingTrack_endsAsStoppedWithoutStartingAnother() {
    client.playOnNode(GUILD, toneA, false);
    client.awaitStart(GUILD, toneA);

    join(player.stop());

    TrackEndEvent end = client.awaitEnd(GUILD, toneA, TrackEndReason.STOPPED);
    assertThat(end.reason().mayStartNext()).isFalse();
    assertThat(player.track()).isNull();
    assertThat(client.nodePlayer(GUILD).track()).isNull();
  }

  @Test
  void play_whilePlaying_oldTrackEndsReplacedBeforeTheNewOneStarts() {
    client.playOnNode(GUILD, toneA, false);
    client.awaitStart(GUILD, toneA);

    client.playOnNode(GUILD, toneB, false);

    TrackEndEvent end = client.awaitEnd(GUILD, toneA, TrackEndReason.REPLACED);
    TrackStartEvent start = client.awaitStart(GUILD, toneB);
    List<TonearmEvent> events = client.events().snapshot();
    assertThat(events.indexOf(end)).isLessThan(events.indexOf(start));
    assertThat(end.reason().mayStartNext()).isFalse();
    assertThat(player.track().info().identifier()).isEqualTo(toneB.info().identifier());
    assertThat(client.nodePlayer(GUILD).track().info().identifier())
        .isEqualTo(toneB.info().identifier());
  }

  @Test
  void playNoReplace_whilePlaying_currentTrackKeepsPlaying() {
    client.playOnNode(GUILD, toneA, false);
    client.awaitStart(GUILD, toneA);

    LavalinkPlayer answer = client.playOnNode(GUILD, toneB, true);
    long before = updatesSoFar();
    // The node sends in order: a start of B would come before the next player update.
    time.until("a player update after the play", Duration.ofSeconds(12),
        () -> updatesSoFar() > before);

    assertThat(client.events().has(TrackStartEvent.class,
        start -> ConformanceClient.sameSource(start.track(), toneB))).isFalse();
    assertThat(client.events().has(TrackEndEvent.class, end -> true)).isFalse();
    assertThat(answer.track().info().identifier()).isEqualTo(toneA.info().identifier());
    assertThat(player.track().info().identifier()).isEqualTo(toneA.info().identifier());
  }

  @Test
  void destroy_playingPlayer_goneFromTheNodeAndAMissingOneIsNoError() {
    client.playOnNode(GUILD, toneA, false);
    client.awaitStart(GUILD, toneA);

    join(player.destroy());

    assertThat(player.isDestroyed()).isTrue();
    assertThat(failure(client.rest().getPlayer(client.sessionId(), GUILD)))
        .isInstanceOfSatisfying(LavalinkRestException.class,
            missing -> assertThat(missing.isPlayerNotFound()).isTrue());
    join(client.rest().destroyPlayer(client.sessionId(), GUILD + 1));
    assertThat(client.player(GUILD)).isNotSameAs(player);
  }
}
