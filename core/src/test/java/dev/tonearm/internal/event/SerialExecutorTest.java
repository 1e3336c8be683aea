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
}
