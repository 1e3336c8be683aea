package dev.tonearm.internal.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/** {@link Transport} over OkHttp, the HTTP client JDA uses. */
final class OkHttpTransport implements Transport {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int NORMAL_CLOSURE = 1000;

  private final OkHttpClient http;
  private final OkHttpClient webSocketClient;
  private final boolean ownsConnectionPool;

  /**
   * Derives the client's OkHttp clients.
   *
   * @param given an {@code OkHttpClient} to share the connection pool, interceptors and proxy of,
   *     or null for a new one; typed {@code Object} so that callers load without OkHttp
   * @param executor where calls run
   * @param connectTimeout the connect timeout
   * @param readTimeout the read and write timeout of REST calls
   */
  OkHttpTransport(@Nullable Object given, ExecutorService executor, Duration connectTimeout,
      Duration readTimeout) {
    ownsConnectionPool = given == null;
    OkHttpClient base = given == null ? new OkHttpClient() : (OkHttpClient) given;
    http = base.newBuilder()
        .dispatcher(new Dispatcher(executor))
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .build();
    // Lavalink sends nothing for up to a minute between stats, so the socket must not time out on
    // reads; pings detect a dead peer instead.
    webSocketClient = http.newBuilder()
        .readTimeout(Duration.ZERO)
        .pingInterval(Transports.PING_INTERVAL)
        .build();
  }

  @Override
  public CompletableFuture<HttpReply> send(String method, String url, String authorization,
      @Nullable String json) {
    Request request = new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .method(method, json == null ? null : RequestBody.create(json, JSON))
        .build();
    CompletableFuture<HttpReply> reply = new CompletableFuture<>();
    Call call = http.newCall(request);
    reply.whenComplete((value, error) -> {
      if (reply.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        reply.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call done, Response response) {
        try (response) {
          ResponseBody body = response.body();
          reply.complete(new HttpReply(response.code(), response.message(),
              body == null ? "" : body.string()));
        } catch (IOException e) {
          reply.completeExceptionally(e);
        }
      }
    });
    return reply;
  }

  @Override
  public Socket openSocket(String url, Map<String, String> headers, SocketListener listener) {
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(request::header);
    WebSocket socket = webSocketClient.newWebSocket(request.build(), new Listener(listener));
    return new Socket() {
      @Override
      public void close(int code, String reason) {
        socket.close(code, reason);
      }

      @Override
      public void cancel() {
        socket.cancel();
      }
    };
  }

  @Override
  public void cancelAll() {
    http.dispatcher().cancelAll();
  }

  @Override
  public void close() {
    if (ownsConnectionPool) {
      http.connectionPool().evictAll();
    }
  }

  private static final class Listener extends WebSocketListener {
    private final SocketListener listener;

    Listener(SocketListener listener) {
      this.listener = listener;
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      listener.onText(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(NORMAL_CLOSURE, null);
      listener.onClosed(code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      listener.onClosed(code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
      int status = -1;
      if (response != null) {
        status = response.code();
        response.close();
      }
      listener.onFailure(failure, status);
    }
  }
}
