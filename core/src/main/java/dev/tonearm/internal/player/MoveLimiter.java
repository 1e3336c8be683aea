package dev.tonearm.internal.player;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of moves talk to nodes at once; the rest wait their turn, so a
 * failover of a thousand players does not flood the node that takes them.
 */
final class MoveLimiter {
  private final int limit;
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private int running;

  MoveLimiter(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxConcurrentMoves must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /** Runs the request when a place is free; the result completes with the request's. */
  <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable start = () -> {
      CompletableFuture<T> sent;
      try {
        sent = request.get();
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      sent.whenComplete((value, error) -> {
        release();
        if (error == null) {
          result.complete(value);
        } else {
          result.completeExceptionally(error);
        }
      });
    };
    boolean now;
    synchronized (this) {
      now = running < limit;
      if (now) {
        running++;
      } else {
        waiting.add(start);
      }
    }
    if (now) {
      start.run();
    }
    return result;
  }

  private void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      next.run();
    }
  }
}
