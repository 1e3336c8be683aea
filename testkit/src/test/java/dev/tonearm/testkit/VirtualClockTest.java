package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.time.Scheduler.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  @Test
  void newClock_noArguments_startsAtNewYear2026WithNanoTimeZero() {
    VirtualClock clock = new VirtualClock();

    assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.currentTimeMillis()).isEqualTo(1_767_225_600_000L);
    assertThat(clock.nanoTime()).isZero();
    assertThat(clock.pendingTasks()).isZero();
  }

  @Test
  void newClock_startInstant_startsThere() {
    VirtualClock clock = new VirtualClock(Instant.parse("2030-05-06T07:08:09.010Z"));

    assertThat(clock.currentTimeMillis())
        .isEqualTo(Instant.parse("2030-05-06T07:08:09.010Z").toEpochMilli());
    assertThat(clock.nanoTime()).isZero();
  }

  @Test
  void advance_noTasks_movesTimeExactly() {
    VirtualClock clock = new VirtualClock();

    clock.advance(Duration.ofMillis(1500).plusNanos(7));

    assertThat(clock.nanoTime()).isEqualTo(1_500_000_007L);
    assertThat(clock.now()).isEqualTo(VirtualClock.DEFAULT_START.plusNanos(1_500_000_007L));
  }

  @Test
  void advance_tasksScheduledOutOfOrder_runsInDueOrderAtTheirDueTime() {
    VirtualClock clock = new VirtualClock();
    List<String> ran = new ArrayList<>();
    clock.schedule(Duration.ofSeconds(3), () -> ran.add("c@" + clock.nanoTime()));
    clock.schedule(Duration.ofSeconds(1), () -> ran.add("a@" + clock.nanoTime()));
    clock.schedule(Duration.ofSeconds(2), () -> ran.add("b@" + clock.nanoTime()));

    clock.advance(Duration.ofSeconds(10));

    assertThat(ran).containsExactly("a@1000000000", "b@2000000000", "c@3000000000");
    assertThat(clock.nanoTime()).isEqualTo(10_000_000_000L);
  }

  @Test
  void advance_tasksDueAtSameTime_runsInSchedulingOrder() {
    VirtualClock clock = new VirtualClock();
    List<Integer> ran = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int index = i;
      clock.schedule(Duration.ofSeconds(1), () -> ran.add(index));
    }

    clock.advance(Duration.ofSeconds(1));

    assertThat(ran).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void advance_taskDueAfterWindow_staysPending() {
    VirtualClock clock = new VirtualClock();
    AtomicInteger runs = new AtomicInteger();
    clock.schedule(Duration.ofSeconds(5), runs::incrementAndGet);

    clock.advance(Duration.ofMillis(4999));

    assertThat(runs).hasValue(0);
    assertThat(clock.pendingTasks()).isEqualTo(1);

    clock.advance(Duration.ofMillis(1));

    assertThat(runs).hasValue(1);
    assertThat(clock.pendingTasks()).isZero();
  }

  @Test
  void advance_taskReschedulesItself_runsEveryPeriodInsideWindow() {
    VirtualClock clock = new VirtualClock();
    List<Long> ticks = new ArrayList<>();
    Runnable[] tick = new Runnable[1];
    tick[0] = () -> {
      ticks.add(clock.nanoTime() / 1_000_000_000L);
      clock.schedule(Duration.ofSeconds(5), tick[0]);
    };
    clock.schedule(Duration.ofSeconds(5), tick[0]);

    clock.advance(Duration.ofSeconds(17));

    assertThat(ticks).containsExactly(5L, 10L, 15L);
    assertThat(clock.pendingTasks()).isEqualTo(1);
  }

  @Test
  void advance_taskSchedulesZeroDelayTask_runsItInSameAdvance() {
    VirtualClock clock = new VirtualClock();
    List<String> ran = new ArrayList<>();
    clock.schedule(Duration.ofSeconds(1), () -> {
      ran.add("outer");
      clock.schedule(Duration.ZERO, () -> ran.add("inner@" + clock.nanoTime()));
    });

    clock.advance(Duration.ofSeconds(1));

    assertThat(ran).containsExactly("outer", "inner@1000000000");
  }

  @Test
  void cancel_beforeDue_taskNeverRuns() {
    VirtualClock clock = new VirtualClock();
    AtomicInteger runs = new AtomicInteger();
    Cancellable handle = clock.schedule(Duration.ofSeconds(1), runs::incrementAndGet);

    handle.cancel();
    clock.advance(Duration.ofSeconds(2));

    assertThat(runs).hasValue(0);
    assertThat(clock.pendingTasks()).isZero();
  }

  @Test
  void runDueTasks_zeroAndNegativeDelays_runsThemWithoutMovingTime() {
    VirtualClock clock = new VirtualClock();
    List<String> ran = new ArrayList<>();
    clock.schedule(Duration.ZERO, () -> ran.add("zero"));
    clock.schedule(Duration.ofSeconds(-3), () -> ran.add("negative"));
    clock.schedule(Duration.ofNanos(1), () -> ran.add("later"));

    clock.runDueTasks();

    assertThat(ran).containsExactly("zero", "negative");
    assertThat(clock.nanoTime()).isZero();
    assertThat(clock.pendingTasks()).isEqualTo(1);
  }

  @Test
  void advance_taskThrows_runsOtherTasksSetsClockThenRethrowsFirst() {
    VirtualClock clock = new VirtualClock();
    List<String> ran = new ArrayList<>();
    clock.schedule(Duration.ofSeconds(1), () -> {
      throw new IllegalStateException("first");
    });
    clock.schedule(Duration.ofSeconds(2), () -> ran.add("between"));
    clock.schedule(Duration.ofSeconds(3), () -> {
      throw new IllegalArgumentException("second");
    });

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("first")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1)
            .allSatisfy(s -> assertThat(s).hasMessage("second")));
    assertThat(ran).containsExactly("between");
    assertThat(clock.nanoTime()).isEqualTo(5_000_000_000L);
  }

  @Test
  void advance_negativeAmount_throwsIllegalArgument() {
    VirtualClock clock = new VirtualClock();

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.nanoTime()).isZero();
  }

  @Test
  void advance_calledFromTask_throwsIllegalStateInsideTask() {
    VirtualClock clock = new VirtualClock();
    clock.schedule(Duration.ofSeconds(1), () -> clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("advance");
    assertThat(clock.nanoTime()).isEqualTo(1_000_000_000L);
  }

  @Test
  void advance_hugeDuration_saturatesInsteadOfOverflowing() {
    VirtualClock clock = new VirtualClock();
    AtomicInteger runs = new AtomicInteger();
    clock.schedule(Duration.ofDays(365L * 1000), runs::incrementAndGet);

    clock.advance(Duration.ofSeconds(Long.MAX_VALUE));

    assertThat(runs).hasValue(1);
    assertThat(clock.nanoTime()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void schedule_fromManyThreads_everyTaskRunsOnce() throws Exception {
    VirtualClock clock = new VirtualClock();
    List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch scheduled = new CountDownLatch(400);
    try {
      for (int i = 0; i < 400; i++) {
        int index = i;
        pool.execute(() -> {
          clock.schedule(Duration.ofMillis(index % 10), () -> ran.add(index));
          scheduled.countDown();
        });
      }
      assertThat(scheduled.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdown();
    }

    clock.advance(Duration.ofSeconds(1));

    assertThat(ran).hasSize(400).doesNotHaveDuplicates();
  }
}
