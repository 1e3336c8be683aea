package dev.tonearm.internal.observe;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Puts the node's name and the guild's id into SLF4J's MDC while Tonearm logs about them, so a
 * log pattern can show them and a log search can filter on them; closing it brings back what was
 * there before, so contexts nest.
 *
 * <pre>{@code
 * try (LogContext ignored = LogContext.guild(guildId, node.name())) {
 *   log.warn("...");
 * }
 * }</pre>
 */
public final class LogContext implements AutoCloseable {
  /** The MDC key of the node's name. */
  public static final String NODE = "tonearm.node";
  /** The MDC key of the guild's id. */
  public static final String GUILD = "tonearm.guild";

  private final @Nullable String previousNode;
  private final @Nullable String previousGuild;

  private LogContext(@Nullable String node, @Nullable String guild) {
    previousNode = MDC.get(NODE);
    previousGuild = MDC.get(GUILD);
    put(NODE, node);
    put(GUILD, guild);
  }

  /** Sets the node; a guild set further out stays. */
  public static LogContext node(String node) {
    return new LogContext(node, MDC.get(GUILD));
  }

  /** Sets the guild and its node. */
  public static LogContext guild(long guildId, String node) {
    return new LogContext(node, Long.toUnsignedString(guildId));
  }

  /** Sets the guild; a node set further out stays. */
  public static LogContext guild(long guildId) {
    return new LogContext(MDC.get(NODE), Long.toUnsignedString(guildId));
  }

  @Override
  public void close() {
    put(NODE, previousNode);
    put(GUILD, previousGuild);
  }

  private static void put(String key, @Nullable String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
