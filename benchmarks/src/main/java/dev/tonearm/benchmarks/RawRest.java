package dev.tonearm.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * The floor of the REST benchmark: the same requests made with a default OkHttp 5 client and
 * nothing else. It opens a WebSocket of its own for a session, and reads each response body into
 * a string without parsing it.
 */
final class RawRest implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final URI uri;
  private final String password;
  private final WebSocket socket;
  private final String sessionId;

  RawRest(URI uri, String password) throws Exception {
    this.uri = uri;
    this.password = password;
    CompletableFuture<String> ready = new CompletableFuture<>();
    socket = http.newWebSocket(new Request.Builder().url(uri + "/v4/websocket")
        .header("Authorization", password).header("User-Id", "2").header("Client-Name", "raw/1.0")
        .build(), new WebSocketListener() {
          @Override
          public void onMessage(WebSocket webSocket, String text) {
            int at = text.indexOf("\"sessionId\":\"");
            if (text.contains("\"op\":\"ready\"") && at >= 0) {
              int start = at + "\"sessionId\":\"".length();
              ready.complete(text.substring(start, text.indexOf('"', start)));
            }
          }

          @Override
          public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
            ready.completeExceptionally(t);
          }
        });
    sessionId = ready.get(30, TimeUnit.SECONDS);
  }

  /** Sends a player update and completes with the response body. */
  CompletableFuture<String> updatePlayer(long guildId, String body) {
    return send(new Request.Builder()
        .url(uri + "/v4/sessions/" + sessionId + "/players/" + guildId + "?noReplace=false")
        .header("Authorization", password)
        .patch(RequestBody.create(body, JSON))
        .build());
  }

  /** Loads tracks and completes with the response body. */
  CompletableFuture<String> loadTracks(String identifier) {
    return send(new Request.Builder()
        .url(uri + "/v4/loadtracks?identifier=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8))
        .header("Authorization", password)
        .build());
  }

  private CompletableFuture<String> send(Request request) {
    CompletableFuture<String> body = new CompletableFuture<>();
    http.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        body.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          String text = response.body().string();
          if (response.isSuccessful()) {
            body.complete(text);
          } else {
            body.completeExceptionally(new IOException("HTTP " + response.code() + ": " + text));
          }
        } catch (IOException e) {
          body.completeExceptionally(e);
        }
      }
    });
    return body;
  }

  @Override
  public void close() {
    socket.cancel();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
