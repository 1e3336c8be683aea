package dev.tonearm.jda;

import dev.tonearm.Lavalink;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.internal.SystemScheduler;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.jda.internal.BotToken;
import dev.tonearm.jda.internal.JdaVoiceGateway;
import dev.tonearm.jda.internal.PendingLeaves;
import dev.tonearm.jda.internal.Shards;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.VoiceDispatchInterceptor;
import net.dv8tion.jda.api.managers.AudioManager;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tonearm for a JDA bot: a {@link Lavalink} client wired to JDA's gateway. Install it on the
 * {@link JDABuilder} or {@link DefaultShardManagerBuilder} in one step; it is both the {@link
 * VoiceDispatchInterceptor} that receives the bot's voice credentials and the {@link
 * EventListener} that follows channels, guilds, members and the gateway session.
 *
 * <pre>{@code
 * TonearmJda tonearm = TonearmJda.builder(token)
 *     .node(NodeOptions.builder("main", URI.create("http://127.0.0.1:2333"), "youshallnotpass").build())
 *     .build();
 * JDA jda = tonearm.install(JDABuilder.createDefault(token)).build();
 *
 * // in a slash command handler:
 * tonearm.connect(memberChannel).play(track);
 * }</pre>
 *
 * <p>What it does for the bot:
 *
 * <ul>
 *   <li>passes the bot's own VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE to the client, in
 *       whichever order Discord sends them; the client sends Lavalink one voice update once it
 *       has token, endpoint, session and channel (JDA hands a voice server over only while its
 *       cache has the bot in a channel, so a first join needs the state first, as Discord sends
 *       it);
 *   <li>joins and leaves with gateway opcode 4 through JDA's {@link
 *       net.dv8tion.jda.api.managers.DirectAudioController}, never through JDA's own audio;
 *   <li>follows moves: the player keeps playing in the new channel, and the 4014 close Lavalink
 *       reports for the old connection does not end it;
 *   <li>ends the player with a {@link PlayerDisconnectEvent} naming why: {@link
 *       DisconnectTrigger#LEFT_CHANNEL} (kicked or disconnected by a member), {@link
 *       DisconnectTrigger#CHANNEL_DELETED}, {@link DisconnectTrigger#GUILD_LEFT}, {@link
 *       DisconnectTrigger#GATEWAY_SHUTDOWN} (the JDA instance or shard shut down);
 *   <li>after a gateway RESUME leaves players alone; after a new gateway session (re-IDENTIFY)
 *       joins every player's channel again so Discord sends fresh voice credentials;
 *   <li>reports whether the bot is alone (with bots only) in its channel, for the client's
 *       inactivity policy; this needs JDA's voice state cache ({@code GUILD_VOICE_STATES} intent
 *       and {@code CacheFlag.VOICE_STATE}, both on in {@code JDABuilder.createDefault});
 *   <li>is the client's voice gateway, so the bot also leaves voice when a player lost its
 *       Lavalink node for good ({@link DisconnectTrigger#NODE_LOST}).
 * </ul>
 *
 * <p>One instance serves every shard of a bot. All methods are thread-safe. {@link #close()}
 * closes the client; JDA is not shut down.
 */
public final class TonearmJda implements VoiceDispatchInterceptor, EventListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TonearmJda.class);

  private final List<NodeOptions> nodes;
  private final Consumer<Lavalink.Builder> customizer;
  private final Scheduler scheduler;
  private final @Nullable SystemScheduler ownScheduler;
  private final Shards shards = new Shards();
  private final JdaVoiceGateway voice = new JdaVoiceGateway(shards);
  private final PendingLeaves leaves;
  private final Object coreLock = new Object();
  private volatile long userId;
  private volatile @Nullable Lavalink core;
  private volatile boolean closed;

  private TonearmJda(Builder builder) {
    nodes = List.copyOf(builder.nodes);
    customizer = builder.customizer;
    ownScheduler = builder.scheduler == null ? new SystemScheduler("tonearm-scheduler") : null;
    scheduler = builder.scheduler != null ? builder.scheduler : ownScheduler;
    leaves = new PendingLeaves(scheduler, builder.leaveGrace);
    userId = builder.userId;
  }

  /**
   * Starts configuring Tonearm for the bot with this token. The token is only read for the bot's
   * user id, which Lavalink needs; it is not stored.
   *
   * @param botToken the bot's token, as passed to {@code JDABuilder.createDefault}
   * @return a builder
   * @throws IllegalArgumentException if {@code botToken} is not a Discord bot token
   */
  public static Builder builder(String botToken) {
    return new Builder(BotToken.userId(botToken));
  }

  /**
   * Starts configuring Tonearm for the bot with this user id.
   *
   * @param userId the bot's Discord user id
   * @return a builder
   * @throws IllegalArgumentException if {@code userId} is zero
   */
  public static Builder builder(long userId) {
    if (userId == 0) {
      throw new IllegalArgumentException("userId must be the bot's user id, was 0");
    }
    return new Builder(userId);
  }

  /**
   * Starts configuring Tonearm that learns the bot's user id from JDA's self user. The client is
   * created, and starts connecting its nodes, when the first JDA instance is ready; until then
   * {@link #lavalink()} throws. Use {@link #builder(String)} to have the client at once.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(0);
  }

  /**
   * Installs Tonearm on a JDA builder: as its voice dispatch interceptor and as an event listener.
   *
   * @param builder the builder
   * @return the same builder
   */
  public JDABuilder install(JDABuilder builder) {
    return builder.setVoiceDispatchInterceptor(this).addEventListeners(this);
  }

  /**
   * Installs Tonearm on a shard manager builder: as the voice dispatch interceptor and an event
   * listener of every shard.
   *
   * @param builder the builder
   * @return the same builder
   */
  public DefaultShardManagerBuilder install(DefaultShardManagerBuilder builder) {
    return builder.setVoiceDispatchInterceptor(this).addEventListeners(this);
  }

  /**
   * Returns the Lavalink client, for listeners, track loading and node access.
   *
   * @return the client
   * @throws IllegalStateException if this was built with {@link #builder()} and no JDA instance
   *     is ready yet, or if it was closed before the client existed
   */
  public Lavalink lavalink() {
    Lavalink current = core;
    if (current == null) {
      throw new IllegalStateException(closed ? "this Tonearm was closed"
          : "the Lavalink client is created when JDA is ready, because the bot's user id comes"
              + " from JDA's self user; build with TonearmJda.builder(token) to have it earlier");
    }
    return current;
  }

  /**
   * Returns the guild's player, creating it if needed.
   *
   * @param guild the guild
   * @return the player
   * @throws IllegalStateException if the client was closed
   */
  public Player player(Guild guild) {
    shards.remember(guild.getJDA());
    return core(guild.getJDA()).player(guild.getIdLong());
  }

  /**
   * Returns the guild's player if it exists.
   *
   * @param guild the guild
   * @return the player, or empty
   */
  public Optional<Player> existingPlayer(Guild guild) {
    Lavalink current = core;
    return current == null ? Optional.empty() : current.existingPlayer(guild.getIdLong());
  }

  /**
   * Joins a voice or stage channel, or moves there, with the self-mute and self-deafen settings
   * of the guild's {@link AudioManager}. Discord answers with the voice credentials, which reach
   * Lavalink on their own; a track played meanwhile starts once they did.
   *
   * @param channel the channel
   * @return the guild's player
   * @throws InsufficientPermissionException if the bot may not connect to the channel
   * @throws IllegalStateException if the client was closed
   */
  public Player connect(AudioChannel channel) {
    AudioManager settings = channel.getGuild().getAudioManager();
    return connect(channel, settings.isSelfMuted(), settings.isSelfDeafened());
  }

  /**
   * Joins a voice or stage channel, or moves there, and stores the self-mute and self-deafen
   * settings in the guild's {@link AudioManager}, where JDA reads them for every later join.
   *
   * @param channel the channel
   * @param selfMute whether the bot mutes itself
   * @param selfDeaf whether the bot deafens itself; Discord then sends it no audio
   * @return the guild's player
   * @throws InsufficientPermissionException if the bot may not connect to the channel
   * @throws IllegalStateException if the client was closed
   */
  public Player connect(AudioChannel channel, boolean selfMute, boolean selfDeaf) {
    JDA jda = channel.getJDA();
    shards.remember(jda);
    Lavalink lavalink = core(jda);
    voice.join(channel, selfMute, selfDeaf);
    return lavalink.player(channel.getGuild().getIdLong());
  }

  /**
   * Leaves voice in the guild. With a player, this is {@link Player#disconnect()}: the player is
   * destroyed and listeners hear a {@link PlayerDisconnectEvent} with {@link
   * DisconnectTrigger#REQUESTED}. Without one, only the bot leaves.
   *
   * @param guild the guild
   * @return a future completed when Lavalink destroyed the player, or at once without a player
   */
  public CompletableFuture<Void> disconnect(Guild guild) {
    shards.remember(guild.getJDA());
    Optional<Player> player = existingPlayer(guild).filter(p -> !p.isDestroyed());
    if (player.isPresent()) {
      leaves.cancel(guild.getIdLong());
      return player.get().disconnect();
    }
    voice.leave(guild);
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Returns the guild a player plays in, from its shard's cache.
   *
   * @param player the player
   * @return the guild, or empty if no JDA instance this was installed on has it cached
   */
  public Optional<Guild> guild(Player player) {
    return Optional.ofNullable(shards.guild(player.guildId()));
  }

  /**
   * Returns the voice or stage channel a player's bot is in, as Discord last reported it.
   *
   * @param player the player
   * @return the channel, or empty if the bot is in none or the channel is not cached
   */
  public Optional<AudioChannel> channel(Player player) {
    long channelId = player.channelId();
    if (channelId == 0) {
      return Optional.empty();
    }
    return guild(player).map(guild -> guild.getChannelById(AudioChannel.class, channelId));
  }

  // ---- JDA's voice dispatch interceptor ------------------------------------------------------

  /**
   * Receives a VOICE_SERVER_UPDATE for the bot from JDA and passes the token and endpoint on to
   * the client. JDA calls this; a bot does not.
   *
   * @param update the update
   */
  @Override
  public void onVoiceServerUpdate(VoiceServerUpdate update) {
    try (LogContext ignored = LogContext.guild(update.getGuildIdLong())) {
      JDA jda = update.getJDA();
      shards.remember(jda);
      Lavalink lavalink = coreIfAvailable(jda);
      if (lavalink != null && !voice.isLeaving(update.getGuildIdLong())) {
        lavalink.onVoiceServerUpdate(update.getGuildIdLong(), update.getToken(), update.getEndpoint());
      }
    } catch (RuntimeException e) {
      // JDA runs this inside its gateway handler; an exception must not break JDA's own handling.
      log.error("Could not handle the voice server update of guild {}", update.getGuildId(), e);
    }
  }

  /**
   * Receives the bot's own VOICE_STATE_UPDATE from JDA and passes the channel and session on to
   * the client. JDA calls this; a bot does not.
   *
   * <p>A state without a channel that nobody asked for (the bot was kicked, or disconnected by a
   * member) ends the player after the builder's {@linkplain Builder#unexpectedLeaveGrace grace
   * period}, unless a channel deletion or guild removal explains it first. A state with a channel
   * that comes while a leave the bot asked for is under way answers an earlier join, and is
   * ignored, as are voice servers then.
   *
   * @param update the update
   * @return always true: JDA then settles its queued opcode 4 request against the channel Discord
   *     confirmed (dropping a fulfilled join or leave), exactly as it does for its own audio
   *     connections; JDA's voice state cache was already updated before this call
   */
  @Override
  public boolean onVoiceStateUpdate(VoiceStateUpdate update) {
    try (LogContext ignored = LogContext.guild(update.getGuildIdLong())) {
      handleVoiceState(update);
    } catch (RuntimeException e) {
      log.error("Could not handle the voice state update of guild {}", update.getGuildId(), e);
    }
    return true;
  }

  private void handleVoiceState(VoiceStateUpdate update) {
    JDA jda = update.getJDA();
    shards.remember(jda);
    Lavalink lavalink = coreIfAvailable(jda);
    if (lavalink == null) {
      return;
    }
    long guildId = update.getGuildIdLong();
    AudioChannel channel = update.getChannel();
    String sessionId = update.getVoiceState().getSessionId();
    if (channel != null) {
      if (voice.isLeaving(guildId)) {
        // Discord's answer to a join sent before the leave: it would bring back the player that
        // the leave ended, which Discord's answer to the leave would then end again.
        log.debug("Guild {}: voice state for channel {} ignored while leaving", guildId,
            channel.getId());
        return;
      }
      if (sessionId == null) {
        log.warn("Guild {}: voice state for channel {} without a session id ignored", guildId,
            channel.getId());
        return;
      }
      leaves.cancel(guildId);
      lavalink.onVoiceStateUpdate(guildId, channel.getIdLong(), sessionId);
      // JDA fires the bot's own GuildVoiceUpdateEvent before this call, when the player may not
      // exist yet; the bot's presence is counted here instead.
      lavalink.reportAlone(guildId, alone(channel));
      return;
    }
    voice.left(guildId);
    String lastSession = sessionId == null ? "" : sessionId;
    boolean livePlayer = lavalink.existingPlayer(guildId).filter(p -> !p.isDestroyed()).isPresent();
    if (livePlayer) {
      // A requested leave destroyed the player already, so this one was not asked for.
      leaves.defer(guildId, () -> lavalink.onVoiceStateUpdate(guildId, 0, lastSession));
    } else {
      lavalink.onVoiceStateUpdate(guildId, 0, lastSession);
    }
  }

  // ---- JDA events ------------------------------------------------------------------------------

  /**
   * Follows the JDA events that concern players: readiness, gateway sessions, shutdowns, channel
   * deletions, guild removals and members moving in and out of the bot's channel. JDA calls this;
   * a bot does not.
   *
   * @param event any JDA event; the others are ignored
   */
  @Override
  public void onEvent(GenericEvent event) {
    if (event instanceof GuildVoiceUpdateEvent update) {
      onMemberVoiceUpdate(update);
    } else if (event instanceof ChannelDeleteEvent deleted) {
      onChannelDelete(deleted);
    } else if (event instanceof GuildLeaveEvent left) {
      onGuildLeave(left);
    } else if (event instanceof ReadyEvent) {
      onReady(event.getJDA());
    } else if (event instanceof SessionRecreateEvent) {
      rejoin(event.getJDA());
    } else if (event instanceof SessionResumeEvent) {
      // A resumed session kept Discord's voice state, so players keep playing untouched.
      shards.remember(event.getJDA());
    } else if (event instanceof ShutdownEvent) {
      onShutdown(event.getJDA());
    }
  }

  private void onReady(JDA jda) {
    shards.remember(jda);
    long selfId = jda.getSelfUser().getIdLong();
    long configured = userId;
    if (configured != 0 && configured != selfId) {
      log.error("Tonearm was built for user id {} but JDA logged in as {}: Lavalink cannot join"
          + " voice for this bot; build Tonearm with this bot's token", configured, selfId);
    }
    coreIfAvailable(jda);
  }

  /**
   * A new gateway session (re-IDENTIFY) has no voice connection; joining each player's channel
   * again makes Discord send a fresh voice state and server, which reach Lavalink as usual.
   */
  private void rejoin(JDA jda) {
    shards.remember(jda);
    Lavalink lavalink = core;
    if (lavalink == null) {
      return;
    }
    for (Player player : lavalink.players()) {
      long guildId = player.guildId();
      long channelId = player.channelId();
      if (channelId == 0 || player.isDestroyed() || !Shards.owns(jda, guildId)
          || leaves.isPending(guildId)) {
        continue;
      }
      Guild guild = jda.getGuildById(guildId);
      if (guild == null) {
        lavalink.reportDisconnected(guildId, DisconnectTrigger.GUILD_LEFT);
        continue;
      }
      AudioChannel channel = guild.getChannelById(AudioChannel.class, channelId);
      if (channel == null) {
        lavalink.reportDisconnected(guildId, DisconnectTrigger.CHANNEL_DELETED);
        continue;
      }
      try (LogContext ignored = LogContext.guild(guildId)) {
        log.debug("Guild {}: new gateway session, joining channel {} again", guildId, channelId);
        voice.rejoin(channel);
      }
    }
  }

  private void onShutdown(JDA jda) {
    shards.forget(jda);
    leaves.cancelAll(guildId -> Shards.owns(jda, guildId));
    Lavalink lavalink = core;
    if (lavalink == null) {
      return;
    }
    for (Player player : lavalink.players()) {
      if (Shards.owns(jda, player.guildId())) {
        lavalink.reportDisconnected(player.guildId(), DisconnectTrigger.GATEWAY_SHUTDOWN);
      }
    }
  }

  private void onChannelDelete(ChannelDeleteEvent event) {
    if (!event.isFromGuild()) {
      return;
    }
    Channel channel = event.getChannel();
    long guildId = event.getGuild().getIdLong();
    Lavalink lavalink = core;
    if (lavalink == null) {
      return;
    }
    Optional<Player> player = lavalink.existingPlayer(guildId);
    if (player.isPresent() && player.get().channelId() == channel.getIdLong()) {
      leaves.cancel(guildId);
      lavalink.reportDisconnected(guildId, DisconnectTrigger.CHANNEL_DELETED);
    }
  }

  private void onGuildLeave(GuildLeaveEvent event) {
    long guildId = event.getGuild().getIdLong();
    leaves.cancel(guildId);
    voice.left(guildId);
    Lavalink lavalink = core;
    if (lavalink != null) {
      lavalink.reportDisconnected(guildId, DisconnectTrigger.GUILD_LEFT);
    }
  }

  private void onMemberVoiceUpdate(GuildVoiceUpdateEvent event) {
    Member member = event.getMember();
    Lavalink lavalink = core;
    if (lavalink == null || member.getIdLong() == userId) {
      return;
    }
    long guildId = event.getGuild().getIdLong();
    long botChannel = lavalink.existingPlayer(guildId).map(Player::channelId).orElse(0L);
    if (botChannel == 0) {
      return;
    }
    AudioChannel left = event.getChannelLeft();
    AudioChannel joined = event.getChannelJoined();
    AudioChannel changed = left != null && left.getIdLong() == botChannel ? left
        : joined != null && joined.getIdLong() == botChannel ? joined : null;
    if (changed != null) {
      lavalink.reportAlone(guildId, alone(changed));
    }
  }

  /** Only humans keep a bot company; other bots do not count. */
  private static boolean alone(AudioChannel channel) {
    return channel.getMembers().stream().allMatch(member -> member.getUser().isBot());
  }

  // ---- the client --------------------------------------------------------------------------

  private Lavalink core(JDA jda) {
    Lavalink lavalink = coreIfAvailable(jda);
    if (lavalink == null) {
      throw new IllegalStateException("this Tonearm was closed");
    }
    return lavalink;
  }

  /** The client, created from JDA's self user on first need; null once closed. */
  private @Nullable Lavalink coreIfAvailable(JDA jda) {
    if (closed) {
      return null;
    }
    Lavalink current = core;
    if (current != null) {
      return current;
    }
    synchronized (coreLock) {
      if (core == null && !closed) {
        userId = jda.getSelfUser().getIdLong();
        core = createCore(userId);
      }
      return closed ? null : core;
    }
  }

  private Lavalink createCore(long botUserId) {
    Lavalink.Builder builder = Lavalink.builder(botUserId);
    nodes.forEach(builder::node);
    customizer.accept(builder);
    Lavalink lavalink = builder.voiceGateway(voice).scheduler(scheduler).build();
    return lavalink;
  }

  /**
   * Closes the Lavalink client (see {@link Lavalink#close()}) and stops this instance's threads.
   * JDA keeps running; players are not destroyed on Lavalink, so a resumable session can pick
   * them up again. Calling it again does nothing.
   */
  @Override
  public void close() {
    Lavalink lavalink;
    synchronized (coreLock) {
      if (closed) {
        return;
      }
      closed = true;
      lavalink = core;
    }
    leaves.cancelAll(guildId -> true);
    if (lavalink != null) {
      lavalink.close();
    }
    if (ownScheduler != null) {
      ownScheduler.close();
    }
  }

  /** Configures a {@link TonearmJda}. Not thread-safe. */
  public static final class Builder {
    private final long userId;
    private final List<NodeOptions> nodes = new ArrayList<>();
    private Consumer<Lavalink.Builder> customizer = builder -> { };
    private @Nullable Scheduler scheduler;
    private Duration leaveGrace = Duration.ofSeconds(2);

    private Builder(long userId) {
      this.userId = userId;
    }

    /**
     * Adds a Lavalink node.
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
     * Sets further options of the Lavalink client, such as timeouts, the inactivity policy or an
     * autoplay strategy. The voice gateway and the scheduler are this builder's own and are set
     * after {@code customizer} ran.
     *
     * <pre>{@code
     * TonearmJda.builder(token).node(main)
     *     .configure(lavalink -> lavalink.inactivity(new InactivityPolicy(Duration.ofMinutes(3), Action.DISCONNECT)))
     *     .build();
     * }</pre>
     *
     * @param customizer changes the client's builder; replaces an earlier customizer
     * @return this builder
     */
    public Builder configure(Consumer<Lavalink.Builder> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Sets the clock and scheduler of the client and of this integration; tests pass the
     * testkit's virtual clock. By default a scheduler with one daemon thread is created and
     * stopped by {@link TonearmJda#close()}.
     *
     * @param scheduler the scheduler; not closed by {@link TonearmJda#close()}
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Sets how long a player whose bot left its channel without asking (kicked, or disconnected
     * by a member) lives on before it ends with {@link DisconnectTrigger#LEFT_CHANNEL}. Discord
     * may report a channel deletion or a removal from the guild just after the voice state that
     * took the bot out; within this time they end the player with {@link
     * DisconnectTrigger#CHANNEL_DELETED} or {@link DisconnectTrigger#GUILD_LEFT} instead, and a
     * voice state with a channel keeps the player. 2 seconds by default.
     *
     * @param grace zero or more; zero ends the player at once
     * @return this builder
     * @throws IllegalArgumentException if {@code grace} is negative
     */
    public Builder unexpectedLeaveGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("unexpectedLeaveGrace must not be negative, was " + grace);
      }
      this.leaveGrace = grace;
      return this;
    }

    /**
     * Creates Tonearm. With a token or user id, the Lavalink client is created now and starts
     * connecting its nodes; with {@link TonearmJda#builder()}, when the first JDA instance is
     * ready.
     *
     * @return Tonearm, to install on a JDA or shard manager builder
     * @throws IllegalStateException if no node was added
     */
    public TonearmJda build() {
      if (nodes.isEmpty()) {
        throw new IllegalStateException("add at least one node with node(NodeOptions)");
      }
      TonearmJda tonearm = new TonearmJda(this);
      if (userId != 0) {
        try {
          tonearm.core = tonearm.createCore(userId);
        } catch (RuntimeException e) {
          tonearm.close();
          throw e;
        }
      }
      return tonearm;
    }
  }
}
