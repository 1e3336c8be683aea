package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Reply;
import dev.tonearm.testkit.TestClient.Ws;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private FakeLavalink lavalink;
  private TestClient client;

  @BeforeEach
  void start() {
    lavalink = FakeLavalink.start();
    client = new TestClient(lavalink);
  }

  @AfterEach
  void stop() {
    client.close();
    lavalink.close();
  }

  @Test
  void dropConnections_connectedClient_failsWithoutCloseFrame() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);

    lavalink.dropConnections();

    assertThat(ws.awaitFailure()).isInstanceOf(IOException.class);
    assertThat(ws.closedByFrame()).isFalse();
    assertThat(session.connected()).isFalse();
  }

  @Test
  void closeConnections_goingAway_clientReceivesCloseFrame() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);

    lavalink.closeConnections(1001, "Shutting down");

    assertThat(ws.awaitClosingCode()).isEqualTo(1001);
    assertThat(ws.closingReason()).isEqualTo("Shutting down");
    assertThat(session.destroyed()).isTrue();
  }

  @Test
  void closeConnections_reservedCodeOrLongReason_illegalArgument() {
    assertThatThrownBy(() -> lavalink.closeConnections(1006, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lavalink.closeConnections(1000, "x".repeat(124)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuseConnections_whileRefusing_restAndWebSocketFailThenRecover() {
    assertThat(client.get("/version").code()).isEqualTo(200);

    lavalink.refuseConnections(true);

    assertThat(client.sendExpectingFailure(client.request("/version"))).isNotNull();
    Ws ws = client.connect(1);
    ws.awaitFailure();
    assertThat(ws.failedResponse()).isNull();
    assertThat(lavalink.handshakes()).isEmpty();
    lavalink.refuseConnections(false);
    assertThat(client.get("/version").code()).isEqualTo(200);
    assertThat(lavalink.calls()).hasSize(2);
  }

  @Test
  void rejectHandshakes_serviceUnavailable_untilCleared() {
    lavalink.rejectHandshakes(503);

    Ws rejected = client.connect(1);
    rejected.awaitFailure();
    assertThat(rejected.failedResponse().code()).isEqualTo(503);
    Ws stillRejected = client.connect(1);
    stillRejected.awaitFailure();

    lavalink.rejectHandshakes(0);
    client.connectReady(1);
    assertThat(lavalink.handshakes()).extracting(RecordedHandshake::status)
        .containsExactly(503, 503, 101);
  }

  @Test
  void rejectHandshakes_statusOutOfRange_illegalArgument() {
    assertThatThrownBy(() -> lavalink.rejectHandshakes(200))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failNextRequests_twoTooManyRequests_thenNormalAgain() {
    lavalink.failNextRequests(2, 429, "Slow down");

    Reply first = client.get("/v4/info");
    Reply second = client.send(client.request("/v4/stats").removeHeader("Authorization"));
    Reply third = client.get("/v4/info");

    assertThat(first.code()).isEqualTo(429);
    JsonObject body = first.json();
    assertThat(body.get("message").getAsString()).isEqualTo("Slow down");
    assertThat(body.get("error").getAsString()).isEqualTo("Too Many Requests");
    assertThat(body.get("status").getAsInt()).isEqualTo(429);
    assertThat(body.get("path").getAsString()).isEqualTo("/v4/info");
    assertThat(first.header("Lavalink-Api-Version")).isEqualTo("4");
    assertThat(second.code()).isEqualTo(429);
    assertThat(third.code()).isEqualTo(200);
  }

  @Test
  void failNextRequests_serverError_jsonBodyWithVersionHeader() {
    lavalink.failNextRequests(1, 500, "Boom");

    Reply reply = client.get("/v4/loadtracks?identifier=x");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("Boom");
    assertThat(reply.header("Lavalink-Api-Version")).isEqualTo("4");
  }

  @Test
  void failNextRequests_invalidArguments_illegalArgument() {
    assertThatThrownBy(() -> lavalink.failNextRequests(-1, 500, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lavalink.failNextRequests(1, 302, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stallNextRequests_one_callTimesOutWhileOthersWork() {
    client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    String voice = "{\"voice\":{\"token\":\"t\",\"endpoint\":\"e\",\"sessionId\":\"s\","
        + "\"channelId\":\"1\"}}";
    lavalink.stallNextRequests(1);

    try (TestClient impatient = new TestClient(lavalink, Duration.ofMillis(300))) {
      IOException failure = impatient.sendExpectingFailure(
          impatient.request("/v4/sessions/" + session.id() + "/players/1")
              .patch(okhttp3.RequestBody.create(voice, TestClient.JSON)));

      assertThat(failure).isInstanceOf(InterruptedIOException.class);
    }
    assertThat(client.get("/version").code()).isEqualTo(200);
    assertThat(lavalink.calls()).extracting(RecordedCall::method, RecordedCall::status)
        .containsExactly(tuple("PATCH", 0),
            tuple("GET", 200));
    assertThat(lavalink.calls().get(0).body()).isEqualTo(voice);
    assertThat(session.player(1)).isEmpty();
  }

  @Test
  void sendToAll_rawFrame_reachesEveryConnectedSession() {
    Ws first = client.connectReady(1);
    Ws second = client.connectReady(2);

    lavalink.sendToAll("{\"op\":\"mystery\"");
    lavalink.sendToAll("{\"op\":\"unknownOp\",\"x\":1}");

    assertThat(first.nextRaw()).isEqualTo("{\"op\":\"mystery\"");
    assertThat(second.nextRaw()).isEqualTo("{\"op\":\"mystery\"");
    assertThat(first.next().get("op").getAsString()).isEqualTo("unknownOp");
    assertThat(second.next().get("op").getAsString()).isEqualTo("unknownOp");
  }

  @Test
  void sendRaw_pausedSession_queuedForResume() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    client.patch("/v4/sessions/" + session.id(), "{\"resuming\":true}");
    lavalink.dropConnections();
    ws.awaitFailure();

    session.sendRaw("not json at all");
    Ws resumed = client.resume(1, session.id());

    resumed.expect("ready");
    assertThat(resumed.nextRaw()).isEqualTo("not json at all");
  }

  private static final String PLAY = "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK
      + "\"}}";

  @Test
  void holdNextAnswers_one_callTakesEffectAndItsEventsGoOutBeforeTheAnswer() throws Exception {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    lavalink.holdNextAnswers(1);

    CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(
        () -> client.patch("/v4/sessions/" + session.id() + "/players/1", PLAY));
    lavalink.awaitHeldAnswers(1, TestClient.WAIT);

    assertThat(ws.expectEvent("TrackStartEvent").getAsJsonObject("track").getAsJsonObject("info")
        .get("uri").getAsString()).isEqualTo(FakeCatalog.YOUTUBE_TRACK);
    ws.expect("playerUpdate");
    assertThat(session.player(1).orElseThrow().encodedTrack()).isNotNull();
    assertThat(lavalink.calls()).extracting(RecordedCall::method, RecordedCall::status)
        .containsExactly(tuple("PATCH", 200));
    assertThat(lavalink.heldAnswers()).isEqualTo(1);
    assertThat(answer).isNotDone();

    lavalink.releaseAnswers();

    Reply reply = answer.get(TestClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json().getAsJsonObject("track").getAsJsonObject("info").get("uri")
        .getAsString()).isEqualTo(FakeCatalog.YOUTUBE_TRACK);
    assertThat(lavalink.heldAnswers()).isZero();
    assertThat(client.get("/version").code()).as("only one answer was held").isEqualTo(200);
  }

  @Test
  void holdNextAnswers_heldFailure_isHeldTooAndKeepsItsStatus() throws Exception {
    lavalink.failNextRequests(1, 500, "Boom");
    lavalink.holdNextAnswers(1);

    CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> client.get("/v4/info"));
    lavalink.awaitHeldAnswers(1, TestClient.WAIT);

    assertThat(lavalink.calls()).extracting(RecordedCall::status).containsExactly(500);
    assertThat(answer).isNotDone();
    lavalink.releaseAnswers();
    assertThat(answer.get(TestClient.WAIT.toMillis(), TimeUnit.MILLISECONDS).code()).isEqualTo(500);
  }

  @Test
  void holdNextAnswers_nodeClosed_letsTheHeldCallGo() throws Exception {
    lavalink.holdNextAnswers(1);
    CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> client.get("/version"));
    lavalink.awaitHeldAnswers(1, TestClient.WAIT);

    lavalink.close();

    // Cut with its connection, or answered, but not left hanging.
    assertThat(answer.handle((reply, error) -> true)).succeedsWithin(TestClient.WAIT);
  }

  @Test
  void holdNextAnswers_invalidCountOrNothingHeld_failsClearly() {
    assertThatThrownBy(() -> lavalink.holdNextAnswers(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lavalink.awaitHeldAnswers(1, Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Only 0 of 1 answers");
  }

  @Test
  void holdWebSocketMessages_answerFirst_thenTheMessagesInOrder() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    lavalink.holdWebSocketMessages(true);

    Reply reply = client.patch("/v4/sessions/" + session.id() + "/players/1", PLAY);
    session.sendRaw("{\"op\":\"marker\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(lavalink.heldMessages()).isEqualTo(3);
    lavalink.holdWebSocketMessages(false);
    assertThat(lavalink.heldMessages()).isZero();
    ws.expectEvent("TrackStartEvent");
    ws.expect("playerUpdate");
    ws.expect("marker");
    session.sendRaw("{\"op\":\"after\"}");
    ws.expect("after");
  }

  @Test
  void holdWebSocketMessages_socketGoneWhileHeld_eventsAreQueuedForTheResume() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    client.patch("/v4/sessions/" + session.id(), "{\"resuming\":true}");
    lavalink.holdWebSocketMessages(true);
    client.patch("/v4/sessions/" + session.id() + "/players/1", PLAY);

    lavalink.dropConnections();
    ws.awaitFailure();

    assertThat(lavalink.heldMessages()).isZero();
    assertThat(session.queuedMessages()).as("the start event; not the player update").isEqualTo(1);
    lavalink.holdWebSocketMessages(false);
    Ws resumed = client.resume(1, session.id());
    resumed.expect("ready");
    resumed.expectEvent("TrackStartEvent");
    resumed.expect("playerUpdate");
  }

  @Test
  void endTrack_cleanup_sendsTheEndAndLeavesThePlayerWithoutTrack() {
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);
    client.patch("/v4/sessions/" + session.id() + "/players/1", PLAY);
    ws.expectEvent("TrackStartEvent");
    ws.expect("playerUpdate");

    session.endTrack(1, "cleanup");

    JsonObject end = ws.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("cleanup");
    assertThat(end.getAsJsonObject("track").getAsJsonObject("info").get("uri").getAsString())
        .isEqualTo(FakeCatalog.YOUTUBE_TRACK);
    assertThat(session.player(1).orElseThrow().encodedTrack()).isNull();
    assertThatThrownBy(() -> session.endTrack(1, "cleanup"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no track");
  }
}
