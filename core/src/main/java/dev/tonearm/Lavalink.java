package dev.tonearm;

import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.internal.NamedThreadFactory;
import dev.tonearm.internal.SystemScheduler;
import dev.tonearm.internal.TonearmVersion;
import dev.tonearm.internal.event.EventBus;
import dev.tonearm.internal.event.ListenerRegistry;
import dev.tonearm.internal.event.PluginEvents;
import dev.tonearm.internal.node.Backoff;
import dev.tonearm.internal.node.LavalinkNode;
import dev.tonearm.internal.node.NodeFactory;
import dev.tonearm.internal.node.NodePool;
import dev.tonearm.internal.observe.Observers;
import dev.tonearm.internal.node.PluginRouting;
import dev.tonearm.internal.player.PlayerRegistry;
import dev.tonearm.internal.player.PlayerSettings;
import dev.tonearm.internal.player.StateChanges;
import dev.tonearm.internal.state.ClientState;
import dev.tonearm.internal.state.StateSaver;
import dev.tonearm.internal.transport.Transport;
import dev.tonearm.internal.transport.Transports;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeSelector;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.PenaltyNodeSelector;
import dev.tonearm.observe.Health;
import dev.tonearm.observe.TonearmObserver;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.NodeUnavailableException;
import dev.tonearm.player.Player;
import dev.tonearm.player.VoiceGateway;
import dev.tonearm.queue.AutoplayStrategy;
import dev.tonearm.state.GuildStateStore;
import dev.tonearm.state.StateStore;
import dev.tonearm.time.Scheduler;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Search;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lavalink client: the nodes a bot plays through. Create one per bot with
 * {@link #builder(long)}; {@link Builder#build()} connects every node.
 *
 * <pre>{@code
 * Lavalink lavalink = Lavalink.builder(botUserId)
 *     .node(NodeOptions.builder("main", URI.create("http://127.0.0.1:2333"), "youshallnotpass").build())
 *     .build();
 * }</pre>
 *
 * <p>{@link #close()} disconnects every node and stops every thread the client started.
 */
public final class Lavalink implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Lavalink.class);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

  private static final Duration STATE_SAVE_DELAY = Duration.ofSeconds(2);

  private final NodePool pool;
  private final NodeFactory nodeFactory;
  private final ClientState state;
  private final @Nullable StateSaver saver;
  private final EventBus events;
  private final ListenerRegistry listeners;
  private final PlayerRegistry players;
  private final PluginRouting routing;
  private final ExecutorService httpExecutor;
  private final ExecutorService eventExecutor;
  private final boolean ownsEventExecutor;
  private final @Nullable SystemScheduler ownScheduler;
  private final Transport transport;
  private final Observers observers = new Observers();
  private volatile boolean closed;

  private Lavalink(Builder builder) {
    httpExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new NamedThreadFactory("tonearm-http"));
    transport = Transports.create(builder.okHttpClient, builder.jdkHttpClient, httpExecutor,
        builder.connectTimeout, builder.readTimeout);
    ownsEventExecutor = builder.eventExecutor == null;
    eventExecutor = builder.eventExecutor != null ? builder.eventExecutor
        : Executors.newSingleThreadExecutor(new NamedThreadFactory("tonearm-events"));
    ownScheduler = builder.scheduler == null ? new SystemScheduler("tonearm-scheduler") : null;
    Scheduler scheduler = builder.scheduler != null ? builder.scheduler : ownScheduler;
    builder.observers.forEach(observers::add);

    nodeFactory = new NodeFactory(transport, scheduler, eventExecutor, builder.userId,
        builder.clientName, builder.reconnectInitial, builder.reconnectMax, observers);
    events = new EventBus(eventExecutor, observers);
    listeners = new ListenerRegistry(events);
    // Before the nodes start, so the builder's listeners see the first NodeReadyEvent.
    builder.listeners.forEach(listeners::register);
    pool = new NodePool(builder.nodeSelector);
    saver = builder.stateStore == null ? null
        : new StateSaver(builder.stateStore, scheduler, this::snapshot, STATE_SAVE_DELAY,
            observers);
    players = new PlayerRegistry(scheduler, events, pool, new PlayerSettings(builder.voiceGateway,
        builder.voiceTimeout, builder.sessionTimeout, builder.inactivity, builder.autoplay,
        eventExecutor, builder.failover, stateChanges(builder.stateStore, saver), commandCheck(builder.stateStore),
        new PluginEvents(builder.plugins)));
    routing = new PluginRouting(pool, builder.plugins);
    builder.nodes.forEach(options -> pool.add(nodeFactory.create(options, players)));
    state = new ClientState(pool, players, scheduler);
    if (builder.stateStore instanceof GuildStateStore guildStore) {
      guildStore.bind(state);
    }
    if (builder.stateStore != null) {
      state.restore(builder.stateStore);
    }
  }

  /**
   * A guild store hears of each guild's change and writes sessions with the guilds; any other
   * store gets a whole snapshot soon after either change.
   */
  private static StateChanges stateChanges(@Nullable StateStore store, @Nullable StateSaver saver) {
    if (store instanceof GuildStateStore guildStore) {
      return new StateChanges() {
        @Override
        public void guildChanged(long guildId) {
          guildStore.guildChanged(guildId);
        }

        @Override
        public void sessionChanged() {}
      };
    }
    if (saver == null) {
      return StateChanges.NONE;
    }
    return new StateChanges() {
      @Override
      public void guildChanged(long guildId) {
        saver.markDirty();
      }

      @Override
      public void sessionChanged() {
        saver.markDirty();
      }
    };
  }

  /** A guild store may refuse commands for guilds another process took over. */
  private static LongConsumer commandCheck(@Nullable StateStore store) {
    if (store instanceof GuildStateStore guildStore) {
      return guildStore::checkCommand;
    }
    return guildId -> { };
  }

  /**
   * Returns the client's whole state as JSON: for each node its session id, and for each player
   * its guild, node, voice channel and credentials, track (with user data) and position, pause,
   * volume, filters, end time, queue and repeat mode. With a {@link StateStore} the client saves
   * this itself and restores it when built.
   *
   * @return the snapshot
   */
  public String snapshot() {
    return state.snapshot();
  }

  /**
   * Starts configuring a client.
   *
   * @param userId the bot's Discord user id
   * @return a builder
   * @throws IllegalArgumentException if {@code userId} is zero
   */
  public static Builder builder(long userId) {
    return new Builder(userId);
  }

  /** {@return the nodes, in the order they were added} */
  public List<Node> nodes() {
    return List.copyOf(pool.all());
  }

  /**
   * Adds a node at runtime and starts connecting it; new players may land on it once connected.
   *
   * @param options the node
   * @return the node
   * @throws IllegalArgumentException if a node of the same name exists
   * @throws IllegalStateException if the client was closed
   */
  public synchronized Node addNode(NodeOptions options) {
    checkOpen();
    if (node(options.name()).isPresent()) {
      throw new IllegalArgumentException("a node named '" + options.name() + "' already exists");
    }
    LavalinkNode node = nodeFactory.create(options, players);
    pool.add(node);
    node.start();
    return node;
  }

  /**
   * Removes a node at runtime: its players move to other nodes first (as by
   * {@link Node#drain()}), then it disconnects.
   *
   * @param name the node's name
   * @return a future completed when the node is gone
   * @throws IllegalArgumentException if there is no node of that name
   */
  public synchronized CompletableFuture<Void> removeNode(String name) {
    LavalinkNode node = pool.all().stream().filter(candidate -> candidate.name().equals(name))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no node named '" + name + "'"));
    return node.drain().whenComplete((ignored, error) -> {
      pool.remove(node);
      node.close();
    });
  }

  /**
   * Finds a node by name.
   *
   * @param name the node's name
   * @return the node, or empty if there is none of that name
   */
  public Optional<Node> node(String name) {
    return pool.all().stream().filter(node -> node.name().equals(name)).findFirst().map(Node.class::cast);
  }

  /**
   * Returns the guild's player, creating it if needed. A new player costs nothing on Lavalink
   * until its first command or voice update; it lives on the first connected node.
   *
   * @param guildId the guild
   * @return the player
   * @throws IllegalStateException if the client was closed
   */
  public Player player(long guildId) {
    checkOpen();
    return players.player(guildId);
  }

  /**
   * Returns the guild's player if it exists.
   *
   * @param guildId the guild
   * @return the player, or empty
   */
  public Optional<Player> existingPlayer(long guildId) {
    return players.existing(guildId);
  }

  /** {@return every player that exists now} */
  public Collection<Player> players() {
    return players.all();
  }

  /**
   * Loads tracks on a connected node.
   *
   * @param identifier a URL, or a search such as {@code ytsearch:query} (see {@link Search})
   * @return the load result; fails with {@link NodeUnavailableException} if no node is connected,
   *     and, for an identifier of a registered plugin's source (such as {@code spsearch:}), with
   *     {@link dev.tonearm.node.PluginUnavailableException} if no connected node has the plugin
   */
  public CompletableFuture<LoadResult> loadTracks(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    Optional<LavalinkPlugin> plugin = routing.pluginFor(identifier);
    if (plugin.isPresent() && !pool.connected().isEmpty()) {
      return routing.nodeWith(plugin.get(), "loading '" + identifier + "'")
          .thenCompose(node -> node.rest().loadTracks(identifier));
    }
    return pool.select(null, null).map(node -> node.rest().loadTracks(identifier))
        .orElseGet(() -> CompletableFuture.failedFuture(new NodeUnavailableException(
            "No node is connected to load '" + identifier + "'; node states: " + nodeStates())));
  }

  private String nodeStates() {
    StringBuilder states = new StringBuilder();
    pool.all().forEach(node -> states.append(states.length() == 0 ? "" : ", ")
        .append(node.name()).append('=').append(node.state()));
    return states.toString();
  }

  /**
   * Decodes an encoded track locally, without asking a node.
   *
   * @param encoded the base64 track
   * @return the track, with empty plugin info and user data
   * @throws dev.tonearm.track.TrackDecodeException if {@code encoded} is not a valid track
   */
  public Track decodeTrack(String encoded) {
    return TrackCodec.decodeTrack(encoded);
  }

  /**
   * Calls {@code handler} with every event of the given type (and its subtypes) on the event
   * executor, in the order the events happened.
   *
   * <pre>{@code
   * lavalink.on(TrackStartEvent.class, event -> log.info("Playing {}", event.track().info().title()));
   * }</pre>
   *
   * @param type the event type, such as {@code TrackStartEvent.class} or {@code TonearmEvent.class}
   * @param handler the handler; an exception it throws is logged and affects nothing else
   * @param <E> the event type
   * @return a subscription that removes the handler
   */
  public <E extends TonearmEvent> Subscription on(Class<E> type, Consumer<? super E> handler) {
    return events.on(type, handler);
  }

  /**
   * Registers a listener whose methods carry {@code @OnTrackStart}, {@code @OnTrackEnd} and the
   * other annotations of {@link dev.tonearm.annotation}. Its methods run on the event executor in
   * the order the events happened, together with the {@link #on} handlers, and a method that
   * throws is logged and affects nothing else. The dispatcher that the {@code tonearm-processor}
   * annotation processor generated for the listener's class is found by name, once per class.
   * Registering a listener that is already registered changes nothing.
   *
   * <pre>{@code
   * lavalink.register(new MusicListener());
   * }</pre>
   *
   * @param listener the listener
   * @return a subscription that unregisters it
   * @throws dev.tonearm.annotation.DispatcherNotFoundException if no dispatcher was generated for
   *     the class, usually because the processor is not on the compiler's annotation processor
   *     path; the message shows the Maven and Gradle set-up
   */
  public Subscription register(Object listener) {
    return listeners.register(ListenerRegistry.bind(listener));
  }

  /**
   * Registers a listener with the dispatcher given, without looking it up by name; for the module
   * path and native images. Otherwise the same as {@link #register(Object)}.
   *
   * <pre>{@code
   * lavalink.register(listener, new MusicListener_TonearmDispatcher());
   * }</pre>
   *
   * @param listener the listener
   * @param dispatcher its generated dispatcher
   * @param <L> the listener's type
   * @return a subscription that unregisters it
   */
  public <L> Subscription register(L listener, EventDispatcher<? super L> dispatcher) {
    return listeners.register(ListenerRegistry.bind(listener, dispatcher));
  }

  /**
   * Stops delivering events to a listener registered with {@code register} or the builder.
   *
   * @param listener the listener (the same object)
   * @return true if it was registered
   */
  public boolean unregister(Object listener) {
    return listeners.unregister(listener);
  }

  /**
   * Installs an observer that hears what happens to the nodes, REST calls, events, players and
   * the state store from now on, as a metrics binder does. An observer that throws is logged and
   * affects nothing else.
   *
   * @param observer the observer
   * @return a subscription that removes it
   */
  public Subscription addObserver(TonearmObserver observer) {
    return observers.add(observer);
  }

  /** {@return how many events wait to be handed to the listeners; a growing number means a
   * listener is too slow} */
  public int eventBacklog() {
    return events.backlog();
  }

  /**
   * Takes a snapshot of the client's health for a readiness or liveness probe: each node's state,
   * the players waiting for a node, whether the state store takes saves and the event backlog,
   * with an overall status whose rule {@link Health} describes. Cheap enough to call on every
   * probe; it sends nothing to the nodes.
   *
   * @return the snapshot
   */
  public Health health() {
    Map<String, NodeState> states = new LinkedHashMap<>();
    pool.all().forEach(node -> states.put(node.name(), node.state()));
    return new Health(states, players.waitingForNode(), saver == null || saver.reachable(),
        events.backlog());
  }

  /**
   * Feeds the bot's own VOICE_STATE_UPDATE from Discord's gateway. A Discord integration calls
   * this; a bot using one does not.
   *
   * @param guildId the guild
   * @param channelId the voice channel the bot is in now, or 0 if it left
   * @param sessionId the bot's voice session id
   */
  public void onVoiceStateUpdate(long guildId, long channelId, String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!closed) {
      players.onVoiceStateUpdate(guildId, channelId, sessionId);
    }
  }

  /**
   * Feeds a VOICE_SERVER_UPDATE from Discord's gateway. A Discord integration calls this.
   *
   * @param guildId the guild
   * @param token the voice token
   * @param endpoint the voice server, or null while Discord reallocates one (then ignored)
   */
  public void onVoiceServerUpdate(long guildId, String token, @Nullable String endpoint) {
    Objects.requireNonNull(token, "token");
    if (!closed) {
      players.onVoiceServerUpdate(guildId, token, endpoint);
    }
  }

  /**
   * Tells the client whether the bot is alone (with bots only) in its voice channel, which counts
   * towards the inactivity timeout. A Discord integration calls this.
   *
   * @param guildId the guild
   * @param alone true if no human is in the bot's channel
   */
  public void reportAlone(long guildId, boolean alone) {
    players.setAlone(guildId, alone);
  }

  /**
   * Destroys the guild's player because the bot lost its channel for a reason only the Discord
   * integration can see (the channel was deleted, the bot left the guild).
   *
   * @param guildId the guild
   * @param trigger why
   */
  public void reportDisconnected(long guildId, DisconnectTrigger trigger) {
    players.disconnected(guildId, trigger);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this Lavalink client was closed");
    }
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Disconnects every node and stops the client's threads: its HTTP threads, and its event and
   * scheduler threads unless they were supplied. Resumable sessions stay on their nodes until
   * their timeout. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (saver != null) {
      saver.saveNow();
    }
    pool.all().forEach(LavalinkNode::close);
    httpExecutor.shutdown();
    if (!awaitTermination(httpExecutor)) {
      // The peer did not answer the close handshake in time.
      pool.all().forEach(LavalinkNode::cancelSocket);
      transport.cancelAll();
      httpExecutor.shutdownNow();
      awaitTermination(httpExecutor);
    }
    transport.close();
    if (ownsEventExecutor) {
      eventExecutor.shutdown();
      awaitTermination(eventExecutor);
    }
    if (ownScheduler != null) {
      ownScheduler.close();
    }
    log.debug("Lavalink client closed");
  }

  private static boolean awaitTermination(ExecutorService executor) {
    try {
      return executor.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void start() {
    pool.all().forEach(LavalinkNode::start);
  }

  /** Configures a {@link Lavalink} client. Not thread-safe. */
  public static final class Builder {
    private final long userId;
    private final List<NodeOptions> nodes = new ArrayList<>();
    // Untyped, so that this class loads on class paths without OkHttp.
    private @Nullable Object okHttpClient;
    private @Nullable HttpClient jdkHttpClient;
    private @Nullable ExecutorService eventExecutor;
    private @Nullable Scheduler scheduler;
    private String clientName = "tonearm/" + TonearmVersion.VERSION;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(15);
    private Duration reconnectInitial = Duration.ofSeconds(1);
    private Duration reconnectMax = Duration.ofSeconds(30);
    private @Nullable VoiceGateway voiceGateway;
    private Duration voiceTimeout = Duration.ofSeconds(10);
    private Duration sessionTimeout = Duration.ofSeconds(30);
    private InactivityPolicy inactivity = InactivityPolicy.DEFAULT;
    private @Nullable AutoplayStrategy autoplay;
    private NodeSelector nodeSelector = new PenaltyNodeSelector();
    private FailoverPolicy failover = FailoverPolicy.DEFAULT;
    private @Nullable StateStore stateStore;
    private final List<ListenerRegistry.Binding<?>> listeners = new ArrayList<>();
    private final List<TonearmObserver> observers = new ArrayList<>();
    private final List<LavalinkPlugin> plugins = new ArrayList<>();

    private Builder(long userId) {
      if (userId == 0) {
        throw new IllegalArgumentException("userId must be the bot's user id, was 0");
      }
      this.userId = userId;
    }

    /**
     * Adds a node.
     *
     * @param options the node
     * @return this builder
     * @throws IllegalArgumentException if a node of the same name was already added
     */
    public Builder node(NodeOptions options) {
      Objects.requireNonNull(options, "options");
      for (NodeOptions existing : nodes) {
        if (existing.name().equals(options.name())) {
          throw new IllegalArgumentException("a node named '" + options.name() + "' was already added");
        }
      }
      nodes.add(options);
      return this;
    }

    /**
     * Sends HTTP and WebSocket traffic over OkHttp, through this client's connection pool,
     * interceptors and proxy settings (for example JDA's {@code jda.getHttpClient()}, so that a
     * bot has one HTTP client). Tonearm still runs calls on threads of its own, so it never blocks
     * the given client's dispatcher, and it never shuts the given client down. Replaces a
     * {@linkplain #jdkHttpClient JDK client} set before.
     *
     * <p>Without either, Tonearm makes its own OkHttp client when OkHttp is on the class path and
     * uses the JDK's {@code java.net.http} otherwise; core does not bring OkHttp itself.
     *
     * @param httpClient the client to derive from
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.okHttpClient = Objects.requireNonNull(httpClient, "httpClient");
      this.jdkHttpClient = null;
      return this;
    }

    /**
     * Sends HTTP and WebSocket traffic over the JDK's {@code java.net.http} client given, as it
     * is configured (proxy, SSL context, authenticator, executor, connect timeout); the
     * {@linkplain #timeouts read timeout} applies to every REST call, and WebSockets are pinged
     * every 30 s like OkHttp's. Tonearm never shuts the given client down. Replaces an
     * {@linkplain #httpClient OkHttp client} set before.
     *
     * @param httpClient the client to send with
     * @return this builder
     */
    public Builder jdkHttpClient(HttpClient httpClient) {
      this.jdkHttpClient = Objects.requireNonNull(httpClient, "httpClient");
      this.okHttpClient = null;
      return this;
    }

    /**
     * Sets where listeners run. The default is one thread, so events arrive in order. A supplied
     * executor is not shut down by {@link Lavalink#close()}.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder eventExecutor(ExecutorService executor) {
      this.eventExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the clock and scheduler for backoff and timeouts; tests pass a virtual clock.
     *
     * @param scheduler the scheduler; not closed by {@link Lavalink#close()}
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Sets the {@code Client-Name} header, {@code NAME/VERSION}; the default is
     * {@code tonearm/<version>}.
     *
     * @param clientName the name
     * @return this builder
     * @throws IllegalArgumentException if {@code clientName} is blank
     */
    public Builder clientName(String clientName) {
      if (clientName.isBlank()) {
        throw new IllegalArgumentException("clientName must not be blank");
      }
      this.clientName = clientName;
      return this;
    }

    /**
     * Sets the REST timeouts.
     *
     * @param connect how long to wait for a TCP connection
     * @param read how long to wait for an answer; a voice update to an unreachable Discord server
     *     never gets one, so keep this finite
     * @return this builder
     * @throws IllegalArgumentException if a timeout is not positive
     */
    public Builder timeouts(Duration connect, Duration read) {
      if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
        throw new IllegalArgumentException(
            "timeouts must be positive, were connect=" + connect + ", read=" + read);
      }
      this.connectTimeout = connect;
      this.readTimeout = read;
      return this;
    }

    /**
     * Sets the reconnect backoff: attempt n waits a random time between half and all of
     * {@code min(max, initial * 2^n)}; a successful connection starts over.
     *
     * @param initial the first ceiling, 1 second by default
     * @param max the largest ceiling, 30 seconds by default
     * @return this builder
     * @throws IllegalArgumentException unless {@code 0 < initial <= max}
     */
    public Builder reconnectBackoff(Duration initial, Duration max) {
      Backoff.validate(initial, max);
      this.reconnectInitial = initial;
      this.reconnectMax = max;
      return this;
    }

    /**
     * Sets how players join and leave voice channels; the Discord integration sets it.
     *
     * @param gateway sends Discord's voice state updates (opcode 4)
     * @return this builder
     */
    public Builder voiceGateway(VoiceGateway gateway) {
      this.voiceGateway = Objects.requireNonNull(gateway, "gateway");
      return this;
    }

    /**
     * Sets how long a track waits for its player's voice connection before its future fails with
     * {@link dev.tonearm.player.VoiceNotReadyException}; 10 seconds by default.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder voiceTimeout(Duration timeout) {
      this.voiceTimeout = positive("voiceTimeout", timeout);
      return this;
    }

    /**
     * Sets how long a player command waits for its node to have a session (while it reconnects)
     * before failing with {@link NodeUnavailableException}; 30 seconds by default.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder sessionTimeout(Duration timeout) {
      this.sessionTimeout = positive("sessionTimeout", timeout);
      return this;
    }

    /**
     * Sets when players count as inactive and what happens then.
     *
     * @param policy the policy; {@link InactivityPolicy#DEFAULT} by default
     * @return this builder
     */
    public Builder inactivity(InactivityPolicy policy) {
      this.inactivity = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets what plays when a player's queue runs out; nothing by default.
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder autoplay(AutoplayStrategy strategy) {
      this.autoplay = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /**
     * Sets how nodes are picked for new players, moved players and track loads; the default is a
     * {@link PenaltyNodeSelector}.
     *
     * @param selector the selector
     * @return this builder
     */
    public Builder nodeSelector(NodeSelector selector) {
      this.nodeSelector = Objects.requireNonNull(selector, "selector");
      return this;
    }

    /**
     * Registers an annotated listener before the nodes connect, so it sees every event; see
     * {@link Lavalink#register(Object)}.
     *
     * @param listener the listener
     * @return this builder
     * @throws dev.tonearm.annotation.DispatcherNotFoundException if no dispatcher was generated for
     *     the listener's class; the message shows the Maven and Gradle set-up
     */
    public Builder listener(Object listener) {
      listeners.add(ListenerRegistry.bind(listener));
      return this;
    }

    /**
     * Installs an observer before the nodes connect, so it hears their first connection too; see
     * {@link Lavalink#addObserver(TonearmObserver)}.
     *
     * @param observer the observer
     * @return this builder
     */
    public Builder observer(TonearmObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * Sets how players leave a node that went down.
     *
     * @param policy the policy; {@link FailoverPolicy#DEFAULT} by default
     * @return this builder
     */
    public Builder failover(FailoverPolicy policy) {
      this.failover = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Keeps the client's state across bot restarts: it is saved a couple of seconds after each
     * change and on close, and restored when the client is built. Nodes then try to resume their
     * stored sessions; players of a resumed session are taken over as they are, players of a lost
     * one are created again from the saved state. A {@link GuildStateStore} is told of each
     * guild's change instead and writes that guild alone.
     *
     * @param store where the snapshot lives, e.g. a {@link dev.tonearm.state.FileStateStore}
     * @return this builder
     */
    public Builder stateStore(StateStore store) {
      this.stateStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Registers an annotated listener with the dispatcher given, without looking it up by name;
     * see {@link Lavalink#register(Object, EventDispatcher)}.
     *
     * @param listener the listener
     * @param dispatcher its generated dispatcher
     * @param <L> the listener's type
     * @return this builder
     */
    public <L> Builder listener(L listener, EventDispatcher<? super L> dispatcher) {
      listeners.add(ListenerRegistry.bind(listener, dispatcher));
      return this;
    }

    /**
     * Registers a typed plugin: its event types reach listeners typed, and loads of its sources'
     * identifiers go to a node that has it. See {@link LavalinkPlugin}.
     *
     * @param plugin the plugin
     * @return this builder
     * @throws IllegalArgumentException if a plugin of that name was registered already
     */
    public Builder plugin(LavalinkPlugin plugin) {
      Objects.requireNonNull(plugin, "plugin");
      if (plugins.stream().anyMatch(known -> known.name().equals(plugin.name()))) {
        throw new IllegalArgumentException("The plugin '" + plugin.name() + "' is registered already");
      }
      plugins.add(plugin);
      return this;
    }

    private static Duration positive(String name, Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    /**
     * Creates the client and starts connecting its nodes.
     *
     * @return the client
     * @throws IllegalStateException if no node was added
     */
    public Lavalink build() {
      if (nodes.isEmpty()) {
        throw new IllegalStateException("add at least one node with node(NodeOptions)");
      }
      Lavalink lavalink = new Lavalink(this);
      lavalink.start();
      return lavalink;
    }
  }
}
