package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tonearm.testkit.TestClient.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoiceEndpointTest {
  private static final long GUILD = 817_327_181_659_111_454L;

  private FakeLavalink lavalink;
  private TestClient client;
  private FakeSession session;

  @BeforeEach
  void start() {
    lavalink = FakeLavalink.start();
    client = new TestClient(lavalink);
    client.connectReady(1);
    session = lavalink.awaitSession(TestClient.WAIT);
  }

  @AfterEach
  void stop() {
    client.close();
    lavalink.close();
  }

  private static String voice(String endpoint) {
    return "{\"voice\":{\"token\":\"tok\",\"endpoint\":\"" + endpoint + "\",\"sessionId\":\"vs\","
        + "\"channelId\":\"123456789\"}}";
  }

  private String path(long guildId) {
    return "/v4/sessions/" + session.id() + "/players/" + guildId;
  }

  /** A loopback port nothing listens on: bound once, then released. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void patchVoice_endpointRefusingConnections_neverAnsweredWhileOtherPlayersWork()
      throws IOException {
    String voice = voice("127.0.0.1:" + closedPort());

    try (TestClient impatient = new TestClient(lavalink, Duration.ofMillis(500))) {
      IOException failure = impatient.sendExpectingFailure(impatient.request(path(GUILD))
          .patch(RequestBody.create(voice, TestClient.JSON)));

      assertThat(failure).isInstanceOf(InterruptedIOException.class);
    }
    Reply other = client.patch(path(GUILD + 1), "{\"volume\":50}");

    assertThat(other.code()).isEqualTo(200);
    assertThat(lavalink.calls()).extracting(RecordedCall::method, RecordedCall::status)
        .containsExactly(tuple("PATCH", 0), tuple("PATCH", 200));
    FakePlayer stuck = session.player(GUILD).orElseThrow();
    assertThat(stuck.connected()).isFalse();
    assertThat(stuck.voice().get("endpoint").getAsString()).isEmpty();
  }

  @Test
  void patchVoice_loopbackEndpointAccepting_connects() throws IOException {
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Reply reply = client.patch(path(GUILD), voice("127.0.0.1:" + listening.getLocalPort()));

      assertThat(reply.code()).isEqualTo(200);
      assertThat(session.player(GUILD).orElseThrow().connected()).isTrue();
    }
  }

  @Test
  void refusesConnections_namedHostOrMalformedEndpoint_notTried() throws IOException {
    assertThat(VoiceEndpoint.refusesConnections("c-fra05-1234.discord.media:443")).isFalse();
    assertThat(VoiceEndpoint.refusesConnections("not a host:x")).isFalse();
    assertThat(VoiceEndpoint.refusesConnections("localhost:" + closedPort())).isTrue();
  }
}
