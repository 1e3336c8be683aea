package dev.tonearm.testkit.discord.internal.gateway;

import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * The server's side of one gateway WebSocket connection. Its callbacks run on the web server's
 * threads and hand over to the {@link Gateway}, which handles them under the fake's lock.
 */
final class GatewayConnection extends WebSocketListener {
  private final Gateway gateway;
  private final int index;
  private @Nullable WebSocket socket;
  private @Nullable GatewaySession session;
  private boolean open = true;
  private boolean gone;

  GatewayConnection(Gateway gateway, int index) {
    this.gateway = gateway;
    this.index = index;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    gateway.opened(this, webSocket);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    gateway.received(this, text);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(code >= 1000 && code < 5000 ? code : 1000, null);
    gateway.closed(this);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    gateway.closed(this);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
    gateway.closed(this);
  }

  // Everything below runs under the fake's lock.

  int index() {
    return index;
  }

  void opened(WebSocket webSocket) {
    socket = webSocket;
  }

  /** The session this connection identified or resumed, kept after the session moves on. */
  @Nullable GatewaySession session() {
    return session;
  }

  void session(GatewaySession attached) {
    session = attached;
  }

  int shardId() {
    return session == null ? -1 : session.shardId();
  }

  boolean isOpen() {
    return open && socket != null;
  }

  void send(String frame) {
    if (isOpen() && socket != null) {
      socket.send(frame);
    }
  }

  /** Sends a close frame; the connection counts as gone at once. */
  void close(int code, String reason) {
    if (isOpen() && socket != null) {
      socket.close(code, reason);
    }
    open = false;
  }

  /** The client closed its side, or the connection failed. */
  void gone() {
    open = false;
    gone = true;
  }

  /** Tells whether the client still has to answer a close frame the server sent. */
  boolean awaitingClient() {
    return socket != null && !gone;
  }
}
