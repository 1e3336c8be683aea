package dev.tonearm.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/** A plain OkHttp client for driving a {@link FakeLavalink} in tests. */
final class TestClient implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(5);
  static final MediaType JSON = MediaType.get("application/json");

  private final FakeLavalink node;
  private final OkHttpClient http;

  TestClient(FakeLavalink node) {
    this(node, Duration.ofSeconds(10));
  }

  TestClient(FakeLavalink node, Duration callTimeout) {
    this.node = node;
    this.http = new OkHttpClient.Builder().callTimeout(callTimeout).build();
  }

  Request.Builder request(String pathAndQuery) {
    return new Request.Builder()
        .url(node.uri() + pathAndQuery)
        .header("Authorization", node.password());
  }

  Reply get(String pathAndQuery) {
    return send(request(pathAndQuery).get());
  }

  Reply delete(String pathAndQuery) {
    return send(request(pathAndQuery).delete());
  }

  Reply patch(String pathAndQuery, String json) {
    return send(request(pathAndQuery).patch(RequestBody.create(json, JSON)));
  }

  Reply post(String pathAndQuery, String json) {
    return send(request(pathAndQuery).post(RequestBody.create(json, JSON)));
  }

  Reply send(Request.Builder request) {
    try (Response response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a request and returns the failure, for calls that must not get an answer. */
  IOException sendExpectingFailure(Request.Builder request) {
    try (Response response = http.newCall(request.build()).execute()) {
      throw new AssertionError("Expected the call to fail, but got " + response.code());
    } catch (IOException e) {
      return e;
    }
  }

  Ws connect(long userId) {
    return connect(new Headers.Builder()
        .add("Authorization", node.password())
        .add("User-Id", Long.toString(userId))
        .add("Client-Name", "tonearm-tests/1.0")
        .build());
  }

  Ws resume(long userId, String sessionId) {
    return connect(new Headers.Builder()
        .add("Authorization", node.password())
        .add("User-Id", Long.toString(userId))
        .add("Client-Name", "tonearm-tests/1.0")
        .add("Session-Id", sessionId)
        .build());
  }

  Ws connect(Headers headers) {
    Ws ws = new Ws();
    String url = node.uri().toString().replaceFirst("^http", "ws") + "/v4/websocket";
    http.newWebSocket(new Request.Builder().url(url).headers(headers).build(), ws);
    return ws;
  }

  /** Connects, reads {@code ready} and the first {@code stats}, and returns the session id. */
  Ws connectReady(long userId) {
    Ws ws = connect(userId);
    ws.expect("ready");
    ws.expect("stats");
    return ws;
  }

  @Override
  public void close() {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** A REST answer. */
  record Reply(int code, String body, Headers headers) {
    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    JsonArray array() {
      return JsonParser.parseString(body).getAsJsonArray();
    }

    @Nullable String header(String name) {
      return headers.get(name);
    }
  }

  /** A client WebSocket that collects what the node sends. */
  static final class Ws extends WebSocketListener {
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Response> opened = new CompletableFuture<>();
    private final CompletableFuture<Integer> closing = new CompletableFuture<>();
    private final CompletableFuture<String> closingReason = new CompletableFuture<>();
    private final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private volatile @Nullable Response failedResponse;
    private volatile @Nullable WebSocket socket;

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      opened.complete(response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      messages.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closingReason.complete(reason);
      closing.complete(code);
      webSocket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
      failedResponse = response;
      failed.complete(t);
      opened.completeExceptionally(t);
    }

    Response awaitOpen() {
      return await(opened, "the WebSocket to open");
    }

    /** Returns the next text frame, raw. */
    String nextRaw() {
      try {
        String message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
          throw new AssertionError("No WebSocket message within " + WAIT);
        }
        return message;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    JsonObject next() {
      return JsonParser.parseString(nextRaw()).getAsJsonObject();
    }

    /** Returns the next message, checking its op. */
    JsonObject expect(String op) {
      JsonObject message = next();
      if (!message.get("op").getAsString().equals(op)) {
        throw new AssertionError("Expected op " + op + " but got " + message);
      }
      return message;
    }

    /** Returns the next message, checking that it is an event of this type. */
    JsonObject expectEvent(String type) {
      JsonObject message = expect("event");
      if (!message.get("type").getAsString().equals(type)) {
        throw new AssertionError("Expected event " + type + " but got " + message);
      }
      return message;
    }

    /**
     * Checks that nothing else was sent before a marker frame sent now: the node sends in order
     * over one socket, so the marker must be the next message.
     */
    void expectNothingMore(FakeSession session) {
      session.sendRaw("{\"op\":\"marker\"}");
      JsonElement next = JsonParser.parseString(nextRaw());
      if (!next.getAsJsonObject().get("op").getAsString().equals("marker")) {
        throw new AssertionError("Expected no further message, but got " + next);
      }
    }

    int awaitClosingCode() {
      return await(closing, "a close frame");
    }

    String closingReason() {
      return await(closingReason, "a close frame");
    }

    Throwable awaitFailure() {
      return await(failed, "the WebSocket to fail");
    }

    boolean closedByFrame() {
      return closing.isDone();
    }

    @Nullable Response failedResponse() {
      return failedResponse;
    }

    void close() {
      WebSocket current = socket;
      if (current != null) {
        current.close(1000, "bye");
      }
    }

    void cancel() {
      WebSocket current = socket;
      if (current != null) {
        current.cancel();
      }
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
      try {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("Timed out waiting for " + what, e);
      } catch (ExecutionException e) {
        throw new AssertionError("Failed waiting for " + what, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
