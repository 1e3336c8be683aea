package dev.tonearm.queue;

import static dev.tonearm.queue.QueueTracks.tracks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackQueueConcurrencyTest {
  private static final int PRODUCERS = 4;
  private static final int CONSUMERS = 4;
  private static final int PER_PRODUCER = 5_000;

  private final ExecutorService executor = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);

  @AfterEach
  void shutDown() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void addAndPoll_manyThreads_noTrackLostOrDuplicated() throws Exception {
    TrackQueue queue = new TrackQueue();
    List<List<Track>> batches = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      batches.add(tracks(p * PER_PRODUCER, PER_PRODUCER));
    }
    int total = PRODUCERS * PER_PRODUCER;
    AtomicInteger taken = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);

    List<Future<?>> producers = new ArrayList<>();
    for (List<Track> batch : batches) {
      producers.add(executor.submit(() -> {
        start.await();
        for (int i = 0; i < batch.size(); i += 10) {
          queue.addAll(batch.subList(i, i + 5));
          for (Track track : batch.subList(i + 5, i + 10)) {
            queue.add(track);
          }
        }
        return null;
      }));
    }
    List<Future<List<Track>>> consumers = new ArrayList<>();
    for (int c = 0; c < CONSUMERS; c++) {
      boolean usePoll = c % 2 == 0;
      Callable<List<Track>> consumer = () -> {
        start.await();
        List<Track> mine = new ArrayList<>();
        while (taken.get() < total && !Thread.currentThread().isInterrupted()) {
          Optional<Track> next = usePoll ? queue.poll() : queue.skip();
          if (next.isPresent()) {
            mine.add(next.get());
            taken.incrementAndGet();
          } else {
            Thread.onSpinWait();
          }
        }
        return mine;
      };
      consumers.add(executor.submit(consumer));
    }

    start.countDown();
    for (Future<?> producer : producers) {
      producer.get(30, TimeUnit.SECONDS);
    }
    Map<Track, Integer> seen = new IdentityHashMap<>();
    for (Future<List<Track>> consumer : consumers) {
      for (Track track : consumer.get(30, TimeUnit.SECONDS)) {
        seen.merge(track, 1, Integer::sum);
      }
    }

    assertThat(seen).hasSize(total);
    assertThat(seen.values()).allMatch(count -> count == 1);
    for (List<Track> batch : batches) {
      for (Track track : batch) {
        assertThat(seen).containsKey(track);
      }
    }
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void add_manyThreadsAgainstMaxSize_exactlyMaxSizeSucceed() throws Exception {
    int maxSize = 1_000;
    TrackQueue queue = new TrackQueue(maxSize, 10);
    List<Track> all = tracks(0, 4_000);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger refused = new AtomicInteger();

    List<Future<?>> futures = new ArrayList<>();
    int threads = PRODUCERS + CONSUMERS;
    int share = all.size() / threads;
    for (int t = 0; t < threads; t++) {
      List<Track> mine = all.subList(t * share, (t + 1) * share);
      futures.add(executor.submit(() -> {
        start.await();
        for (Track track : mine) {
          try {
            queue.add(track);
          } catch (QueueFullException e) {
            refused.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }

    List<Track> held = queue.snapshot();
    assertThat(held).hasSize(maxSize);
    assertThat(refused.get()).isEqualTo(all.size() - maxSize);
    Map<Track, Boolean> distinct = new IdentityHashMap<>();
    held.forEach(track -> distinct.put(track, Boolean.TRUE));
    assertThat(distinct).hasSize(maxSize);
    Map<Track, Boolean> offered = new IdentityHashMap<>();
    all.forEach(track -> offered.put(track, Boolean.TRUE));
    assertThat(offered.keySet()).containsAll(distinct.keySet());
  }
}
