package dev.tonearm.conformance;

import static org.awaitility.Awaitility.await;

import dev.tonearm.testkit.VirtualClock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * Lets node time pass, the same way for both targets. Against the fake node time is its {@link
 * VirtualClock}, shared with the client, and moves only when a wait moves it; against a real node
 * it passes by itself and a wait just watches. Either way a wait is a condition with a bound, so a
 * test says what it waits for and how long that may take on a real node.
 */
final class NodeTime {
  /** How long loopback or LAN traffic may take; generous, because build machines are busy. */
  static final Duration IO_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(10);
  private static final Duration MAX_STEP = Duration.ofSeconds(1);
  private static final Duration SETTLE = Duration.ofMillis(30);
  /** The fake node's virtual bound is reached in steps; this bounds the real time it takes. */
  private static final Duration FAKE_WALL_BOUND = Duration.ofSeconds(60);

  private final @Nullable VirtualClock clock;

  private NodeTime(@Nullable VirtualClock clock) {
    this.clock = clock;
  }

  /** Time on the fake node's clock, which moves only when a wait moves it. */
  static NodeTime virtual(VirtualClock clock) {
    return new NodeTime(clock);
  }

  /** Time that passes by itself, as on a real node. */
  static NodeTime real() {
    return new NodeTime(null);
  }

  /** Returns the clock to give clients of the fake node, or null for a real node. */
  @Nullable VirtualClock clock() {
    return clock;
  }

  /**
   * Waits for traffic only, without moving node time: for answers and events that need no timer
   * to fire on either side.
   *
   * @throws org.awaitility.core.ConditionTimeoutException if {@code condition} is not true within
   *     {@link #IO_TIMEOUT}
   */
  static void awaitIo(String what, Callable<Boolean> condition) {
    await(what).atMost(IO_TIMEOUT).pollInterval(POLL).until(condition);
  }

  /**
   * Lets node time pass until the condition holds: on the fake node the clock moves a step after
   * each failed check, on a real node the check is repeated.
   *
   * @param bound how much node time it may take
   * @throws AssertionError if the fake node's clock moved {@code bound} without the condition
   *     holding
   * @throws org.awaitility.core.ConditionTimeoutException if a real node took {@code bound} (plus
   *     {@link #IO_TIMEOUT} for traffic)
   */
  void until(String what, Duration bound, Callable<Boolean> condition) {
    VirtualClock virtual = clock;
    if (virtual == null) {
      await(what).atMost(bound.plus(IO_TIMEOUT)).pollInterval(Duration.ofMillis(50))
          .until(condition);
      return;
    }
    Duration step = step(bound);
    long start = virtual.nanoTime();
    await(what).atMost(FAKE_WALL_BOUND).pollInterval(POLL).until(() -> {
      if (condition.call()) {
        return true;
      }
      if (virtual.nanoTime() - start >= bound.toNanos()) {
        throw new AssertionError("Not within " + bound.toMillis() + " ms of node time: " + what);
      }
      virtual.advance(step);
      return false;
    });
  }

  /**
   * Lets node time pass and checks that the condition holds all along, to show that something
   * does not happen.
   *
   * @param span how much node time to watch
   * @throws AssertionError or {@link org.awaitility.core.ConditionTimeoutException} if the
   *     condition fails at some point
   */
  void holdsFor(String what, Duration span, Callable<Boolean> condition) {
    VirtualClock virtual = clock;
    if (virtual == null) {
      // A condition that fails at any point cannot hold for the whole span before the bound.
      await(what).during(span).atMost(span.plus(Duration.ofSeconds(1)))
          .pollInterval(Duration.ofMillis(50)).until(condition);
      return;
    }
    Duration step = span.dividedBy(10);
    for (int i = 0; i < 10; i++) {
      virtual.advance(step);
      // What the clock set off runs over real sockets: give it a moment to show.
      await(what).during(SETTLE).atMost(SETTLE.multipliedBy(10)).pollInterval(POLL)
          .until(condition);
    }
  }

  private static Duration step(Duration bound) {
    Duration step = bound.dividedBy(20);
    return step.compareTo(MAX_STEP) > 0 ? MAX_STEP : step;
  }
}
