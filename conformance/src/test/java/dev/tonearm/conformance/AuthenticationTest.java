package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.node.NodeState;
import dev.tonearm.rest.LavalinkRestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A wrong password: the node refuses the WebSocket handshake with 401, Tonearm stops there instead
 * of retrying, and neither the wrong password nor the node's shows up in logs or errors.
 */
@ExtendWith(ConformanceExtension.class)
class AuthenticationTest {
  /** Long enough for several retries of the suite's clients, whose backoff starts at 0.5 s. */
  private static final Duration WATCH = Duration.ofSeconds(10);

  @Test
  void connect_wrongPassword_refusedWith401OnceAndThePasswordIsNeverPrinted(
      ConformanceTarget target) {
    String wrong = target.password() + "-but-wrong";
    try (LogCapture logs = new LogCapture();
        ConformanceClient client = ConformanceClient.builder(target).password(wrong).start()) {
      NodeDisconnectedEvent refused = client.awaitEvent(NodeDisconnectedEvent.class,
          event -> true, "the handshake refused");

      assertThat(refused.reason()).isEqualTo("HTTP 401");
      assertThat(refused.willReconnect()).isFalse();
      target.time().holdsFor("one handshake and no retry", WATCH,
          () -> client.wire().webSocketHandshakes() == 1
              && client.node().state() == NodeState.DISCONNECTED);
      Throwable restRefusal = failure(client.rest().info());
      assertThat(restRefusal).isInstanceOfSatisfying(LavalinkRestException.class,
          rest -> {
            assertThat(rest.isAuthenticationFailure()).isTrue();
            assertThat(rest.serverMessage()).isNull();
          });
      String printed = logs.text() + refused + restRefusal + client.node()
          + client.node().options() + client.lavalink().snapshot();
      assertThat(logs.text()).contains("refused the password (HTTP 401)");
      assertThat(printed).doesNotContain(wrong).doesNotContain(target.password());
    }
  }
}
