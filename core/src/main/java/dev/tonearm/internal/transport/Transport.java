package dev.tonearm.internal.transport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP stack a client sends with: REST calls and the nodes' WebSockets. One per client;
 * calls and socket callbacks run on the client's HTTP threads.
 */
public interface Transport {
  /**
   * Sends a request. The future fails with an {@link java.io.IOException} if no response
   * arrived ({@link java.net.SocketTimeoutException} after the read timeout); cancelling it
   * cancels the call.
   *
   * @param method the HTTP method
   * @param url the absolute URL, already encoded
   * @param authorization the {@code Authorization} header
   * @param json the JSON body, or null for none
   * @return completed with the response, whatever its status
   */
  CompletableFuture<HttpReply> send(String method, String url, String authorization,
      @Nullable String json);

  /**
   * Opens a WebSocket; the outcome arrives at the listener.
   *
   * @param url the {@code http://} or {@code https://} URL of the WebSocket endpoint
   * @param headers the handshake's headers
   * @param listener where frames, closes and failures go
   * @return the socket, which may still be connecting
   */
  Socket openSocket(String url, Map<String, String> headers, SocketListener listener);

  /** Cancels every call and socket still running; for a shutdown whose peer does not answer. */
  void cancelAll();

  /** Releases what the transport made itself, such as idle connections; never a given client. */
  void close();
}
