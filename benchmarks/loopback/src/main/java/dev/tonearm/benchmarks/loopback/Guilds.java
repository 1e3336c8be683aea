package dev.tonearm.benchmarks.loopback;

/** The guild ids the benchmarks use: real-looking snowflakes, numbered from zero. */
public final class Guilds {
  /** The id of guild number 0; guild number {@code i} has {@code BASE + i}. */
  public static final long BASE = 817_327_181_659_111_454L;

  private Guilds() {}

  /**
   * Returns the id of a guild.
   *
   * @param index the guild's number, from 0
   * @return its snowflake
   */
  public static long id(int index) {
    return BASE + index;
  }
}
