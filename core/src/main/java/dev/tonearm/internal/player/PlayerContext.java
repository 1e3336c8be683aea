package dev.tonearm.internal.player;

import dev.tonearm.internal.event.EventBus;
import dev.tonearm.time.Scheduler;

/**
 * What every player of a client shares.
 *
 * @param scheduler the client's clock
 * @param events where events go
 * @param settings the client's configuration of its players
 * @param moveLimiter bounds the moves that talk to nodes at once
 * @param registry the client's players, told when a player is gone
 */
record PlayerContext(
    Scheduler scheduler,
    EventBus events,
    PlayerSettings settings,
    MoveLimiter moveLimiter,
    PlayerRegistry registry) {

  /** Tells the client that a guild's player changed, so it can save its state. */
  void changed(long guildId) {
    settings.changes().guildChanged(guildId);
  }

  /** Tells the client that a node has a new session, which its saved state holds. */
  void sessionChanged() {
    settings.changes().sessionChanged();
  }
}
