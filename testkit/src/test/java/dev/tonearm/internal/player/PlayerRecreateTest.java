package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlayerRecreateTest {
  private final PlayerHarness harness = new PlayerHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void sessionLost_recreatesEveryPlayerWithItsFullStateAndKeepsTheQueue() throws Exception {
    harness.joinVoice();
    Player player = harness.player();
    JsonObject requester = new JsonObject();
    requester.addProperty("requester", "42");
    Track song = track("a", 300_000).withUserData(requester);
    Track queued1 = track("q1", 1000);
    Track queued2 = track("q2", 1000);
    player.queue().addAll(List.of(queued1, queued2));
    join(player.play(song, PlayOptions.builder().endTime(250_000).build()));
    join(player.setVolume(65));
    join(player.setFilters(FilterPresets.vaporwave()));
    harness.fake.clock().advance(Duration.ofSeconds(40));
    join(player.setPaused(true));
    long pausedAt = player.position();
    Node node = player.node();
    String lostSession = node.sessionId();

    // The node forgets the session: it is dropped and the resume window passes.
    harness.fake.refuseConnections(true);
    harness.fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    harness.fake.clock().advance(Duration.ofSeconds(61));
    await().atMost(IO_TIMEOUT).until(() -> harness.fake.session(lostSession).isEmpty());
    harness.fake.refuseConnections(false);
    TestLavalink.advanceUntilState(harness.fake.clock(), node, NodeState.CONNECTED);

    await().atMost(IO_TIMEOUT).until(() -> harness.session().player(GUILD).map(FakePlayer::encodedTrack).isPresent());
    FakePlayer recreated = harness.fakePlayer();
    assertThat(node.sessionId()).isNotEqualTo(lostSession);
    assertThat(recreated.trackInfo().identifier()).isEqualTo("a");
    // 40 s of playback at the vaporwave speed of 0.85.
    assertThat(pausedAt).isEqualTo(34_000);
    assertThat(recreated.position()).isEqualTo(pausedAt);
    assertThat(recreated.paused()).isTrue();
    assertThat(recreated.volume()).isEqualTo(65);
    assertThat(recreated.endTime()).isEqualTo(250_000);
    assertThat(recreated.userData()).isEqualTo(requester);
    assertThat(recreated.filters().getAsJsonObject("timescale").get("pitch").getAsDouble())
        .isEqualTo(FilterPresets.vaporwave().timescale().pitch());
    assertThat(recreated.voice().get("channelId").getAsString()).isEqualTo(Long.toString(PlayerHarness.CHANNEL));
    assertThat(player.queue().snapshot()).containsExactly(queued1, queued2);
    assertThat(player.originalTrack()).isSameAs(song);
    assertThat(harness.eventsOf(NodeReadyEvent.class)).last().extracting(NodeReadyEvent::resumed).isEqualTo(false);
    assertThat(harness.eventsOf(TrackStartEvent.class)).last().extracting(TrackStartEvent::original).isSameAs(song);
  }

  @Test
  void sessionResumed_keepsThePlayerWithoutRecreatingIt() throws Exception {
    harness.joinVoice();
    Player player = harness.player();
    join(player.play(track("a", 300_000)));
    Node node = player.node();
    String session = node.sessionId();
    await().atMost(IO_TIMEOUT).until(() -> harness.fake.session(session).orElseThrow().resuming());
    long playerPatches = playerPatches();

    harness.fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    harness.fake.clock().advance(Duration.ofSeconds(1));
    TestLavalink.awaitState(node, NodeState.CONNECTED);

    assertThat(node.sessionId()).isEqualTo(session);
    assertThat(harness.awaitEvent(NodeReadyEvent.class).resumed()).isTrue();
    assertThat(playerPatches()).isEqualTo(playerPatches);
    assertThat(harness.fakePlayer().trackInfo().identifier()).isEqualTo("a");
    assertThat(player.track()).isNotNull();
  }

  private long playerPatches() {
    return harness.fake.calls().stream()
        .filter(call -> call.method().equals("PATCH") && call.path().contains("/players/")).count();
  }
}
