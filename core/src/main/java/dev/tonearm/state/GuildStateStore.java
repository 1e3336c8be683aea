package dev.tonearm.state;

/**
 * A {@link StateStore} that keeps each guild's player on its own, so a change to one guild writes
 * that guild rather than the whole snapshot.
 *
 * <p>When the client is built with such a store, it calls {@link #bind} once, before
 * {@link #load}, then {@link #guildChanged} after every change to a player (on the thread that
 * made the change: a command's caller or a node's reader). It no longer saves the whole snapshot a
 * few seconds after changes; it still calls {@link #save} once on close. Implementations must be
 * thread-safe, and {@link #guildChanged} must return at once: the store reads the guild's state
 * later, from {@link StateSource#guildState}, on a thread of its own.
 */
public interface GuildStateStore extends StateStore {

  /**
   * Gives the store the client's state to read from. Called once, before {@link #load}.
   *
   * @param source the client's state
   */
  void bind(StateSource source);

  /**
   * Notes that a guild's player changed or is gone. Must not block or throw.
   *
   * @param guildId the guild
   */
  void guildChanged(long guildId);

  /**
   * Checks that this process may still command the guild's player, before each command the
   * client sends for it; a store that shares guilds between processes refuses the guilds another
   * process took over. Allows every guild unless overridden. Must not block.
   *
   * @param guildId the guild
   * @throws IllegalStateException (or a subclass) if this process must not command the guild; the
   *     command's future fails with it and nothing is sent
   */
  default void checkCommand(long guildId) {
  }
}
