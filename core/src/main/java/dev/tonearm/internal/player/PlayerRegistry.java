package dev.tonearm.internal.player;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.internal.event.EventBus;
import dev.tonearm.internal.event.PluginEvents;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.internal.node.NodeMessageHandler;
import dev.tonearm.internal.node.NodePool;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.event.MoveReason;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.VoiceRegions;
import dev.tonearm.internal.protocol.ServerMessage;
import dev.tonearm.player.Player;
import dev.tonearm.time.Scheduler;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's players by guild, and the router of node messages to them. Messages arrive on a
 * node's reader thread; players update their state there and publish events to the bus.
 */
public final class PlayerRegistry implements NodeMessageHandler {
  private static final Logger log = LoggerFactory.getLogger(PlayerRegistry.class);

  private final ConcurrentMap<Long, GuildPlayer> players = new ConcurrentHashMap<>();
  private final EventBus events;
  private final PluginEvents pluginEvents;
  private final NodePool pool;
  private final PlayerContext context;
  private final Failover failover;

  /**
   * Creates the registry.
   *
   * @param scheduler the client's clock
   * @param events where events go
   * @param pool the client's nodes
   * @param settings what players share
   */
  public PlayerRegistry(Scheduler scheduler, EventBus events, NodePool pool, PlayerSettings settings) {
    this.events = events;
    this.pool = pool;
    this.pluginEvents = settings.pluginEvents();
    this.context = new PlayerContext(scheduler, events, settings,
        new MoveLimiter(settings.failover().maxConcurrentMoves()), this);
    this.failover = new Failover(scheduler, pool, this, settings.failover());
  }

  /** Returns the guild's player, creating it on the best node for it. */
  public Player player(long guildId) {
    return players.computeIfAbsent(guildId, id -> {
      LavalinkNode node = pool.forNewPlayer(null);
      node.attachPlayer();
      events.observers().playerCreated(node);
      return new GuildPlayer(id, node, context);
    });
  }

  /** Captures every player for a snapshot. */
  public List<PlayerSnapshot> snapshots() {
    return players.values().stream().map(GuildPlayer::snapshot).toList();
  }

  /** Captures one guild's player for a snapshot, if the guild has one. */
  public Optional<PlayerSnapshot> snapshot(long guildId) {
    return Optional.ofNullable(players.get(guildId)).map(GuildPlayer::snapshot);
  }

  /**
   * Brings back a player from a snapshot, on the node it lived on if that node still exists,
   * else on the best node for it.
   */
  public void restore(PlayerSnapshot saved) {
    LavalinkNode node = pool.all().stream().filter(candidate -> candidate.name().equals(saved.node()))
        .findFirst().orElseGet(() -> pool.forNewPlayer(null));
    GuildPlayer player = new GuildPlayer(saved.guildId(), node, context);
    node.attachPlayer();
    events.observers().playerCreated(node);
    player.restore(saved);
    players.put(saved.guildId(), player);
  }

  /** Returns the guild's player if it exists. */
  public Optional<Player> existing(long guildId) {
    return Optional.ofNullable(players.get(guildId));
  }

  /** Returns every player. */
  public Collection<Player> all() {
    return List.copyOf(players.values());
  }

  /** Counts the players whose node is not connected or that wait for any node to take them. */
  public int waitingForNode() {
    return all(player -> player.awaitingNode()
        || player.lavalinkNode().state() != NodeState.CONNECTED).size();
  }

  List<GuildPlayer> all(Predicate<GuildPlayer> filter) {
    return players.values().stream().filter(filter).toList();
  }

  List<GuildPlayer> playersOn(LavalinkNode node) {
    return all(player -> player.lavalinkNode() == node);
  }

  boolean owns(LavalinkNode node) {
    return pool.contains(node);
  }

  void remove(GuildPlayer player) {
    players.remove(player.guildId(), player);
  }

  /** Feeds the bot's VOICE_STATE_UPDATE; channel 0 means it left. */
  public void onVoiceStateUpdate(long guildId, long channelId, String sessionId) {
    if (channelId == 0) {
      GuildPlayer player = players.get(guildId);
      if (player != null) {
        player.onVoiceStateUpdate(0, sessionId);
      }
      return;
    }
    ((GuildPlayer) player(guildId)).onVoiceStateUpdate(channelId, sessionId);
  }

  /**
   * Feeds a VOICE_SERVER_UPDATE; a null endpoint is ignored until the next one. The endpoint
   * reveals the guild's region: a player the node has not seen yet moves to that region's best
   * node first.
   */
  public void onVoiceServerUpdate(long guildId, String token, @Nullable String endpoint) {
    GuildPlayer player = (GuildPlayer) player(guildId);
    if (endpoint != null && !player.created()) {
      player.setRegion(VoiceRegions.regionOf(endpoint));
      pool.select(player.region(), null).ifPresent(player::preferNode);
    }
    player.onVoiceServerUpdate(token, endpoint);
  }

  /** Records whether the bot is alone in its channel, for the inactivity timeout. */
  public void setAlone(long guildId, boolean alone) {
    GuildPlayer player = players.get(guildId);
    if (player != null) {
      player.setAlone(alone);
    }
  }

  /** Destroys the guild's player because the bot left for the given reason. */
  public void disconnected(long guildId, DisconnectTrigger trigger) {
    GuildPlayer player = players.get(guildId);
    if (player != null) {
      player.destroy(trigger, true);
    }
  }

  @Override
  public void onReady(LavalinkNode node, boolean resumed, @Nullable String previousSessionId) {
    events.publish(new NodeReadyEvent(node, resumed, node.sessionId() == null ? "" : node.sessionId()));
    List<GuildPlayer> onNode = playersOn(node);
    if (resumed) {
      onNode.forEach(GuildPlayer::takeRestored);
      removeMovedAway(node);
    } else {
      // Every player of a lost session, and players restored from a snapshot that the node
      // never had (it had no session to resume), need to be created on the new session.
      List<GuildPlayer> lost = onNode.stream()
          .filter(player -> player.takeRestored() || previousSessionId != null).toList();
      if (!lost.isEmpty()) {
        log.info("Node '{}' has a new session; re-creating {} players", node.name(), lost.size());
      }
      lost.forEach(GuildPlayer::recreate);
    }
    // The node's session id is part of the state of every player on it.
    context.sessionChanged();
    onNode.forEach(player -> context.changed(player.guildId()));
    failover.onNodeReady(node);
  }

  /**
   * A resumed session still holds the players that moved away while it was unreachable; they
   * would play twice, so the node is told to destroy them.
   */
  private void removeMovedAway(LavalinkNode node) {
    String sessionId = node.sessionId();
    if (sessionId == null) {
      return;
    }
    node.rest().getPlayers(sessionId).thenAccept(remote -> remote.forEach(player -> {
      long guildId = parseGuild(player.guildId());
      GuildPlayer local = players.get(guildId);
      if (local == null || local.lavalinkNode() != node) {
        node.rest().destroyPlayer(sessionId, guildId);
      }
    })).exceptionally(error -> {
      try (LogContext ignored = LogContext.node(node.name())) {
        log.warn("Could not list the players of resumed node '{}'", node.name(), error);
      }
      return null;
    });
  }

  @Override
  public void onDisconnected(LavalinkNode node, int code, String reason, boolean willReconnect) {
    playersOn(node).forEach(GuildPlayer::onNodeDown);
    failover.onNodeDown(node);
    events.publish(new NodeDisconnectedEvent(node, code, reason, willReconnect));
  }

  @Override
  public CompletableFuture<Void> drain(LavalinkNode node) {
    return failover.evacuate(node, MoveReason.DRAIN);
  }

  @Override
  public void onMessage(LavalinkNode node, ServerMessage message) {
    // Most frequent first; no lambda per message, since this runs for every frame.
    if (message instanceof ServerMessage.PlayerUpdate update) {
      GuildPlayer player = playerOn(node, update.guildId());
      if (player != null) {
        player.onPlayerUpdate(update.state());
      }
    } else if (message instanceof ServerMessage.TrackStart start) {
      GuildPlayer player = playerOn(node, start.guildId());
      if (player != null) {
        player.onTrackStart(start.track());
      }
    } else if (message instanceof ServerMessage.TrackEnd end) {
      GuildPlayer player = playerOn(node, end.guildId());
      if (player != null) {
        player.onTrackEnd(end.track(), end.reason());
      }
    } else if (message instanceof ServerMessage.Stats stats) {
      events.publish(new StatsEvent(node, stats.stats()));
    } else if (message instanceof ServerMessage.TrackException exception) {
      GuildPlayer player = playerOn(node, exception.guildId());
      if (player != null) {
        player.onTrackException(exception.track(), exception.exception());
      }
    } else if (message instanceof ServerMessage.TrackStuck stuck) {
      GuildPlayer player = playerOn(node, stuck.guildId());
      if (player != null) {
        player.onTrackStuck(stuck.track(), stuck.thresholdMs());
      }
    } else if (message instanceof ServerMessage.WebSocketClosed closed) {
      GuildPlayer player = playerOn(node, closed.guildId());
      if (player != null) {
        player.onWebSocketClosed(closed.code(), closed.reason(), closed.byRemote());
      }
    } else if (message instanceof ServerMessage.UnknownEvent unknown) {
      long guildId = parseGuild(unknown.guildId());
      events.publish(pluginEvents.decode(new ExtraEvent(node, guildId, players.get(guildId),
          unknown.type(), JsonTrees.view(unknown.raw()))));
    }
  }

  /**
   * Returns the player a message is for. A message for a guild with no player on that node is
   * stale (the player was destroyed or moved) and dropped: then this returns null.
   */
  private @Nullable GuildPlayer playerOn(LavalinkNode node, String guildId) {
    GuildPlayer player = players.get(parseGuild(guildId));
    if (player == null || player.lavalinkNode() != node) {
      if (log.isDebugEnabled()) {
        try (LogContext ignored = LogContext.guild(parseGuild(guildId), node.name())) {
          log.debug("Node '{}' sent a message for guild {}, which has no player there", node.name(),
              guildId);
        }
      }
      return null;
    }
    return player;
  }

  private static long parseGuild(String guildId) {
    try {
      return Long.parseUnsignedLong(guildId);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
