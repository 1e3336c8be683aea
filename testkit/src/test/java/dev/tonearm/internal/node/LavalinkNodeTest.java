package dev.tonearm.internal.node;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.TestLavalink.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.TestLavalink;
import dev.tonearm.TransportKind;
import dev.tonearm.internal.TonearmVersion;
import dev.tonearm.internal.protocol.ServerMessage;
import dev.tonearm.internal.rest.HttpLavalinkRest;
import dev.tonearm.internal.transport.Transport;
import dev.tonearm.node.NodeAuthenticationException;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.NodeStateChange;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.RecordedHandshake;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TransportKind.class)
class LavalinkNodeTest {
  @Parameter
  TransportKind kind;

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private Transport transport;
  private final Recorder recorder = new Recorder();
  private final List<NodeStateChange> changes = new CopyOnWriteArrayList<>();
  private FakeLavalink fake;
  private LavalinkNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
    if (transport != null) {
      transport.cancelAll();
      transport.close();
    }
    executor.shutdownNow();
    if (fake != null) {
      fake.close();
    }
  }

  /** A node on the fake's clock whose backoff always picks the shortest delay: 0.5 s, 1 s, 2 s… */
  private LavalinkNode node(String password, UnaryOperator<NodeOptions.Builder> options) {
    NodeOptions nodeOptions = options.apply(NodeOptions.builder("main", fake.uri(), password)).build();
    NodeHealth health = new NodeHealth(fake.clock());
    if (transport == null) {
      transport = kind.create(executor, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
    LavalinkNode created = new LavalinkNode(nodeOptions, USER_ID, "tonearm/" + TonearmVersion.VERSION,
        transport, new HttpLavalinkRest(transport, fake.uri(), password, health), fake.clock(),
        Runnable::run, recorder, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0),
        health);
    created.addStateListener(changes::add);
    return created;
  }

  private LavalinkNode connected(UnaryOperator<NodeOptions.Builder> options) {
    node = node(fake.password(), options);
    node.start();
    TestLavalink.awaitState(node, NodeState.CONNECTED);
    return node;
  }

  @Test
  void start_validCredentials_sendsHandshakeHeadersAndBecomesConnected() {
    fake = FakeLavalink.start();

    connected(UnaryOperator.identity());

    RecordedHandshake handshake = fake.handshakes().get(0);
    assertThat(handshake.authorization()).isEqualTo(fake.password());
    assertThat(handshake.userId()).isEqualTo(Long.toString(USER_ID));
    assertThat(handshake.clientName()).isEqualTo("tonearm/" + TonearmVersion.VERSION);
    assertThat(handshake.sessionId()).isNull();
    assertThat(node.sessionId()).isEqualTo(fake.sessions().get(0).id());
    assertThat(changes).extracting(NodeStateChange::current).containsExactly(NodeState.CONNECTED);
    assertThat(recorder.readies).containsExactly(new Ready(false, null));
  }

  @Test
  void start_resumingOn_makesTheSessionResumableWithTheTimeout() {
    fake = FakeLavalink.start();

    connected(options -> options.resumeTimeout(Duration.ofSeconds(90)));

    FakeSession session = fake.sessions().get(0);
    await().atMost(IO_TIMEOUT).until(session::resuming);
    assertThat(session.resumeTimeout()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void start_wrongPassword_stopsRetryingAndReportsAuthentication() {
    fake = FakeLavalink.start();
    node = node("wrong-password", UnaryOperator.identity());

    node.start();
    TestLavalink.awaitState(node, NodeState.DISCONNECTED);
    fake.clock().advance(Duration.ofMinutes(10));

    assertThat(fake.handshakes()).hasSize(1);
    assertThat(changes).last().satisfies(change -> assertThat(change.cause())
        .isInstanceOf(NodeAuthenticationException.class)
        .hasMessageContaining("refused the password (HTTP 401)")
        .hasMessageNotContaining("wrong-password"));
  }

  @Test
  void reconnect_afterAuthenticationFailure_connectsWhenTheServerAccepts() {
    fake = FakeLavalink.start();
    fake.rejectHandshakes(401);
    node = node(fake.password(), UnaryOperator.identity());
    node.start();
    TestLavalink.awaitState(node, NodeState.DISCONNECTED);
    fake.rejectHandshakes(0);

    node.reconnect();

    TestLavalink.awaitState(node, NodeState.CONNECTED);
  }

  @Test
  void dropped_reconnectsAfterTheBackoffAndResumesTheSession() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());
    String firstSession = node.sessionId();
    await().atMost(IO_TIMEOUT).until(() -> fake.sessions().get(0).resuming());

    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    fake.clock().advance(Duration.ofMillis(499));
    assertThat(fake.handshakes()).hasSize(1);
    fake.clock().advance(Duration.ofMillis(1));

    TestLavalink.awaitState(node, NodeState.CONNECTED);
    assertThat(fake.handshakes()).hasSize(2);
    assertThat(fake.handshakes().get(1).sessionId()).isEqualTo(firstSession);
    assertThat(node.sessionId()).isEqualTo(firstSession);
    assertThat(recorder.readies).containsExactly(new Ready(false, null), new Ready(true, firstSession));
    assertThat(recorder.disconnects).containsExactly(new Disconnect(-1, true));
  }

  @Test
  void dropped_whileNodeRefuses_backsOffExponentiallyAndConnectsWhenItIsBack() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());
    fake.refuseConnections(true);

    fake.dropConnections();
    long[] shortestDelays = {500, 1000, 2000, 4000, 8000, 15000, 15000};
    for (int attempt = 0; attempt < shortestDelays.length; attempt++) {
      int failures = attempt + 1;
      await().atMost(IO_TIMEOUT).until(() -> recorder.disconnects.size() == failures);
      fake.clock().advance(Duration.ofMillis(shortestDelays[attempt] - 1));
      assertThat(recorder.disconnects).as("failures before retry %d is due", failures).hasSize(failures);
      fake.clock().advance(Duration.ofMillis(1));
    }
    await().atMost(IO_TIMEOUT).until(() -> recorder.disconnects.size() == shortestDelays.length + 1);
    fake.refuseConnections(false);
    fake.clock().advance(Duration.ofSeconds(15));

    TestLavalink.awaitState(node, NodeState.CONNECTED);
    assertThat(recorder.disconnects).allMatch(Disconnect::willReconnect);
  }

  @Test
  void closedWithGoingAway_reconnects() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());

    fake.closeConnections(1001, "Server shutting down");
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    fake.clock().advance(Duration.ofSeconds(1));

    TestLavalink.awaitState(node, NodeState.CONNECTED);
    assertThat(recorder.disconnects).containsExactly(new Disconnect(1001, true));
  }

  @Test
  void reconnect_afterResumeTimeout_reportsTheLostSession() {
    fake = FakeLavalink.start();
    connected(options -> options.resumeTimeout(Duration.ofSeconds(5)));
    String firstSession = node.sessionId();
    await().atMost(IO_TIMEOUT).until(() -> fake.sessions().get(0).resuming());
    fake.refuseConnections(true);

    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    fake.clock().advance(Duration.ofSeconds(6));
    await().atMost(IO_TIMEOUT).until(() -> fake.sessions().isEmpty());
    fake.refuseConnections(false);

    TestLavalink.advanceUntilState(fake.clock(), node, NodeState.CONNECTED);
    assertThat(node.sessionId()).isNotEqualTo(firstSession);
    assertThat(recorder.readies).last().isEqualTo(new Ready(false, firstSession));
  }

  @Test
  void reconnect_withResumingOff_sendsNoSessionIdAndReportsTheLostSession() {
    fake = FakeLavalink.start();
    connected(options -> options.resuming(false));
    String firstSession = node.sessionId();

    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);
    fake.clock().advance(Duration.ofSeconds(1));

    TestLavalink.awaitState(node, NodeState.CONNECTED);
    assertThat(fake.handshakes().get(1).sessionId()).isNull();
    assertThat(recorder.readies).last().isEqualTo(new Ready(false, firstSession));
    assertThat(fake.calls()).noneMatch(call -> call.path().equals("/v4/sessions/" + firstSession));
  }

  @Test
  void message_malformedAndUnknownFrames_areSkippedAndTheNodeKeepsRunning() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());

    fake.sendToAll("this is not json");
    fake.sendToAll("{\"op\":\"mystery\"}");
    fake.sendToAll("{\"op\":\"playerUpdate\",\"guildId\":\"1\"}");
    fake.sendToAll("{\"op\":\"playerUpdate\",\"guildId\":\"1\",\"state\":{\"time\":1,\"position\":2,\"connected\":true,\"ping\":3}}");

    await().atMost(IO_TIMEOUT).until(() -> !recorder.messages.isEmpty());
    assertThat(recorder.messages).singleElement().isInstanceOf(ServerMessage.PlayerUpdate.class);
    assertThat(node.state()).isEqualTo(NodeState.CONNECTED);
  }

  @Test
  void message_stats_areKeptOnTheNodeWithTheirArrivalTime() {
    fake = FakeLavalink.builder().statsBeforeReady(true).start();
    connected(UnaryOperator.identity());

    await().atMost(IO_TIMEOUT).until(() -> node.stats() != null);
    assertThat(node.statsReceivedAt()).isEqualTo(fake.clock().now());
    assertThat(node.stats().players()).isZero();
  }

  @Test
  void message_events_reachTheHandlerInOrder() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());
    FakeSession session = fake.sessions().get(0);

    for (int i = 0; i < 50; i++) {
      session.sendRaw("{\"op\":\"event\",\"type\":\"Custom\",\"guildId\":\"" + i + "\"}");
    }

    await().atMost(IO_TIMEOUT).until(() -> recorder.messages.size() == 50);
    assertThat(recorder.messages).extracting(message -> ((ServerMessage.Event) message).guildId())
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).mapToObj(Integer::toString).toList());
  }

  @Test
  void close_stopsReconnecting() {
    fake = FakeLavalink.start();
    connected(UnaryOperator.identity());
    fake.dropConnections();
    TestLavalink.awaitState(node, NodeState.RECONNECTING);

    node.close();
    fake.clock().advance(Duration.ofMinutes(1));

    assertThat(node.state()).isEqualTo(NodeState.CLOSED);
    assertThat(fake.handshakes()).hasSize(1);
  }

  private record Ready(boolean resumed, @Nullable String previousSessionId) {}

  private record Disconnect(int code, boolean willReconnect) {}

  private static final class Recorder implements NodeMessageHandler {
    final List<Ready> readies = new CopyOnWriteArrayList<>();
    final List<ServerMessage> messages = new CopyOnWriteArrayList<>();
    final List<Disconnect> disconnects = new CopyOnWriteArrayList<>();

    @Override
    public void onReady(LavalinkNode node, boolean resumed, @Nullable String previousSessionId) {
      readies.add(new Ready(resumed, previousSessionId));
    }

    @Override
    public void onMessage(LavalinkNode node, ServerMessage message) {
      if (!(message instanceof ServerMessage.Stats)) {
        messages.add(message);
      }
    }

    @Override
    public void onDisconnected(LavalinkNode node, int code, String reason, boolean willReconnect) {
      disconnects.add(new Disconnect(code, willReconnect));
    }
  }
}
