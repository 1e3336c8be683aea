package dev.tonearm.internal.transport;

import dev.tonearm.internal.NamedThreadFactory;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.jspecify.annotations.Nullable;

/**
 * {@link Transport} over the JDK's {@code java.net.http}, for class paths without OkHttp. It
 * behaves as {@link OkHttpTransport} does: calls time out with {@link SocketTimeoutException}
 * after the read timeout, and sockets ping the peer and fail when no pong came back.
 */
final class JdkTransport implements Transport {
  private final HttpClient http;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Set<JdkSocket> sockets = ConcurrentHashMap.newKeySet();
  private final Set<CompletableFuture<?>> calls = ConcurrentHashMap.newKeySet();
  // Pings run on real time, as OkHttp's do: a virtual clock moved forward by minutes must not
  // declare a live peer dead before its pong had a chance to arrive.
  private final ScheduledThreadPoolExecutor pinger;

  /**
   * Creates the transport.
   *
   * @param given a client to send with as it is configured, or null for a new one
   * @param executor where a new client runs its callbacks
   * @param connectTimeout the connect timeout of a new client and of sockets
   * @param readTimeout how long a call may wait for its response
   */
  JdkTransport(@Nullable HttpClient given, ExecutorService executor, Duration connectTimeout,
      Duration readTimeout) {
    this.http = given != null ? given : HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .executor(executor)
        .build();
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    pinger = new ScheduledThreadPoolExecutor(1, new NamedThreadFactory("tonearm-ping"));
    pinger.setRemoveOnCancelPolicy(true);
  }

  @Override
  public CompletableFuture<HttpReply> send(String method, String url, String authorization,
      @Nullable String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .version(HttpClient.Version.HTTP_1_1)
        .timeout(readTimeout)
        .header("Authorization", authorization);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    CompletableFuture<HttpResponse<String>> call =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    calls.add(call);
    CompletableFuture<HttpReply> reply = new CompletableFuture<>();
    reply.whenComplete((value, error) -> {
      if (reply.isCancelled()) {
        call.cancel(true);
      }
    });
    call.whenComplete((response, error) -> {
      calls.remove(call);
      if (error != null) {
        reply.completeExceptionally(translate(error));
      } else {
        // HTTP/1.1 reason phrases are not exposed; the REST client names the status itself.
        reply.complete(new HttpReply(response.statusCode(), "", response.body()));
      }
    });
    return reply;
  }

  @Override
  public Socket openSocket(String url, Map<String, String> headers, SocketListener listener) {
    JdkSocket socket = new JdkSocket(listener, pinger, sockets);
    java.net.http.WebSocket.Builder builder = http.newWebSocketBuilder()
        .connectTimeout(connectTimeout);
    headers.forEach(builder::header);
    sockets.add(socket);
    builder.buildAsync(URI.create("ws" + url.substring("http".length())), socket)
        .whenComplete((opened, error) -> {
          // An opened socket already went through the listener's onOpen.
          if (error == null) {
            return;
          }
          Throwable cause = unwrap(error);
          int status = cause instanceof WebSocketHandshakeException handshake
              ? handshake.getResponse().statusCode() : -1;
          socket.failed(translate(cause), status);
        });
    return socket;
  }

  @Override
  public void cancelAll() {
    calls.forEach(call -> call.cancel(true));
    sockets.forEach(JdkSocket::cancel);
  }

  @Override
  public void close() {
    sockets.forEach(JdkSocket::finishClose);
    pinger.shutdownNow();
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  /** Gives timeouts the type OkHttp gives them, so callers see one exception for one problem. */
  private static Throwable translate(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof HttpTimeoutException) {
      SocketTimeoutException timeout = new SocketTimeoutException(cause.getMessage());
      timeout.initCause(cause);
      return timeout;
    }
    return cause;
  }
}
