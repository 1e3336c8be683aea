package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.failure;
import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resuming after the WebSocket dropped. The drop is made on the client's side, by closing its own
 * socket, which works on a real node as well as on the fake one.
 */
@ExtendWith(ConformanceExtension.class)
class ResumeTest {
  private static final long GUILD = 800_000_000_000_000_001L;
  /** Comfortably inside the suite's 30 s resume timeout, backoff included. */
  private static final Duration RECONNECT_BOUND = Duration.ofSeconds(15);

  @Test
  void dropWebSocket_reconnectWithinTheTimeout_sameSessionWithItsPlayersAndRestRefusedMeanwhile(
      ConformanceTarget target, ConformanceClient client) throws Exception {
    Track tone = client.loadRequested(target.media().toneA(), "dave");
    client.playOnNode(GUILD, tone, false);
    client.awaitStart(GUILD, tone);
    Player player = client.player(GUILD);
    join(player.setVolume(321));
    String sessionId = client.sessionId();
    // Tonearm makes the session resumable right after ready; reading its settings waits for that.
    NodeTime.awaitIo("the session is resumable", () -> join(client.rest().updateSession(
        sessionId, SessionUpdate.readOnly())).resuming());

    client.wire().refuseWebSocketHandshakes(true);
    client.wire().dropWebSockets();
    NodeTime.awaitIo("the client noticed the drop",
        () -> client.node().state() == NodeState.RECONNECTING);
    NodeTime.awaitIo("the node answers Session not found while the session waits",
        () -> client.rest().getPlayers(sessionId).handle((players, error) ->
            error instanceof LavalinkRestException refused && refused.isSessionNotFound()).join());
    LavalinkRestException meanwhile = (LavalinkRestException) failure(
        client.rest().getPlayer(sessionId, GUILD));
    client.wire().refuseWebSocketHandshakes(false);
    target.time().until("the client resumed", RECONNECT_BOUND,
        () -> client.node().state() == NodeState.CONNECTED);

    assertThat(meanwhile.status()).isEqualTo(404);
    assertThat(meanwhile.serverMessage()).isEqualTo("Session not found");
    List<NodeReadyEvent> readies = client.events().all(NodeReadyEvent.class);
    assertThat(readies).extracting(NodeReadyEvent::resumed).containsExactly(false, true);
    assertThat(readies.get(1).sessionId()).isEqualTo(sessionId);
    assertThat(client.sessionId()).isEqualTo(sessionId);
    List<LavalinkPlayer> onNode = join(client.rest().getPlayers(sessionId));
    assertThat(onNode).singleElement().satisfies(kept -> {
      assertThat(kept.guildId()).isEqualTo(Long.toString(GUILD));
      assertThat(kept.track().info().identifier()).isEqualTo(tone.info().identifier());
      assertThat(kept.track().userData()).isEqualTo(tone.userData());
      assertThat(kept.volume()).isEqualTo(321);
    });
    assertThat(player.isDestroyed()).isFalse();
    assertThat(player.track().info().identifier()).isEqualTo(tone.info().identifier());
    join(player.setPaused(true));
    assertThat(client.nodePlayer(GUILD).paused()).isTrue();
  }
}
