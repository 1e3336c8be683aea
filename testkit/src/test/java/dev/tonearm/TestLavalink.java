package dev.tonearm;

import static org.awaitility.Awaitility.await;

import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.VirtualClock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Builds clients connected to fake nodes, for tests that need a live session. */
public final class TestLavalink {
  /** The bot user id every test client uses. */
  public static final long USER_ID = 1_000_000_000_000_001L;
  /** How long to wait for loopback I/O; generous because CI machines are slow. */
  public static final Duration IO_TIMEOUT = Duration.ofSeconds(10);

  private TestLavalink() {}

  /** Options for a node named {@code name} at the fake's address with its password. */
  public static NodeOptions.Builder options(String name, FakeLavalink fake) {
    return NodeOptions.builder(name, fake.uri(), fake.password());
  }

  /**
   * A client with one node, on the fake's virtual clock, with the given builder changes applied;
   * returns once the node is connected.
   */
  public static Lavalink connect(FakeLavalink fake, UnaryOperator<Lavalink.Builder> customize) {
    Lavalink lavalink = customize.apply(Lavalink.builder(USER_ID)
        .scheduler(fake.clock())
        .node(options("main", fake).build()))
        .build();
    awaitState(lavalink.nodes().get(0), NodeState.CONNECTED);
    return lavalink;
  }

  /** A client with one node on the fake's clock; returns once connected. */
  public static Lavalink connect(FakeLavalink fake) {
    return connect(fake, UnaryOperator.identity());
  }

  /**
   * Moves the virtual clock a step at a time until the node reaches the state. A reconnect
   * attempt fails on another thread and schedules the next one when it has failed, so a single
   * big step of the clock could pass before that retry exists.
   */
  public static void advanceUntilState(VirtualClock clock, Node node, NodeState state) {
    await().atMost(IO_TIMEOUT).until(() -> {
      if (node.state() != state) {
        clock.advance(Duration.ofSeconds(1));
      }
      return node.state() == state;
    });
  }

  /** Waits until the node reaches the state. */
  public static void awaitState(Node node, NodeState state) {
    await().atMost(IO_TIMEOUT).until(node::state, state::equals);
  }
}
