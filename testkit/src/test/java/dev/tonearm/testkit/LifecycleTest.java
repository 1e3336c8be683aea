package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.testkit.TestClient.Ws;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void close_afterRestWebSocketAndStalledCall_leavesNoThreadOfTheNode() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    FakeLavalink lavalink = FakeLavalink.start();
    CompletableFuture<Throwable> stalledCall = new CompletableFuture<>();
    try (TestClient client = new TestClient(lavalink)) {
      Ws ws = client.connectReady(1);
      FakeSession session = lavalink.awaitSession(TestClient.WAIT);
      client.patch("/v4/sessions/" + session.id() + "/players/1",
          "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK + "\"}}");
      ws.expectEvent("TrackStartEvent");
      lavalink.stallNextRequests(1);
      new okhttp3.OkHttpClient().newCall(client.request("/v4/info").build())
          .enqueue(completeWithFailure(stalledCall));
      awaitCallRecorded(lavalink, 2);

      lavalink.close();

      assertThat(stalledCall.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
      ws.awaitFailure();
    }

    List<Thread> left = awaitNodeThreadsGone(before, Duration.ofSeconds(10));
    assertThat(left).as("threads of the fake node still alive after close()").isEmpty();
  }

  @Test
  void close_twice_secondDoesNothing() {
    FakeLavalink lavalink = FakeLavalink.start();

    lavalink.close();
    lavalink.close();

    assertThat(lavalink.toString()).contains("closed");
  }

  @Test
  void close_playingPlayers_cancelsTheirClockTasks() {
    VirtualClock clock = new VirtualClock();
    FakeLavalink lavalink = FakeLavalink.builder().clock(clock).start();
    try (TestClient client = new TestClient(lavalink)) {
      client.connectReady(1);
      FakeSession session = lavalink.awaitSession(TestClient.WAIT);
      client.patch("/v4/sessions/" + session.id() + "/players/1",
          "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK + "\"}}");
      assertThat(clock.pendingTasks()).isPositive();

      lavalink.close();

      assertThat(clock.pendingTasks()).isZero();
      assertThat(lavalink.sessions()).isEmpty();
      assertThat(session.destroyed()).isTrue();
    }
  }

  @Test
  void awaitSession_afterClose_assertionError() {
    FakeLavalink lavalink = FakeLavalink.start();
    lavalink.close();

    assertThatThrownBy(() -> lavalink.awaitSession(Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("closed");
  }

  @Test
  void builder_invalidSettings_illegalArgument() {
    assertThatThrownBy(() -> FakeLavalink.builder().version("four"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeLavalink.builder().statsInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeLavalink.builder().playerUpdateInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void start_customSettings_exposedByAccessors() {
    VirtualClock clock = new VirtualClock();
    FakeCatalog catalog = FakeCatalog.empty();
    try (FakeLavalink lavalink = FakeLavalink.builder().password("secret").clock(clock)
        .catalog(catalog).version("4.1.1").start()) {
      assertThat(lavalink.password()).isEqualTo("secret");
      assertThat(lavalink.clock()).isSameAs(clock);
      assertThat(lavalink.catalog()).isSameAs(catalog);
      assertThat(lavalink.version()).isEqualTo("4.1.1");
      assertThat(lavalink.uri().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }
  }

  private static Callback completeWithFailure(CompletableFuture<Throwable> future) {
    return new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        future.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        future.completeExceptionally(new AssertionError("The stalled call got " + response));
      }
    };
  }

  /** Waits, with a bounded real-time wait on the node's lock, until the node recorded n calls. */
  private static void awaitCallRecorded(FakeLavalink lavalink, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (lavalink.calls().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The node did not receive the call");
      }
      synchronized (lavalink.lock) {
        lavalink.lock.wait(10);
      }
    }
  }

  /**
   * Waits for every thread started since {@code before} to end, joining each with what is left of
   * the deadline, and returns the threads still alive. Two kinds are not the node's: the test
   * client's own threads (named "OkHttp …", kept alive for a while after use), and Okio's
   * process-wide "Okio Watchdog" daemon, which client and server share for timeouts and which
   * ends by itself after a minute without work.
   */
  private static List<Thread> awaitNodeThreadsGone(Set<Thread> before, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : newThreads(before)) {
      long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (remainingMillis > 0) {
        thread.join(remainingMillis);
      }
    }
    return newThreads(before);
  }

  private static List<Thread> newThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread))
        .filter(Thread::isAlive)
        .filter(thread -> !thread.getName().startsWith("OkHttp"))
        .filter(thread -> !thread.getName().equals("Okio Watchdog"))
        .toList();
  }
}
