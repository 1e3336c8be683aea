package dev.tonearm.internal.player;

/**
 * Where the players report what the client's saved state must catch up with: a guild store writes
 * the one guild, a whole-snapshot store saves everything soon after either call.
 */
public interface StateChanges {
  /** Nothing is saved. */
  StateChanges NONE = new StateChanges() {
    @Override
    public void guildChanged(long guildId) {}

    @Override
    public void sessionChanged() {}
  };

  /** The guild's player, queue or voice changed. */
  void guildChanged(long guildId);

  /** A node got a new session id, which the saved state holds even while it has no players. */
  void sessionChanged();
}
