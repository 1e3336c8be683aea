package dev.tonearm.internal.player;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.MoveReason;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Filters;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.NodeUnavailableException;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.player.PlayerDestroyedException;
import dev.tonearm.player.PlayerState;
import dev.tonearm.player.VoiceGateway;
import dev.tonearm.player.VoiceNotReadyException;
import dev.tonearm.player.VoiceState;
import dev.tonearm.queue.AutoplayStrategy;
import dev.tonearm.queue.QueueFullException;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.queue.TrackQueue;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.time.Scheduler;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player of one guild: keeps its state, orders its commands, assembles its voice state, and
 * turns node messages into events.
 *
 * <p>Commands form a chain: each starts when the previous one finished, so they reach the node in
 * call order. Voice updates have a chain of their own, because a track that waits for voice must
 * not block the voice update it waits for.
 */
final class GuildPlayer implements Player {
  private static final Logger log = LoggerFactory.getLogger(GuildPlayer.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** What a player without voice reads; never changed. */
  private static final VoiceAssembler NO_VOICE = new VoiceAssembler();

  private final long guildId;
  private final PlayerContext context;
  private final Object lock = new Object();
  // A bot can hold a player for every guild it is in while few of them play, so what a player
  // may never need is made on first use: its queue, its voice state and the futures commands
  // wait on. An idle player is then little more than this object.
  private volatile @Nullable TrackQueue queue;
  private @Nullable VoiceAssembler voice;

  private LavalinkNode node;
  private @Nullable Track track;
  /** The bot's object for the current track, as far as the player knows; for its state. */
  private @Nullable Track original;
  /**
   * The bot's objects for the tracks requested and not yet reported ended, whatever the order in
   * which REST answers and events arrive: what track events take their original from. Made on
   * first play.
   */
  private @Nullable Originals originals;
  private boolean paused;
  private int volume = 100;
  private Filters filters = Filters.NONE;
  private @Nullable Long endTime;
  private long basePosition;
  private long baseTime = Long.MIN_VALUE;
  private boolean connected;
  private long ping = -1;
  private boolean destroyed;
  private @Nullable DisconnectTrigger leaving;
  private boolean alone;
  private boolean queueEnded;
  private @Nullable IdleTimer idle;
  private boolean created;
  private boolean restored;
  private boolean awaitingNode;
  private @Nullable String region;
  /** Completed when the player moves to another node; null until a command waits for that. */
  private @Nullable CompletableFuture<Void> nodeChanged;
  /**
   * Completed normally once the node confirmed the current voice state, failed when the player
   * was destroyed; null while voice is not confirmed and nothing waits for it.
   */
  private @Nullable CompletableFuture<Void> voiceReady;
  private CompletableFuture<?> commands = DONE;
  private CompletableFuture<?> voiceUpdates = DONE;
  /** Completes when the last request either chain handed to the node was answered or failed. */
  private CompletableFuture<?> commandSent = DONE;
  private CompletableFuture<?> voiceSent = DONE;

  GuildPlayer(long guildId, LavalinkNode node, PlayerContext context) {
    this.guildId = guildId;
    this.node = node;
    this.context = context;
  }

  /** Returns the voice state to read; the caller holds the lock. */
  private VoiceAssembler voiceView() {
    return voice != null ? voice : NO_VOICE;
  }

  /** Returns the originals to change, made on first use; the caller holds the lock. */
  private Originals originalsToChange() {
    if (originals == null) {
      originals = new Originals();
    }
    return originals;
  }

  /** Counts the originals whose end the player still waits for; for tests. */
  int liveOriginalCount() {
    synchronized (lock) {
      return originals == null ? 0 : originals.size();
    }
  }

  /** Returns the voice state to change, made on first use; the caller holds the lock. */
  private VoiceAssembler voiceToChange() {
    if (voice == null) {
      voice = new VoiceAssembler();
    }
    return voice;
  }

  /** Captures the player for a snapshot. */
  PlayerSnapshot snapshot() {
    TrackQueue tracks = queue;
    synchronized (lock) {
      VoiceAssembler view = voiceView();
      return new PlayerSnapshot(guildId, node.name(), view.channelId(), view.sessionId(),
          view.token(), view.endpoint(), original != null ? original : track, positionLocked(),
          paused, volume, filters, endTime, tracks == null ? List.of() : tracks.snapshot(),
          tracks == null ? RepeatMode.OFF : tracks.repeatMode());
    }
  }

  /**
   * Takes over a player from a snapshot, before its node connects. Whether the node still has it
   * decides what happens next: a resumed session keeps playing it, a lost one gets it re-created
   * from this state.
   */
  void restore(PlayerSnapshot saved) {
    synchronized (lock) {
      track = saved.track();
      original = saved.track();
      if (saved.track() != null) {
        // If the node resumes the session, it still plays the track and will report its end.
        originalsToChange().addLive(saved.track());
      }
      basePosition = saved.position();
      baseTime = context.scheduler().currentTimeMillis();
      connected = false;
      paused = saved.paused();
      volume = saved.volume();
      filters = saved.filters();
      endTime = saved.endTime();
      created = true;
      restored = true;
      if (saved.channelId() != 0 && saved.voiceSessionId() != null) {
        voiceToChange().onStateUpdate(saved.channelId(), saved.voiceSessionId());
      }
      if (saved.voiceToken() != null) {
        voiceToChange().onServerUpdate(saved.voiceToken(), saved.voiceEndpoint());
      }
      VoiceState savedVoice = voiceView().current();
      if (savedVoice != null) {
        // The node keeps this voice connection (a resumed session) or gets it back (a re-created
        // player), so commands need not wait for Discord to send it again, which it does not.
        voiceToChange().markSent(savedVoice);
        voiceReady = DONE;
      }
    }
    TrackQueue tracks = queue();
    tracks.addAll(saved.queue());
    tracks.setRepeatMode(saved.repeatMode());
  }

  /**
   * Tells whether the player came from a snapshot and its node has not confirmed it yet; then it
   * must be re-created unless the node resumes the session it lived in.
   */
  boolean takeRestored() {
    synchronized (lock) {
      boolean was = restored;
      restored = false;
      return was;
    }
  }

  // ---- state -------------------------------------------------------------------------------

  @Override
  public long guildId() {
    return guildId;
  }

  @Override
  public Node node() {
    synchronized (lock) {
      return node;
    }
  }

  LavalinkNode lavalinkNode() {
    synchronized (lock) {
      return node;
    }
  }

  @Override
  public @Nullable Track track() {
    synchronized (lock) {
      return track;
    }
  }

  @Override
  public @Nullable Track originalTrack() {
    synchronized (lock) {
      return original;
    }
  }

  @Override
  public long position() {
    synchronized (lock) {
      return positionLocked();
    }
  }

  private long positionLocked() {
    Track current = track;
    if (current == null) {
      return 0;
    }
    long position = basePosition;
    if (!paused && connected && baseTime != Long.MIN_VALUE) {
      long elapsedMs = Math.max(0, context.scheduler().currentTimeMillis() - baseTime);
      position += (long) Math.floor(elapsedMs * playbackRate());
    }
    long limit = endTime != null ? endTime : current.info().length();
    return current.info().stream() ? position : Math.max(0, Math.min(position, limit));
  }

  /** A timescale filter makes the track run faster or slower than the clock. */
  private double playbackRate() {
    Filters.Timescale timescale = filters.timescale();
    return timescale == null ? 1.0 : timescale.speed() * timescale.rate();
  }

  @Override
  public boolean paused() {
    synchronized (lock) {
      return paused;
    }
  }

  @Override
  public int volume() {
    synchronized (lock) {
      return volume;
    }
  }

  @Override
  public Filters filters() {
    synchronized (lock) {
      return filters;
    }
  }

  @Override
  public @Nullable Long endTime() {
    synchronized (lock) {
      return endTime;
    }
  }

  @Override
  public boolean connected() {
    synchronized (lock) {
      return connected;
    }
  }

  @Override
  public long ping() {
    synchronized (lock) {
      return ping;
    }
  }

  @Override
  public long channelId() {
    synchronized (lock) {
      return voiceView().channelId();
    }
  }

  @Override
  public TrackQueue queue() {
    TrackQueue existing = queue;
    if (existing != null) {
      return existing;
    }
    synchronized (lock) {
      if (queue == null) {
        queue = new TrackQueue(TrackQueue.UNBOUNDED, TrackQueue.DEFAULT_HISTORY_LIMIT,
            () -> context.changed(guildId));
      }
      return queue;
    }
  }

  @Override
  public boolean isDestroyed() {
    synchronized (lock) {
      return destroyed;
    }
  }

  // ---- commands ----------------------------------------------------------------------------

  @Override
  public CompletableFuture<Player> play(Track newTrack) {
    return play(newTrack, PlayOptions.DEFAULT);
  }

  @Override
  public CompletableFuture<Player> play(Track newTrack, PlayOptions options) {
    Objects.requireNonNull(newTrack, "track");
    Objects.requireNonNull(options, "options");
    long length = newTrack.info().length();
    boolean bounded = !newTrack.info().stream();
    Long start = options.startPosition();
    if (start != null && start > 0 && !newTrack.info().seekable()) {
      throw new IllegalArgumentException("startPosition " + start + " ms is not allowed: track '"
          + newTrack.info().title() + "' cannot seek");
    }
    if (start != null && bounded && start > length) {
      throw new IllegalArgumentException("startPosition must be in [0, " + length + "] ms (the"
          + " track's length), was " + start);
    }
    Long end = options.endTime();
    if (end != null && bounded && end > length) {
      throw new IllegalArgumentException("endTime must be in (0, " + length + "] ms (the track's"
          + " length), was " + end);
    }
    return submit(true, () -> {
      PlayerUpdate.Builder update = PlayerUpdate.builder().track(newTrack)
          .paused(options.paused()).noReplace(options.noReplace());
      if (start != null) {
        update.position(start);
      }
      if (end != null) {
        update.endTime(end);
      } else {
        update.clearEndTime();
      }
      if (options.volume() != null) {
        update.volume(options.volume());
      }
      synchronized (lock) {
        if (!options.noReplace() || track == null) {
          endTime = end;
        }
        // A copy of the playing track sent with noReplace leaves that track playing: its answer,
        // showing the same track, must not be taken as the copy's confirmation.
        if (!options.noReplace() || track == null || !sameTrack(track, newTrack)) {
          originalsToChange().request(newTrack);
        }
      }
      return update.build();
    });
  }

  @Override
  public CompletableFuture<Player> stop() {
    return submit(false, () -> PlayerUpdate.builder().stopTrack().build());
  }

  @Override
  public CompletableFuture<Player> setPaused(boolean pause) {
    return submit(false, () -> PlayerUpdate.builder().paused(pause).build());
  }

  @Override
  public CompletableFuture<Player> seek(long positionMs) {
    Track current = track();
    if (current == null) {
      throw new IllegalStateException("cannot seek: the player of guild " + guildId
          + " has no track");
    }
    if (!current.info().seekable()) {
      throw new IllegalArgumentException("cannot seek: track '" + current.info().title()
          + "' is not seekable");
    }
    if (positionMs < 0 || positionMs > current.info().length()) {
      throw new IllegalArgumentException("position must be in [0, " + current.info().length()
          + "] ms (the track's length), was " + positionMs);
    }
    return submit(false, () -> PlayerUpdate.builder().position(positionMs).build());
  }

  @Override
  public CompletableFuture<Player> setVolume(int newVolume) {
    PlayerUpdate update = PlayerUpdate.builder().volume(newVolume).build();
    return submit(false, () -> update);
  }

  @Override
  public CompletableFuture<Player> setFilters(Filters newFilters) {
    PlayerUpdate update = PlayerUpdate.builder().filters(newFilters).build();
    return submit(false, () -> update);
  }

  @Override
  public CompletableFuture<Player> skip() {
    Track current;
    synchronized (lock) {
      current = original != null ? original : track;
    }
    Optional<Track> next = current == null ? queue().skip() : queue().skip(current);
    return next.isPresent() ? play(next.get(), fromStart(next.get(), current)) : stop();
  }

  @Override
  public void connect(long channelId, boolean selfMute, boolean selfDeaf) {
    if (channelId == 0) {
      throw new IllegalArgumentException("channelId must be a voice channel's id, was 0");
    }
    gateway().sendVoiceStateUpdate(guildId, channelId, selfMute, selfDeaf);
  }

  @Override
  public CompletableFuture<Void> disconnect() {
    gateway();
    return leave(DisconnectTrigger.REQUESTED);
  }

  /**
   * Leaves the voice channel through the gateway, if the client has one, and destroys the player.
   * The trigger is recorded first, because a gateway may report the bot's new voice state before
   * it returns, and that report must carry the same trigger.
   */
  CompletableFuture<Void> leave(DisconnectTrigger trigger) {
    synchronized (lock) {
      leaving = trigger;
    }
    VoiceGateway gateway = context.settings().voiceGateway();
    if (gateway != null) {
      gateway.sendVoiceStateUpdate(guildId, 0, false, false);
    }
    return destroy(trigger, true);
  }

  @Override
  public CompletableFuture<Void> destroy() {
    return destroy(DisconnectTrigger.REQUESTED, false);
  }

  private VoiceGateway gateway() {
    VoiceGateway gateway = context.settings().voiceGateway();
    if (gateway == null) {
      throw new IllegalStateException("This client has no voice gateway to join or leave channels:"
          + " install the Discord integration (tonearm-jda) or set Lavalink.Builder.voiceGateway");
    }
    return gateway;
  }

  /**
   * Destroys the player here and on the node.
   *
   * @param announce whether listeners hear a {@link PlayerDisconnectEvent}
   */
  CompletableFuture<Void> destroy(DisconnectTrigger trigger, boolean announce) {
    long channel;
    LavalinkNode current;
    CompletableFuture<Void> pendingVoice;
    CompletableFuture<Void> inFlight;
    synchronized (lock) {
      if (destroyed) {
        return DONE;
      }
      destroyed = true;
      // Events for a destroyed player are not delivered to it: nothing will end these.
      originals = null;
      channel = voiceView().channelId();
      if (voice != null) {
        voice.clear();
      }
      if (idle != null) {
        idle.cancel();
      }
      current = node;
      if (voiceReady == null) {
        // Commands still to come must fail as destroyed, as if a waiter had been told.
        voiceReady = new CompletableFuture<>();
      }
      pendingVoice = voiceReady;
      inFlight = CompletableFuture.allOf(commandSent, voiceSent);
    }
    pendingVoice.completeExceptionally(new PlayerDestroyedException(guildId));
    context.registry().remove(this);
    context.changed(guildId);
    current.detachPlayer();
    context.events().observers().playerDestroyed(current, trigger);
    String sessionId = current.state() == NodeState.CONNECTED ? current.sessionId() : null;
    CompletableFuture<Void> destroyed = sessionId == null ? DONE
        : inFlight.thenCompose(ignored -> current.rest().destroyPlayer(sessionId, guildId));
    if (announce) {
      context.events().publish(new PlayerDisconnectEvent(current, guildId, this, channel, trigger));
    }
    return destroyed;
  }

  /** Sends the player's whole state again, after its node lost the session it lived in. */
  void recreate() {
    synchronized (lock) {
      // The lost session will not report the end of what it played; the new one reports what
      // the full state starts there.
      if (originals != null) {
        originals.forgetLive();
      }
    }
    submit(false, DONE, false, this::fullState).whenComplete((player, error) -> {
      try (LogContext ignored = logContext()) {
        if (error != null) {
          log.warn("Could not re-create the player of guild {} on node '{}'", guildId,
              node().name(), error);
        } else {
          log.info("Re-created the player of guild {} on node '{}'", guildId, node().name());
        }
      }
    });
  }

  /**
   * Moves the player to another node: its whole state is sent there after the voice re-send
   * delay (a voice session reused at once can be refused by Discord with 4006), and the old node
   * is asked to destroy its copy where it can still be reached; a node that cannot does not stop
   * the move.
   *
   * @return a future completed when the new node confirmed the state
   */
  CompletableFuture<Void> move(LavalinkNode target, MoveReason reason) {
    LavalinkNode from;
    CompletableFuture<Void> changed;
    synchronized (lock) {
      if (destroyed) {
        return CompletableFuture.failedFuture(new PlayerDestroyedException(guildId));
      }
      from = node;
      awaitingNode = false;
      if (from == target) {
        return DONE;
      }
      freezeLocked();
      node = target;
      // Messages from the old node no longer reach this player: it will not report these ends.
      // The full state sent to the new node starts the current original there again.
      if (originals != null) {
        originals.forgetLive();
      }
      if (voice != null) {
        voice.markSent(null);
      }
      changed = nodeChanged;
      nodeChanged = null;
    }
    from.detachPlayer();
    target.attachPlayer();
    if (changed != null) {
      changed.complete(null);
    }
    String oldSession = from.state() == NodeState.CONNECTED ? from.sessionId() : null;
    if (oldSession != null) {
      from.rest().destroyPlayer(oldSession, guildId).whenComplete((ignored, error) -> {
        if (error != null) {
          try (LogContext logged = LogContext.guild(guildId, from.name())) {
            log.debug("Node '{}' did not destroy the moved player of guild {}: {}", from.name(),
                guildId, error.toString());
          }
        }
      });
    }
    // The delay starts now, not when the command chain gets to it.
    CompletableFuture<Void> voiceDelay = delay(context.settings().failover().voiceResendDelay());
    return submit(false, voiceDelay, true, this::fullState).thenAccept(player -> {
      try (LogContext ignored = LogContext.guild(guildId, target.name())) {
        log.info("Moved the player of guild {} from node '{}' to '{}' ({})", guildId, from.name(),
            target.name(), reason);
      }
      context.events().observers().playerMoved(from, target, reason);
      context.events().publish(new PlayerMovedEvent(target, guildId, this, from, reason));
    });
  }

  @Override
  public CompletableFuture<Player> moveTo(Node target) {
    if (!(target instanceof LavalinkNode lavalinkNode) || !context.registry().owns(lavalinkNode)) {
      throw new IllegalArgumentException("node '" + target.name() + "' is not a node of this client");
    }
    return move(lavalinkNode, MoveReason.MANUAL).thenApply(ignored -> this);
  }

  /** Marks the player as waiting for any node, after its own went down with none to move to. */
  void markAwaitingNode() {
    synchronized (lock) {
      awaitingNode = true;
      freezeLocked();
    }
  }

  @Override
  public boolean awaitingNode() {
    synchronized (lock) {
      return awaitingNode;
    }
  }

  /** The node went down: audio stopped, so the position stops where it was. */
  void onNodeDown() {
    synchronized (lock) {
      freezeLocked();
    }
  }

  private void freezeLocked() {
    basePosition = positionLocked();
    baseTime = context.scheduler().currentTimeMillis();
    connected = false;
  }

  /** Returns the region of the guild's voice server, or null while it is unknown. */
  @Nullable String region() {
    synchronized (lock) {
      return region;
    }
  }

  void setRegion(@Nullable String voiceRegion) {
    synchronized (lock) {
      region = voiceRegion;
    }
  }

  /** Tells whether the player has sent anything its node accepted. */
  boolean created() {
    synchronized (lock) {
      return created;
    }
  }

  /**
   * Moves a player that the node has not seen yet to a node of its voice region, when the
   * region is known only now.
   */
  void preferNode(LavalinkNode better) {
    LavalinkNode from;
    CompletableFuture<Void> changed;
    synchronized (lock) {
      if (created || destroyed || node == better) {
        return;
      }
      from = node;
      node = better;
      changed = nodeChanged;
      nodeChanged = null;
    }
    from.detachPlayer();
    better.attachPlayer();
    if (changed != null) {
      changed.complete(null);
    }
  }

  /** Everything Lavalink needs to play on as before: for a new session or a new node. */
  private PlayerUpdate fullState() {
    synchronized (lock) {
      PlayerUpdate.Builder update = PlayerUpdate.builder().volume(volume).paused(paused)
          .filters(filters);
      Track source = original != null ? original : track;
      if (source != null) {
        update.track(source).position(positionLocked());
        if (endTime != null) {
          update.endTime(endTime);
        }
        originalsToChange().request(source);
      }
      VoiceState state = voiceView().current();
      if (state != null) {
        update.voice(state);
        voiceToChange().markSent(state);
      }
      return update.build();
    }
  }

  private CompletableFuture<Player> submit(boolean needsVoice, Supplier<PlayerUpdate> update) {
    return submit(needsVoice, DONE, false, update);
  }

  /**
   * Sends a request of the command or the voice chain unless the player was destroyed, and
   * remembers it, so that the player's DELETE reaches the node after it: a PATCH that arrived
   * after the DELETE would create the player on the node again.
   */
  private CompletableFuture<LavalinkPlayer> sendUnlessDestroyed(boolean voiceChain,
      Supplier<CompletableFuture<LavalinkPlayer>> send) {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    synchronized (lock) {
      if (destroyed) {
        throw new PlayerDestroyedException(guildId);
      }
      if (voiceChain) {
        voiceSent = answered;
      } else {
        commandSent = answered;
      }
    }
    CompletableFuture<LavalinkPlayer> request;
    try {
      request = send.get();
    } catch (RuntimeException e) {
      answered.complete(null);
      throw e;
    }
    request.whenComplete((response, error) -> answered.complete(null));
    return request;
  }

  /**
   * Chains a command after the previous one.
   *
   * @param notBefore a future the command waits for before it is sent
   * @param limited whether the request counts against the client's limit of concurrent moves
   */
  private CompletableFuture<Player> submit(boolean needsVoice, CompletableFuture<Void> notBefore,
      boolean limited, Supplier<PlayerUpdate> update) {
    CompletableFuture<Player> result = new CompletableFuture<>();
    try {
      context.settings().commandCheck().accept(guildId);
    } catch (IllegalStateException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    synchronized (lock) {
      if (destroyed) {
        return CompletableFuture.failedFuture(new PlayerDestroyedException(guildId));
      }
      commands = commands.handle((ignored, error) -> null)
          .thenCompose(ignored -> notBefore)
          .thenCompose(ignored -> needsVoice ? awaitVoice() : DONE)
          .thenCompose(ignored -> awaitTarget())
          .thenCompose(target -> {
            Supplier<CompletableFuture<LavalinkPlayer>> send = () ->
                target.node().rest().updatePlayer(target.sessionId(), guildId, update.get());
            return sendUnlessDestroyed(false,
                limited ? () -> context.moveLimiter().run(send) : send);
          })
          .handle((response, error) -> {
            if (error != null) {
              result.completeExceptionally(unwrap(error));
              return null;
            }
            try {
              apply(response);
              result.complete(this);
            } catch (RuntimeException e) {
              // The caller must hear of it: a future that never completes would hang its code.
              result.completeExceptionally(e);
            }
            // The chain keeps its last stage until the next command: not the node's answer.
            return null;
          });
    }
    return result;
  }

  private CompletableFuture<Void> delay(Duration delay) {
    if (delay.isZero()) {
      return DONE;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    context.scheduler().schedule(delay, () -> done.complete(null));
    return done;
  }

  private CompletableFuture<Void> awaitVoice() {
    synchronized (lock) {
      if (voiceReady == null) {
        voiceReady = new CompletableFuture<>();
      } else if (voiceReady.isDone() && !voiceReady.isCompletedExceptionally()) {
        return DONE;
      }
      Duration timeout = context.settings().voiceTimeout();
      return within(voiceReady, timeout, () -> {
        context.events().observers().voiceNotReady(lavalinkNode());
        return new VoiceNotReadyException("Voice for guild " + guildId + " was not ready after "
            + timeout.toSeconds() + " s: " + describeMissingVoice());
      });
    }
  }

  private String describeMissingVoice() {
    synchronized (lock) {
      return voiceView().describeMissing();
    }
  }

  /** A node and its session, as a command needs them. */
  private record Target(LavalinkNode node, String sessionId) {}

  private CompletableFuture<Target> awaitTarget() {
    Duration timeout = context.settings().sessionTimeout();
    return within(currentTarget(), timeout, () -> {
      LavalinkNode current = lavalinkNode();
      return new NodeUnavailableException("Node '" + current.name() + "' had no session for "
          + timeout.toSeconds() + " s (state " + current.state() + "); the command for guild "
          + guildId + " was not sent");
    });
  }

  /** The session of the player's node; follows the player when it moves while waiting. */
  private CompletableFuture<Target> currentTarget() {
    LavalinkNode current = lavalinkNode();
    CompletableFuture<String> ready = current.readySession();
    if (ready.isDone()) {
      return ready.thenApply(sessionId -> new Target(current, sessionId));
    }
    CompletableFuture<Void> moved;
    synchronized (lock) {
      if (node != current) {
        // Moved meanwhile: wait for the new node instead.
        return currentTarget();
      }
      if (nodeChanged == null) {
        nodeChanged = new CompletableFuture<>();
      }
      moved = nodeChanged;
    }
    CompletableFuture<Target> target = new CompletableFuture<>();
    ready.thenAccept(sessionId -> target.complete(new Target(current, sessionId)));
    moved.thenRun(() -> currentTarget().thenAccept(target::complete));
    return target;
  }

  /** The future, failed with the given error if it is not done within the timeout. */
  private <T> CompletableFuture<T> within(CompletableFuture<T> future, Duration timeout,
      Supplier<? extends RuntimeException> error) {
    if (future.isDone()) {
      return future;
    }
    CompletableFuture<T> bounded = new CompletableFuture<>();
    Scheduler.Cancellable timer = context.scheduler().schedule(timeout,
        () -> bounded.completeExceptionally(error.get()));
    future.whenComplete((value, failure) -> {
      timer.cancel();
      if (failure == null) {
        bounded.complete(value);
      } else {
        bounded.completeExceptionally(failure);
      }
    });
    return bounded;
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  /** Takes over what the node confirmed. */
  private void apply(LavalinkPlayer confirmed) {
    synchronized (lock) {
      created = true;
      Track reported = confirmed.track();
      // The events of the tracks this answer replaced or stopped may still come, on the
      // WebSocket: they take their originals from the live list, not from this state.
      if (reported == null) {
        track = null;
        original = null;
      } else if (track == null || !sameTrack(track, reported)
          || originals != null && originals.hasRequest()) {
        track = reported;
        Track requested = originals == null ? null : originals.confirm(reported);
        // The bot's object for another track must not stay: snapshots, re-creation after a lost
        // session and skip() would use it in place of the track the node plays.
        original = requested != null ? requested
            : original != null && sameTrack(original, reported) ? original : null;
      }
      volume = confirmed.volume();
      paused = confirmed.paused();
      // Every answer carries the filters; keep the instance the player has when they are equal.
      Filters reportedFilters = confirmed.filters();
      if (!reportedFilters.equals(filters)) {
        filters = reportedFilters.isEmpty() ? Filters.NONE : reportedFilters;
      }
      takeState(confirmed.state(), true);
      if (track != null) {
        queueEnded = false;
      }
      updateInactivity();
    }
    context.changed(guildId);
  }

  /**
   * Takes a reported position as the base of interpolation. Positions are interpolated from the
   * node's own timestamp, so a report that arrives late still gives the right position; a report
   * older than the current base is stale and skipped, unless it confirms a command (which may have
   * changed pause, position or speed).
   */
  private void takeState(PlayerState state, boolean confirmsCommand) {
    if (!confirmsCommand && state.time() < baseTime) {
      return;
    }
    basePosition = state.position();
    baseTime = state.time();
    connected = state.connected();
    ping = state.ping();
  }

  // ---- voice -------------------------------------------------------------------------------

  void onVoiceStateUpdate(long channelId, String sessionId) {
    if (channelId == 0) {
      DisconnectTrigger trigger;
      synchronized (lock) {
        trigger = leaving != null ? leaving : DisconnectTrigger.LEFT_CHANNEL;
      }
      destroy(trigger, true);
      return;
    }
    synchronized (lock) {
      voiceToChange().onStateUpdate(channelId, sessionId);
    }
    sendVoiceIfComplete();
  }

  void onVoiceServerUpdate(String token, @Nullable String endpoint) {
    synchronized (lock) {
      if (!voiceToChange().onServerUpdate(token, endpoint)) {
        try (LogContext ignored = logContext()) {
          log.debug("Guild {}: voice server update without endpoint ignored; waiting for the next",
              guildId);
        }
        return;
      }
    }
    sendVoiceIfComplete();
  }

  void setAlone(boolean isAlone) {
    synchronized (lock) {
      alone = isAlone;
      updateInactivity();
    }
  }

  private void sendVoiceIfComplete() {
    synchronized (lock) {
      if (destroyed) {
        return;
      }
      VoiceState state = voiceView().unsent();
      if (state == null) {
        return;
      }
      voiceToChange().markSent(state);
      voiceUpdates = voiceUpdates.handle((ignored, error) -> null)
          .thenCompose(ignored -> awaitTarget())
          .thenCompose(target -> sendUnlessDestroyed(true, () -> target.node().rest()
              .updatePlayer(target.sessionId(), guildId, PlayerUpdate.builder().voice(state).build())))
          .handle((response, error) -> {
            onVoiceResult(state, response, error);
            // Kept until the next voice update: not the node's answer.
            return null;
          });
    }
  }

  private void onVoiceResult(VoiceState state, @Nullable LavalinkPlayer response,
      @Nullable Throwable error) {
    if (error == null && response != null) {
      apply(response);
      synchronized (lock) {
        if (state.equals(voiceView().current())) {
          if (voiceReady != null) {
            voiceReady.complete(null);
          }
          // Waiters hold the future they wait on; the player keeps the shared completed one.
          voiceReady = DONE;
        }
      }
      return;
    }
    Throwable cause = unwrap(Objects.requireNonNull(error));
    CompletableFuture<Void> failed;
    synchronized (lock) {
      if (destroyed) {
        return;
      }
      if (state.equals(voiceView().current())) {
        voiceToChange().markSent(null);
      }
      failed = voiceReady;
      voiceReady = null;
    }
    try (LogContext ignored = logContext()) {
      log.warn("Node '{}' did not take the voice update of guild {}: {}", node().name(), guildId,
          cause.toString());
    }
    if (failed != null) {
      context.events().observers().voiceNotReady(lavalinkNode());
      failed.completeExceptionally(new VoiceNotReadyException("Node '" + node().name()
          + "' did not take the voice update of guild " + guildId + ": " + cause.getMessage(), cause));
    }
  }

  // ---- node messages (reader thread) --------------------------------------------------------

  void onPlayerUpdate(PlayerState state) {
    LavalinkNode current;
    synchronized (lock) {
      takeState(state, false);
      current = node;
    }
    context.events().publish(new PlayerUpdateEvent(current, guildId, this, state));
  }

  void onTrackStart(Track started) {
    Track matching;
    LavalinkNode current;
    synchronized (lock) {
      // A track the node confirmed already, else the one requested last, if the event comes
      // before the answer.
      matching = originals == null ? null : originals.started(started);
      // The node confirmed a later play already: the state is newer than this event.
      boolean superseded = matching != null && originals.size() > 1;
      if (!superseded) {
        track = started;
        original = matching;
      }
      queueEnded = false;
      updateInactivity();
      current = node;
    }
    context.changed(guildId);
    context.events().publish(new TrackStartEvent(current, guildId, this, started, matching));
  }

  void onTrackEnd(Track ended, TrackEndReason reason) {
    Track endedOriginal;
    LavalinkNode current;
    synchronized (lock) {
      endedOriginal = originals == null ? null : originals.ended(ended);
      // A later play the node confirmed already (of the same track, maybe) is the current track:
      // this end does not take it away.
      boolean superseded = endedOriginal != null && originals.size() > 0;
      if (reason != TrackEndReason.REPLACED && track != null && sameTrack(track, ended)
          && !superseded) {
        track = null;
        original = null;
        endTime = null;
        updateInactivity();
      }
      current = node;
    }
    context.changed(guildId);
    context.events().publish(new TrackEndEvent(current, guildId, this, ended, endedOriginal, reason));
    if (reason.mayStartNext() && !isDestroyed()) {
      advance(endedOriginal != null ? endedOriginal : ended, reason);
    }
  }

  void onTrackException(Track failed, TrackError exception) {
    context.events().publish(new TrackExceptionEvent(node(), guildId, this, failed,
        originalOf(failed), exception));
  }

  void onTrackStuck(Track stuck, long thresholdMs) {
    context.events().publish(new TrackStuckEvent(node(), guildId, this, stuck, originalOf(stuck),
        thresholdMs));
  }

  void onWebSocketClosed(int code, String reason, boolean byRemote) {
    LavalinkNode current;
    synchronized (lock) {
      connected = false;
      current = node;
    }
    context.events().observers().voiceClosed(current, code);
    context.events().publish(new WebSocketClosedEvent(current, guildId, this, code,
        DiscordVoiceCloseCode.of(code), reason, byRemote));
  }

  private @Nullable Track originalOf(Track reported) {
    synchronized (lock) {
      return originals == null ? null : originals.find(reported);
    }
  }

  // ---- queue and inactivity ----------------------------------------------------------------

  private void advance(Track ended, TrackEndReason reason) {
    Optional<Track> next = queue().next(ended, reason);
    if (next.isPresent()) {
      playNext(next.get(), ended);
      return;
    }
    AutoplayStrategy autoplay = context.settings().autoplay();
    if (reason == TrackEndReason.LOAD_FAILED || autoplay == null) {
      queueEnded(ended);
      return;
    }
    // The strategy is user code: it must not run on the node's reader thread.
    CompletableFuture.supplyAsync(() -> autoplay.nextTracks(this, ended), context.settings().userCode())
        .thenCompose(Function.identity())
        .whenComplete((tracks, error) -> onAutoplayResult(ended, tracks, error));
  }

  private void onAutoplayResult(Track ended, @Nullable List<Track> tracks, @Nullable Throwable error) {
    List<Track> found = error == null && tracks != null ? tracks : List.of();
    try (LogContext ignored = logContext()) {
      if (error != null) {
        log.warn("The autoplay strategy failed for guild {}", guildId, error);
      }
      try {
        queue().addAll(found);
      } catch (QueueFullException full) {
        log.warn("Guild {}: autoplay found {} tracks but the queue is full", guildId, found.size());
      }
    }
    queue().poll().ifPresentOrElse(first -> playNext(first, ended), () -> queueEnded(ended));
  }

  private void playNext(Track next, Track ended) {
    play(next, fromStart(next, ended)).whenComplete((player, error) -> {
      if (error != null) {
        try (LogContext ignored = logContext()) {
          log.warn("Guild {}: could not start the next track '{}'", guildId, next.info().title(),
              error);
        }
      }
    });
  }

  /** Puts this guild and its node into the MDC while it logs. */
  private LogContext logContext() {
    return LogContext.guild(guildId, node().name());
  }

  /** A track played again after itself restarts, although its encoding carries where it was. */
  private static PlayOptions fromStart(Track next, @Nullable Track previous) {
    return next == previous ? PlayOptions.builder().startPosition(0).build() : PlayOptions.DEFAULT;
  }

  private void queueEnded(Track last) {
    synchronized (lock) {
      queueEnded = true;
      updateInactivity();
    }
    context.events().publish(new QueueEndEvent(node(), guildId, this, last));
  }

  /** Keeps the idle timer in step with the state; the caller holds the lock. */
  private void updateInactivity() {
    InactivityReason reason = destroyed ? null
        : alone ? InactivityReason.ALONE
        : track == null && queueEnded ? InactivityReason.QUEUE_ENDED
        : track != null && paused ? InactivityReason.PAUSED
        : null;
    if (idle == null) {
      if (reason == null) {
        return;
      }
      // Made when a player first goes idle, like the other parts an idle player may never need.
      idle = new IdleTimer(context.scheduler(), context.settings().inactivity().timeout(),
          this::onIdle);
    }
    idle.update(reason);
  }

  private void onIdle(InactivityReason reason, Duration idleFor) {
    synchronized (lock) {
      if (destroyed || idle == null || !idle.fired(reason)) {
        return;
      }
    }
    context.events().publish(new InactivePlayerEvent(node(), guildId, this, reason, idleFor));
    if (context.settings().inactivity().action() == InactivityPolicy.Action.DISCONNECT) {
      leave(DisconnectTrigger.INACTIVE);
    }
  }

  /** Lavalink re-encodes tracks, so identity is the source's id, not the encoded string. */
  private static boolean sameTrack(Track a, Track b) {
    return Originals.sameTrack(a, b);
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "Player[guild=" + guildId + ", node=" + node.name() + ", track=" + track + ", paused="
          + paused + ", volume=" + volume + (destroyed ? ", destroyed" : "") + "]";
    }
  }
}
