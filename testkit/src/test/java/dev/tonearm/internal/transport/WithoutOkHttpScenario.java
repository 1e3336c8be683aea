package dev.tonearm.internal.transport;

import dev.tonearm.Lavalink;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.track.LoadResult;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What {@link WithoutOkHttpTest} runs in a class loader that has core but no OkHttp: connects to
 * the node, loads a track, updates a player, closes, and describes what it saw. It uses nothing
 * but core and the JDK, so it cannot pull OkHttp in by accident.
 */
public final class WithoutOkHttpScenario implements Function<String[], String> {
  private static final long TIMEOUT_SECONDS = 10;

  @Override
  public String apply(String[] args) {
    URI uri = URI.create(args[0]);
    String password = args[1];
    String identifier = args[2];
    try {
      Lavalink lavalink = Lavalink.builder(1_000_000_000_000_001L)
          .node(NodeOptions.builder("main", uri, password).build())
          .build();
      String seen;
      try {
        Node node = lavalink.nodes().get(0);
        awaitConnected(node);
        String version = node.rest().version().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        LoadResult loaded = lavalink.loadTracks(identifier).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        int volume = node.rest().updatePlayer(node.sessionId(), 42L,
                PlayerUpdate.builder().volume(80).build())
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).volume();
        seen = "version=" + version + " loaded=" + loaded.getClass().getSimpleName()
            + " volume=" + volume;
      } finally {
        lavalink.close();
      }
      return "okHttpPresent=" + Transports.okHttpPresent() + " " + seen
          + " threadsAfterClose=" + threadsOfOursAfterClose();
    } catch (Exception e) {
      throw new IllegalStateException("the scenario failed: " + e, e);
    }
  }

  private static void awaitConnected(Node node) throws InterruptedException {
    CountDownLatch connected = new CountDownLatch(1);
    node.addStateListener(change -> {
      if (change.current() == NodeState.CONNECTED) {
        connected.countDown();
      }
    });
    if (node.state() != NodeState.CONNECTED
        && !connected.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the node did not connect: " + node.state());
    }
  }

  /** Waits for the client's threads to end, then names those still alive. */
  private static List<String> threadsOfOursAfterClose() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("tonearm-")) {
        thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
      }
    }
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.isAlive() && thread.getName().startsWith("tonearm-"))
        .map(Thread::getName)
        .toList();
  }
}
