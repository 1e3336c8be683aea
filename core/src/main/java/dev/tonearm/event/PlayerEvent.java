package dev.tonearm.event;

import dev.tonearm.player.Player;
import org.jspecify.annotations.Nullable;

/** An event about one guild's player. */
public interface PlayerEvent extends TonearmEvent {

  /** {@return the guild whose player the event is about} */
  long guildId();

  /**
   * Returns the guild's player.
   *
   * @return the player, or null if it was destroyed before the event was delivered
   */
  @Nullable Player player();
}
