package dev.tonearm.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

  @Test
  void execute_onAThreadPool_keepsSubmissionOrder() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      List<Integer> seen = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(1000);
      for (int i = 0; i < 1000; i++) {
        int value = i;
        serial.execute(() -> {
          seen.add(value);
          done.countDown();
        });
      }

      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).isSortedAccordingTo(Integer::compare).hasSize(1000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void execute_afterShutdown_rejectsTheCallerAndNotTheRunningTask() {
    List<Runnable> accepted = new ArrayList<>();
    boolean[] shutDown = {false};
    SerialExecutor serial = new SerialExecutor(task -> {
      if (shutDown[0]) {
        throw new RejectedExecutionException("shut down");
      }
      accepted.add(task);
    });
    serial.execute(() -> { });
    serial.execute(() -> { });
    shutDown[0] = true;

    accepted.get(0).run();

    assertThat(accepted).hasSize(1);
    assertThatThrownBy(() -> new SerialExecutor(task -> {
      throw new RejectedExecutionException("shut down");
    }).execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void execute_aBurstQueuedBeforeTheTurnRuns_isHandedToTheExecutorOnce() {
    List<Runnable> handedOver = new ArrayList<>();
    SerialExecutor serial = new SerialExecutor(handedOver::add);
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int value = i;
      serial.execute(() -> seen.add(value));
    }

    handedOver.get(0).run();

    assertThat(handedOver).hasSize(1);
    assertThat(seen).hasSize(100).isSortedAccordingTo(Integer::compare);
  }

  @Test
  void execute_moreThanATurn_makesWayForTheExecutorsOtherWork() {
    List<Runnable> handedOver = new ArrayList<>();
    SerialExecutor serial = new SerialExecutor(handedOver::add);
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < SerialExecutor.TURN + 10; i++) {
      int value = i;
      serial.execute(() -> seen.add(value));
    }

    handedOver.get(0).run();

    assertThat(seen).hasSize(SerialExecutor.TURN);
    assertThat(handedOver).hasSize(2);
    handedOver.get(1).run();
    assertThat(seen).hasSize(SerialExecutor.TURN + 10).isSortedAccordingTo(Integer::compare);
  }

  @Test
  void execute_aTaskThatThrows_doesNotStopTheTasksAfterIt() {
    List<Runnable> handedOver = new ArrayList<>();
    SerialExecutor serial = new SerialExecutor(handedOver::add);
    List<String> seen = new ArrayList<>();
    serial.execute(() -> {
      throw new IllegalStateException("listener bug");
    });
    serial.execute(() -> seen.add("after"));

    assertThatThrownBy(() -> handedOver.get(0).run()).isInstanceOf(IllegalStateException.class);
    handedOver.get(1).run();

    assertThat(seen).containsExactly("after");
  }

  @Test
  void execute_onTheSubmittingThread_runsEachTaskBeforeReturning() {
    SerialExecutor serial = new SerialExecutor(Runnable::run);
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int value = i;
      serial.execute(() -> seen.add(value));

      assertThat(seen).hasSize(i + 1);
    }

    assertThat(seen).isSortedAccordingTo(Integer::compare);
  }

  @Test
  void execute_aStreamOnAThreadPool_isDeliveredCompletelyAndInOrder() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      SerialExecutor serial = new SerialExecutor(single);
      List<Integer> seen = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(10_000);
      for (int i = 0; i < 10_000; i++) {
        int value = i;
        serial.execute(() -> {
          seen.add(value);
          done.countDown();
        });
        if (i % 100 == 0) {
          // Let the event thread catch up now and then, so turns end and start again mid-stream.
          Thread.yield();
        }
      }

      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).hasSize(10_000).isSortedAccordingTo(Integer::compare);
    } finally {
      single.shutdownNow();
    }
  }
}
