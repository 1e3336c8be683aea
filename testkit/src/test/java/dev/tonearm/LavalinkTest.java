package dev.tonearm;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeLavalink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LavalinkTest {

  private static List<String> tonearmThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("tonearm-"))
        .toList();
  }

  @Test
  void close_afterUse_leavesNoThreadOfOursRunning() throws Exception {
    try (FakeLavalink fake = FakeLavalink.start()) {
      Lavalink lavalink = Lavalink.builder(TestLavalink.USER_ID)
          .node(TestLavalink.options("main", fake).build())
          .build();
      Node node = lavalink.nodes().get(0);
      TestLavalink.awaitState(node, NodeState.CONNECTED);
      node.rest().info().get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(tonearmThreads()).isNotEmpty();

      lavalink.close();

      assertThat(node.state()).isEqualTo(NodeState.CLOSED);
      await().atMost(IO_TIMEOUT).until(() -> tonearmThreads().isEmpty());
    }
  }

  @Test
  void close_twice_isHarmless() {
    try (FakeLavalink fake = FakeLavalink.start()) {
      Lavalink lavalink = TestLavalink.connect(fake);

      lavalink.close();
      lavalink.close();

      assertThat(lavalink.isClosed()).isTrue();
    }
  }

  @Test
  void password_neverAppearsInLogsExceptionsOrToString() throws Exception {
    String password = "s3cret-passw0rd-" + System.nanoTime();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level previousLevel = root.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.TRACE);
    try (FakeLavalink fake = FakeLavalink.builder().password(password).start();
        Lavalink lavalink = Lavalink.builder(TestLavalink.USER_ID)
            .scheduler(fake.clock())
            .timeouts(Duration.ofSeconds(5), Duration.ofMillis(300))
            .node(NodeOptions.builder("right", fake.uri(), password).build())
            .node(NodeOptions.builder("wrong", fake.uri(), password + "-typo").build())
            .build()) {
      Node right = lavalink.node("right").orElseThrow();
      Node wrong = lavalink.node("wrong").orElseThrow();
      TestLavalink.awaitState(right, NodeState.CONNECTED);
      TestLavalink.awaitState(wrong, NodeState.DISCONNECTED);
      fake.stallNextRequests(1);
      Throwable timeout = failure(right.rest().stats());
      Throwable refused = failure(wrong.rest().info());
      fake.dropConnections();
      TestLavalink.awaitState(right, NodeState.RECONNECTING);

      StringBuilder seen = new StringBuilder();
      for (ILoggingEvent event : logs.list) {
        seen.append(event.getFormattedMessage()).append('\n');
        if (event.getThrowableProxy() != null) {
          seen.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
        }
      }
      seen.append(timeout).append(refused).append(right).append(wrong)
          .append(right.options()).append(wrong.options()).append(right.rest());
      assertThat(logs.list).isNotEmpty();
      assertThat(seen.toString()).doesNotContain(password);
    } finally {
      root.detachAppender(logs);
      root.setLevel(previousLevel);
    }
  }

  @Test
  void builder_withoutNodes_isRejected() {
    assertThatThrownBy(() -> Lavalink.builder(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one node");
  }

  @Test
  void builder_duplicateNodeName_isRejected() {
    NodeOptions options = NodeOptions.builder("main", java.net.URI.create("http://127.0.0.1:1"), "pw").build();

    assertThatThrownBy(() -> Lavalink.builder(1).node(options).node(options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'main'");
  }

  @Test
  void builder_zeroUserId_isRejected() {
    assertThatThrownBy(() -> Lavalink.builder(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
  }

  private static Throwable failure(CompletableFuture<?> future) throws Exception {
    try {
      future.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      throw new AssertionError("the call succeeded");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }
}
