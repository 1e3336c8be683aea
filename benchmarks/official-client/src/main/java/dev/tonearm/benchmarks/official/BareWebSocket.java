package dev.tonearm.benchmarks.official;

import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * The transport floor of the end-to-end benchmark: an OkHttp 4 WebSocket (the one the official client uses)
 * whose listener only counts the frames and reads each one's guild id with a plain scan. No JSON,
 * no players, no events.
 */
final class BareWebSocket implements EndToEnd.Client {
  private final OkHttpClient http = new OkHttpClient();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile EndToEnd.@Nullable Tally tally;
  private @Nullable WebSocket socket;

  @Override
  public String name() {
    return "okhttp4";
  }

  @Override
  public void start(LoopbackLavalink server, long[] guildIds) throws Exception {
    Request request = new Request.Builder().url(server.uri() + "/v4/websocket")
        .header("Authorization", LoopbackLavalink.PASSWORD)
        .header("User-Id", "1")
        .header("Client-Name", "bare/1.0")
        .build();
    socket = http.newWebSocket(request, new WebSocketListener() {
      @Override
      public void onMessage(WebSocket webSocket, String text) {
        EndToEnd.Tally current = tally;
        if (current == null) {
          ready.countDown();
        } else {
          current.record(EndToEnd.scanChecksum(text));
        }
      }
    });
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new TimeoutException("no ready frame within " + Duration.ofSeconds(30));
    }
  }

  @Override
  public void expect(FrameKind kind, EndToEnd.Tally next) {
    tally = next;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.cancel();
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
