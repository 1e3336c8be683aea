package dev.tonearm.testkit;

import java.util.Objects;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * The node's side of one WebSocket connection. Its callbacks run on the server's threads and hand
 * over to the node under its lock; the node ignores everything the client sends, as Lavalink v4
 * does.
 */
final class WsConnection extends WebSocketListener {
  private final FakeLavalink node;
  private final int connectionIndex;
  private final @Nullable FakeSession resumeTarget;
  private final long userId;
  private final @Nullable String clientName;
  private @Nullable WebSocket socket;
  private @Nullable FakeSession session;
  private boolean finished;

  WsConnection(FakeLavalink node, int connectionIndex, @Nullable FakeSession resumeTarget,
      long userId, @Nullable String clientName) {
    this.node = node;
    this.connectionIndex = connectionIndex;
    this.resumeTarget = resumeTarget;
    this.userId = userId;
    this.clientName = clientName;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    node.connectionOpened(this, webSocket);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(echoableCode(code), null);
    node.connectionGone(this);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    node.connectionGone(this);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
    node.connectionGone(this);
  }

  // Everything below runs with node.lock held.

  int connectionIndex() {
    return connectionIndex;
  }

  @Nullable FakeSession resumeTarget() {
    return resumeTarget;
  }

  long userId() {
    return userId;
  }

  @Nullable String clientName() {
    return clientName;
  }

  @Nullable WebSocket socket() {
    return socket;
  }

  void opened(WebSocket webSocket) {
    socket = webSocket;
  }

  @Nullable FakeSession session() {
    return session;
  }

  void attach(FakeSession attached) {
    session = attached;
  }

  boolean finished() {
    return finished;
  }

  void finish() {
    finished = true;
  }

  void send(String frame) {
    Objects.requireNonNull(socket, "socket").send(frame);
  }

  /** Returns {@code code} if a close frame may carry it, else 1000. */
  static int echoableCode(int code) {
    return isSendable(code) ? code : 1000;
  }

  /** Tells whether a close frame may carry {@code code}, by RFC 6455's reserved ranges. */
  static boolean isSendable(int code) {
    return code >= 1000 && code < 5000 && !(code >= 1004 && code <= 1006)
        && !(code >= 1015 && code <= 2999);
  }
}
