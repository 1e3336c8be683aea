package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The client-side wire control, over a loopback socket of its own. */
class WireControlTest {
  private final WireControl wire = new WireControl();

  @Test
  void classify_requestLines_webSocketHandshakeByItsPathWithOrWithoutPrefix() {
    assertThat(ControlledSocket.classify("GET /v4/websocket HTTP/1.1"))
        .isEqualTo(WireControl.Kind.WEBSOCKET);
    assertThat(ControlledSocket.classify("GET /lavalink/v4/websocket?x=1 HTTP/1.1"))
        .isEqualTo(WireControl.Kind.WEBSOCKET);
    assertThat(ControlledSocket.classify("GET /v4/info HTTP/1.1"))
        .isEqualTo(WireControl.Kind.REST);
    assertThat(ControlledSocket.classify("PATCH /v4/websocket HTTP/1.1"))
        .isEqualTo(WireControl.Kind.REST);
    assertThat(ControlledSocket.classify("garbage")).isEqualTo(WireControl.Kind.REST);
  }

  @Test
  void refuseWebSocketHandshakes_on_handshakeFailsBeforeAByteIsSentAndIsCounted()
      throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = connect(server)) {
      wire.refuseWebSocketHandshakes(true);

      assertThatThrownBy(() -> write(client, "GET /v4/websocket HTTP/1.1\r\n\r\n"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("refuses WebSocket handshakes");
      assertThat(wire.webSocketHandshakes()).isEqualTo(1);
    }
  }

  @Test
  void holdRestReads_answerArrives_handedOutOnlyAfterRelease() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = connect(server);
        Socket accepted = server.accept()) {
      write(client, "GET /v4/info HTTP/1.1\r\n\r\n");
      wire.holdRestReads();
      write(accepted, "HTTP/1.1 200 OK\r\n");
      InputStream in = client.getInputStream();
      CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
        try {
          return in.read(new byte[64]);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });

      // On loopback the bytes arrive at once; the read must still not return them.
      await("the read is held").during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1))
          .until(() -> !read.isDone());
      wire.release();

      assertThat(ConformanceClient.join(read)).isPositive();
    }
  }

  @Test
  void dropWebSockets_openHandshake_closesThatSocketOnly() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress());
        Socket webSocket = connect(server);
        Socket rest = connect(server)) {
      write(webSocket, "GET /v4/websocket HTTP/1.1\r\n\r\n");
      write(rest, "GET /v4/stats HTTP/1.1\r\n\r\n");

      wire.dropWebSockets();

      assertThat(webSocket.isClosed()).isTrue();
      assertThat(rest.isClosed()).isFalse();
    }
  }

  private Socket connect(ServerSocket server) throws IOException {
    Socket socket = wire.socketFactory().createSocket();
    socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
