package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Ws;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final long GUILD = 55;
  private static final String VOICE = "{\"voice\":{\"token\":\"tok\",\"endpoint\":\"e\","
      + "\"sessionId\":\"vs\",\"channelId\":\"42\"}}";

  private FakeLavalink lavalink;
  private TestClient client;

  @BeforeEach
  void start() {
    lavalink = FakeLavalink.builder().statsInterval(Duration.ofHours(1)).start();
    client = new TestClient(lavalink);
  }

  @AfterEach
  void stop() {
    client.close();
    lavalink.close();
  }

  private String players(FakeSession session) {
    return "/v4/sessions/" + session.id() + "/players/" + GUILD;
  }

  /** Connects, enables resuming and starts a track with voice on guild 55. */
  private FakeSession resumableSessionPlaying(Ws ws, long timeoutSeconds) {
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    client.patch("/v4/sessions/" + session.id(),
        "{\"resuming\":true,\"timeout\":" + timeoutSeconds + "}");
    client.patch(players(session), VOICE);
    ws.expect("playerUpdate");
    client.patch(players(session),
        "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_SHORT_TRACK + "\"}}");
    ws.expectEvent("TrackStartEvent");
    ws.expect("playerUpdate");
    return session;
  }

  @Test
  void handshake_valid_readyWithNewSessionIdAndHeaders() {
    Ws ws = client.connect(123456789L);

    Response response = ws.awaitOpen();
    JsonObject ready = ws.expect("ready");
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);

    assertThat(response.header("Session-Resumed")).isEqualTo("false");
    assertThat(response.header("Lavalink-Api-Version")).isEqualTo("4");
    assertThat(ready.get("resumed").getAsBoolean()).isFalse();
    assertThat(ready.get("sessionId").getAsString()).matches("[a-z0-9]{16}")
        .isEqualTo(session.id());
    assertThat(ws.expect("stats").get("players").getAsInt()).isZero();
    assertThat(session.userId()).isEqualTo(123456789L);
    assertThat(session.clientName()).isEqualTo("tonearm-tests/1.0");
    assertThat(session.connected()).isTrue();
    RecordedHandshake handshake = lavalink.handshakes().get(0);
    assertThat(handshake.accepted()).isTrue();
    assertThat(handshake.clientName()).isEqualTo("tonearm-tests/1.0");
    assertThat(handshake.userId()).isEqualTo("123456789");
    assertThat(handshake.authorization()).isEqualTo("youshallnotpass");
    assertThat(handshake.sessionId()).isNull();
    assertThat(handshake.header("user-id")).isEqualTo("123456789");
    assertThat(lavalink.calls()).isEmpty();
  }

  @Test
  void handshake_wrongPassword_401WithEmptyBody() {
    Ws ws = client.connect(new Headers.Builder().add("Authorization", "nope")
        .add("User-Id", "1").build());

    ws.awaitFailure();

    assertThat(ws.failedResponse().code()).isEqualTo(401);
    assertThat(lavalink.handshakes()).extracting(RecordedHandshake::status).containsExactly(401);
    assertThat(lavalink.sessions()).isEmpty();
  }

  @Test
  void handshake_missingZeroOrNonNumericUserId_400() {
    for (Headers headers : new Headers[] {
        Headers.of("Authorization", lavalink.password()),
        Headers.of("Authorization", lavalink.password(), "User-Id", "0"),
        Headers.of("Authorization", lavalink.password(), "User-Id", "bot")}) {
      Ws ws = client.connect(headers);
      ws.awaitFailure();
      assertThat(ws.failedResponse().code()).isEqualTo(400);
    }
    assertThat(lavalink.handshakes()).extracting(RecordedHandshake::status)
        .containsExactly(400, 400, 400);
  }

  @Test
  void handshake_withoutClientName_acceptedAndRecordedAsNull() {
    Ws ws = client.connect(Headers.of("Authorization", lavalink.password(), "User-Id", "7"));
    ws.expect("ready");

    assertThat(lavalink.awaitSession(TestClient.WAIT).clientName()).isNull();
    assertThat(lavalink.handshakes().get(0).clientName()).isNull();
  }

  @Test
  void awaitSession_nobodyConnects_assertionErrorAfterTimeout() {
    assertThatThrownBy(() -> lavalink.awaitSession(Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No WebSocket session connected");
  }

  @Test
  void awaitSession_twoConnections_returnsNewest() {
    client.connectReady(1);
    FakeSession first = lavalink.awaitSession(TestClient.WAIT);
    Ws second = client.connect(2);
    String secondId = second.expect("ready").get("sessionId").getAsString();

    FakeSession newest = lavalink.awaitSession(TestClient.WAIT);

    assertThat(newest.id()).isEqualTo(secondId).isNotEqualTo(first.id());
    assertThat(lavalink.sessions()).hasSize(2);
  }

  @Test
  void drop_nonResumableSession_destroyedWithPlayers() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    client.patch(players(session), "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK
        + "\"}}");

    lavalink.dropConnections();

    assertThat(session.destroyed()).isTrue();
    assertThat(session.players()).isEmpty();
    assertThat(lavalink.sessions()).isEmpty();
    assertThat(lavalink.clock().pendingTasks()).isZero();
    ws.awaitFailure();
  }

  @Test
  void drop_resumableSession_pausedRestAnswers404AndPlayersKeepPlaying() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 60);

    lavalink.dropConnections();
    lavalink.clock().advance(Duration.ofSeconds(10));

    assertThat(session.paused()).isTrue();
    assertThat(session.connected()).isFalse();
    assertThat(lavalink.sessions()).containsExactly(session);
    assertThat(client.get(players(session)).json().get("message").getAsString())
        .isEqualTo("Session not found");
    assertThat(session.player(GUILD).orElseThrow().position()).isEqualTo(10_000);
  }

  @Test
  void resume_withinTimeout_readyQueuedEventsThenOnePlayerUpdatePerPlayer() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 60);
    client.patch("/v4/sessions/" + session.id() + "/players/77", "{\"volume\":10}");
    lavalink.dropConnections();

    lavalink.clock().advance(Duration.ofSeconds(40));
    session.sendStats();
    session.emitEvent(GUILD, "CustomEvent", new JsonObject());
    assertThat(session.queuedMessages()).isEqualTo(3);
    Ws resumed = client.resume(1, session.id());

    assertThat(resumed.awaitOpen().header("Session-Resumed")).isEqualTo("true");
    JsonObject ready = resumed.expect("ready");
    assertThat(ready.get("resumed").getAsBoolean()).isTrue();
    assertThat(ready.get("sessionId").getAsString()).isEqualTo(session.id());
    JsonObject end = resumed.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("finished");
    resumed.expect("stats");
    resumed.expectEvent("CustomEvent");
    JsonObject first = resumed.expect("playerUpdate");
    JsonObject second = resumed.expect("playerUpdate");
    assertThat(first.get("guildId").getAsString()).isEqualTo(Long.toString(GUILD));
    assertThat(second.get("guildId").getAsString()).isEqualTo("77");
    resumed.expectNothingMore(session);
    assertThat(lavalink.awaitSession(TestClient.WAIT)).isSameAs(session);
    assertThat(session.connected()).isTrue();
    assertThat(client.get(players(session)).code()).isEqualTo(200);
    assertThat(lavalink.handshakes().get(1).resumed()).isTrue();
    assertThat(lavalink.handshakes().get(1).sessionId()).isEqualTo(session.id());
  }

  @Test
  void resume_afterTimeout_newSessionAndOldOneDestroyed() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 30);
    lavalink.dropConnections();

    lavalink.clock().advance(Duration.ofSeconds(29));
    assertThat(session.paused()).isTrue();
    lavalink.clock().advance(Duration.ofSeconds(1));

    assertThat(session.destroyed()).isTrue();
    assertThat(lavalink.session(session.id())).isEmpty();
    Ws again = client.resume(1, session.id());
    assertThat(again.awaitOpen().header("Session-Resumed")).isEqualTo("false");
    JsonObject ready = again.expect("ready");
    assertThat(ready.get("resumed").getAsBoolean()).isFalse();
    assertThat(ready.get("sessionId").getAsString()).isNotEqualTo(session.id());
    assertThat(lavalink.awaitSession(TestClient.WAIT).players()).isEmpty();
  }

  @Test
  void resume_unknownSessionId_newSession() {
    Ws ws = client.resume(1, "doesnotexist0000");

    assertThat(ws.awaitOpen().header("Session-Resumed")).isEqualTo("false");
    assertThat(ws.expect("ready").get("resumed").getAsBoolean()).isFalse();
  }

  @Test
  void clientClose_resumableSession_pausedUntilResumed() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 60);

    ws.close();
    session.awaitDisconnected(TestClient.WAIT);

    assertThat(session.paused()).isTrue();
    assertThat(session.resumeTimeout()).isEqualTo(Duration.ofSeconds(60));
    Ws resumed = client.resume(1, session.id());
    assertThat(resumed.expect("ready").get("resumed").getAsBoolean()).isTrue();
  }

  @Test
  void clientClose_nonResumableSession_destroyed() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);

    ws.close();
    session.awaitDisconnected(TestClient.WAIT);

    assertThat(session.destroyed()).isTrue();
  }

  @Test
  void resumingDisabledAgain_drop_destroysSession() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 60);
    client.patch("/v4/sessions/" + session.id(), "{\"resuming\":false}");

    lavalink.dropConnections();

    assertThat(session.destroyed()).isTrue();
  }

  @Test
  void pausedSession_playerUpdatesNotQueuedButEventsAre() {
    Ws ws = client.connectReady(1);
    FakeSession session = resumableSessionPlaying(ws, 60);
    lavalink.dropConnections();

    lavalink.clock().advance(Duration.ofSeconds(20));

    assertThat(session.queuedMessages()).isZero();
    lavalink.clock().advance(Duration.ofSeconds(10));
    assertThat(session.queuedMessages()).isEqualTo(1);
  }
}
