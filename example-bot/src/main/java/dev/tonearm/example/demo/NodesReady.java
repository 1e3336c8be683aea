package dev.tonearm.example.demo;

import dev.tonearm.annotation.OnNodeReady;
import dev.tonearm.event.NodeReadyEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the demo begin once every node has a session. Registered on the client's builder after
 * the bot's own listener, so that it is told only after the bot printed each node's ready line.
 */
class NodesReady {
  private final CountDownLatch latch;

  NodesReady(int nodes) {
    latch = new CountDownLatch(nodes);
  }

  @OnNodeReady
  void ready(NodeReadyEvent event) {
    latch.countDown();
  }

  /** Waits for the nodes; true if all became ready in time. */
  boolean await(Duration timeout) throws InterruptedException {
    return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
