package dev.tonearm.testkit.discord.internal;

/**
 * Makes new ids for messages, interactions, commands and sessions. Ids are snowflakes stamped with
 * the real time they were made, as Discord's are: JDA reads an interaction's age from its id and
 * refuses to answer one older than Discord allows. Each id is larger than the one before.
 */
public final class Snowflakes {
  /** Discord's epoch, the first millisecond of 2015, in Unix milliseconds. */
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final int INCREMENT_BITS = 12;

  private long lastMillis;
  private long increment;

  /**
   * Returns a new id.
   *
   * @return a positive snowflake, larger than every id this instance returned before
   */
  public synchronized long next() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    if (millis > lastMillis) {
      lastMillis = millis;
      increment = 0;
    } else if (++increment >= 1 << INCREMENT_BITS) {
      lastMillis++;
      increment = 0;
    }
    return (lastMillis << 22) | increment;
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
