package dev.tonearm.internal.player;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.MoveReason;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.internal.node.NodePool;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeState;
import dev.tonearm.time.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves players off nodes that went down, parks them when no node is left, and gives up on them
 * when none comes back in time.
 */
final class Failover {
  private static final Logger log = LoggerFactory.getLogger(Failover.class);

  private final Scheduler scheduler;
  private final NodePool pool;
  private final PlayerRegistry registry;
  private final FailoverPolicy policy;
  private final Map<LavalinkNode, Scheduler.Cancellable> graceTimers = new HashMap<>();
  private Scheduler.@Nullable Cancellable giveUpTimer;

  Failover(Scheduler scheduler, NodePool pool, PlayerRegistry registry, FailoverPolicy policy) {
    this.scheduler = scheduler;
    this.pool = pool;
    this.registry = registry;
    this.policy = policy;
  }

  /** The node's connection dropped: its players move unless it is back within the grace. */
  synchronized void onNodeDown(LavalinkNode node) {
    if (graceTimers.containsKey(node) || registry.playersOn(node).isEmpty()) {
      return;
    }
    graceTimers.put(node, scheduler.schedule(policy.grace(), () -> onGraceOver(node)));
  }

  private void onGraceOver(LavalinkNode node) {
    synchronized (this) {
      graceTimers.remove(node);
    }
    if (node.state() != NodeState.CONNECTED) {
      try (LogContext ignored = LogContext.node(node.name())) {
        log.warn("Node '{}' stayed down for {} s; moving its players", node.name(),
            policy.grace().toSeconds());
        evacuate(node, MoveReason.FAILOVER);
      }
    }
  }

  /** The node is back: stop its grace timer and give it the players that wait for any node. */
  void onNodeReady(LavalinkNode node) {
    synchronized (this) {
      Scheduler.Cancellable timer = graceTimers.remove(node);
      if (timer != null) {
        timer.cancel();
      }
    }
    List<GuildPlayer> waiting = registry.all(GuildPlayer::awaitingNode);
    if (waiting.isEmpty()) {
      return;
    }
    log.info("Node '{}' is available; restoring {} players that waited for a node", node.name(),
        waiting.size());
    waiting.forEach(player -> moveToBest(player, MoveReason.FAILOVER, null));
    cancelGiveUpIfNobodyWaits();
  }

  /**
   * Moves every player off a node.
   *
   * @return a future completed when every player moved or was parked
   */
  CompletableFuture<Void> evacuate(LavalinkNode node, MoveReason reason) {
    List<CompletableFuture<Void>> moves = new ArrayList<>();
    for (GuildPlayer player : registry.playersOn(node)) {
      moves.add(moveToBest(player, reason, node));
    }
    return CompletableFuture.allOf(moves.toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> moveToBest(GuildPlayer player, MoveReason reason,
      @Nullable LavalinkNode leaving) {
    Optional<LavalinkNode> target = pool.select(player.region(), leaving);
    if (target.isEmpty()) {
      park(player);
      return CompletableFuture.completedFuture(null);
    }
    return player.move(target.get(), reason).exceptionally(error -> {
      try (LogContext ignored = LogContext.guild(player.guildId(), target.get().name())) {
        log.warn("Moving the player of guild {} to node '{}' failed", player.guildId(),
            target.get().name(), error);
      }
      return null;
    });
  }

  private void park(GuildPlayer player) {
    try (LogContext ignored = LogContext.guild(player.guildId(), player.lavalinkNode().name())) {
      log.warn("No node can take the player of guild {}; it waits up to {} s for one",
          player.guildId(), policy.nodeLossTimeout().toSeconds());
    }
    player.markAwaitingNode();
    synchronized (this) {
      if (giveUpTimer == null) {
        giveUpTimer = scheduler.schedule(policy.nodeLossTimeout(), this::giveUp);
      }
    }
  }

  private void giveUp() {
    synchronized (this) {
      giveUpTimer = null;
    }
    for (GuildPlayer player : registry.all(GuildPlayer::awaitingNode)) {
      try (LogContext ignored = LogContext.guild(player.guildId(), player.lavalinkNode().name())) {
        log.warn("No node came back for the player of guild {}; leaving voice", player.guildId());
        player.leave(DisconnectTrigger.NODE_LOST);
      }
    }
  }

  private synchronized void cancelGiveUpIfNobodyWaits() {
    if (giveUpTimer != null && registry.all(GuildPlayer::awaitingNode).isEmpty()) {
      giveUpTimer.cancel();
      giveUpTimer = null;
    }
  }
}
