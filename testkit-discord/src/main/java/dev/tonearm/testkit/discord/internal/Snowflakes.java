package dev.tonearm.testkit.discord.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes new ids for messages, interactions, commands and sessions. Ids are snowflakes whose
 * timestamp part increases from a fixed start, so they are unique within one fake and sort in the
 * order they were made, as Discord's do.
 */
public final class Snowflakes {
  /** Milliseconds from Discord's epoch (2015-01-01) to 2026-01-01, where new ids start. */
  private static final long START = 1_767_225_600_000L - 1_420_070_400_000L;

  private final AtomicLong counter = new AtomicLong();

  /**
   * Returns a new id.
   *
   * @return a positive snowflake, larger than every id this instance returned before
   */
  public long next() {
    long n = counter.incrementAndGet();
    return ((START + n) << 22) | (n & 0xFFF);
  }

  /**
   * Returns a new opaque token or session id of 32 hex digits.
   *
   * @return the token
   */
  public String nextToken() {
    long n = next();
    return String.format("%016x%016x", n * 0x9E3779B97F4A7C15L, Long.reverse(n) ^ 0x5DEECE66DL);
  }

  /**
   * Writes a snowflake the way Discord's JSON does, as an unsigned decimal string.
   *
   * @param id the snowflake
   * @return its decimal text
   */
  public static String text(long id) {
    return Long.toUnsignedString(id);
  }
}
