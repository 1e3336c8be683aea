package dev.tonearm.testkit.discord;

/**
 * Discord permission bits, for roles and permission overwrites in a {@link GuildSpec}. Combine them
 * with {@code |}.
 */
public final class Permissions {
  /** Every permission, and every channel's overwrites are ignored. */
  public static final long ADMINISTRATOR = 1L << 3;
  /** Seeing a channel; needed to connect to a voice channel too. */
  public static final long VIEW_CHANNEL = 1L << 10;
  /** Sending messages in a text channel. */
  public static final long SEND_MESSAGES = 1L << 11;
  /** Links in messages show as embeds. */
  public static final long EMBED_LINKS = 1L << 14;
  /** Reading a text channel's earlier messages. */
  public static final long READ_MESSAGE_HISTORY = 1L << 16;
  /** Connecting to a voice or stage channel. */
  public static final long CONNECT = 1L << 20;
  /** Speaking in a voice channel. */
  public static final long SPEAK = 1L << 21;
  /** Moving members between voice channels and disconnecting them. */
  public static final long MOVE_MEMBERS = 1L << 24;
  /** Using slash commands. */
  public static final long USE_APPLICATION_COMMANDS = 1L << 31;

  /**
   * What {@code @everyone} may do in a guild made from a {@link GuildSpec} unless the spec says
   * otherwise: see and write in text channels, connect and speak in voice channels, use commands.
   */
  public static final long DEFAULT_EVERYONE = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS
      | READ_MESSAGE_HISTORY | CONNECT | SPEAK | USE_APPLICATION_COMMANDS;

  private Permissions() {}
}
