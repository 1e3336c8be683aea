package dev.tonearm.internal.node;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: attempt n waits between half and all of
 * {@code min(max, initial * 2^n)}, so clients that lost the same node do not return in lockstep.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final DoubleSupplier random;
  private int attempt;

  /**
   * Creates the backoff.
   *
   * @param initial the ceiling of the first delay
   * @param max the largest ceiling
   * @param random a source of numbers in [0, 1)
   * @throws IllegalArgumentException if {@code initial} is not positive or {@code max} is smaller
   */
  public Backoff(Duration initial, Duration max, DoubleSupplier random) {
    validate(initial, max);
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /**
   * Checks a backoff's bounds.
   *
   * @throws IllegalArgumentException unless {@code 0 < initial <= max}
   */
  public static void validate(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max, was initial=" + initial
          + ", max=" + max);
    }
  }

  /** Returns the delay before the next attempt and counts the attempt. */
  public synchronized Duration next() {
    long ceiling = ceilingMillis(attempt);
    if (ceiling < max.toMillis()) {
      attempt++;
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
  }

  /** Starts over after a successful connection. */
  public synchronized void reset() {
    attempt = 0;
  }

  /** The largest delay attempt n can get; for tests and logs. */
  public long ceilingMillis(int n) {
    long ceiling = initial.toMillis();
    for (int i = 0; i < n && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    return Math.min(ceiling, max.toMillis());
  }
}
