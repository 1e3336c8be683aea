package dev.tonearm.internal.state;

import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.internal.node.NodePool;
import dev.tonearm.internal.player.PlayerRegistry;
import dev.tonearm.state.StateSource;
import dev.tonearm.state.StateStore;
import dev.tonearm.time.Scheduler;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures the client's nodes and players as a snapshot, and brings them back from one; also the
 * per-guild view a {@link dev.tonearm.state.GuildStateStore} reads.
 */
public final class ClientState implements StateSource {
  private static final Logger log = LoggerFactory.getLogger(ClientState.class);

  private final NodePool pool;
  private final PlayerRegistry players;
  private final Scheduler clock;

  /**
   * Creates the state keeper.
   *
   * @param pool the client's nodes
   * @param players the client's players
   * @param clock the client's clock, for the snapshot's time
   */
  public ClientState(NodePool pool, PlayerRegistry players, Scheduler clock) {
    this.pool = pool;
    this.players = players;
    this.clock = clock;
  }

  /** Returns the snapshot as JSON. */
  public String snapshot() {
    return SnapshotCodec.write(nodeSessions(), players.snapshots(), clock.currentTimeMillis());
  }

  @Override
  public Optional<String> guildState(long guildId) {
    return players.snapshot(guildId).map(SnapshotCodec::writePlayer);
  }

  @Override
  public Map<String, String> nodeSessions() {
    Map<String, String> sessions = new LinkedHashMap<>();
    for (LavalinkNode node : pool.all()) {
      String sessionId = node.sessionId();
      if (sessionId != null) {
        sessions.put(node.name(), sessionId);
      }
    }
    return sessions;
  }

  @Override
  public String snapshot(Map<String, String> nodeSessions, Collection<String> guildStates) {
    return SnapshotCodec.compose(nodeSessions, guildStates, clock.currentTimeMillis());
  }

  /**
   * Takes over the nodes' sessions and the players of the stored snapshot, before the nodes
   * start. A snapshot that cannot be read is logged and ignored: the bot starts without its old
   * players rather than not at all.
   */
  public void restore(StateStore store) {
    SnapshotCodec.Snapshot snapshot;
    try {
      Optional<String> saved = store.load();
      if (saved.isEmpty()) {
        return;
      }
      snapshot = SnapshotCodec.read(saved.get());
    } catch (IOException | IllegalArgumentException e) {
      log.error("Ignoring the saved state in {}: {}. The bot starts without its previous players.",
          store, e.getMessage());
      return;
    }
    snapshot.sessions().forEach((name, sessionId) -> pool.all().stream()
        .filter(node -> node.name().equals(name)).findFirst()
        .ifPresent(node -> node.restoreSession(sessionId)));
    snapshot.players().forEach(players::restore);
    log.info("Restored {} players and {} node sessions from {}", snapshot.players().size(),
        snapshot.sessions().size(), store);
  }
}
