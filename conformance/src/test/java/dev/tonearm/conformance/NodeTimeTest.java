package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.testkit.VirtualClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/** Waits on the fake node's clock and on a real one. */
class NodeTimeTest {
  private final VirtualClock clock = new VirtualClock();
  private final NodeTime virtual = NodeTime.virtual(clock);

  @Test
  void until_virtual_movesTheClockUntilTheConditionHolds() {
    clock.schedule(Duration.ofSeconds(7), () -> { });
    long start = clock.nanoTime();

    virtual.until("seven seconds passed", Duration.ofSeconds(10),
        () -> clock.nanoTime() - start >= Duration.ofSeconds(7).toNanos());

    assertThat(Duration.ofNanos(clock.nanoTime() - start))
        .isBetween(Duration.ofSeconds(7), Duration.ofMillis(7_500));
  }

  @Test
  void until_virtualBoundPassed_failsNamingWhatItWaitedFor() {
    assertThatThrownBy(() -> virtual.until("a thing that never happens", Duration.ofSeconds(3),
        () -> false))
        .hasMessageContaining("a thing that never happens")
        .hasMessageContaining("3000 ms of node time");
  }

  @Test
  void holdsFor_virtual_movesTheClockTheWholeSpan() {
    long start = clock.nanoTime();

    virtual.holdsFor("nothing changes", Duration.ofMinutes(2), () -> true);

    assertThat(clock.nanoTime() - start).isEqualTo(Duration.ofMinutes(2).toNanos());
  }

  @Test
  void holdsFor_virtualConditionBreaks_fails() {
    AtomicInteger tasks = new AtomicInteger();
    clock.schedule(Duration.ofSeconds(50), tasks::incrementAndGet);

    assertThatThrownBy(() -> virtual.holdsFor("no task runs", Duration.ofMinutes(1),
        () -> tasks.get() == 0))
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessageContaining("no task runs");
  }

  @Test
  void until_real_returnsOnceTheConditionHoldsWithoutAClock() {
    NodeTime real = NodeTime.real();
    AtomicInteger checks = new AtomicInteger();

    real.until("the third check", Duration.ofSeconds(1), () -> checks.incrementAndGet() >= 3);

    assertThat(real.clock()).isNull();
    assertThat(checks).hasValueGreaterThanOrEqualTo(3);
  }
}
