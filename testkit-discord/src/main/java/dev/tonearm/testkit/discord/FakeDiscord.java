package dev.tonearm.testkit.discord;

import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.testkit.discord.internal.BotToken;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.ServerDispatcher;
import dev.tonearm.testkit.discord.internal.Snowflakes;
import dev.tonearm.testkit.discord.internal.gateway.Gateway;
import dev.tonearm.testkit.discord.internal.gateway.GuildEvents;
import dev.tonearm.testkit.discord.internal.jda.JdaSetup;
import dev.tonearm.testkit.discord.internal.model.World;
import dev.tonearm.testkit.discord.internal.rest.RestRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A fake Discord running in the test's own process, on 127.0.0.1 with an ephemeral port, that a
 * real JDA 6 bot logs into: the gateway WebSocket and the REST routes a bot uses, on one port.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.builder()
 *     .guild(GuildSpec.builder(GUILD).voiceChannel(VOICE, "Music").human(ALICE, "alice").build())
 *     .build()) {
 *   JDA jda = discord.configure(JDABuilder.createDefault(discord.botToken())).build().awaitReady();
 *   discord.guild(GUILD).joinVoice(ALICE, VOICE);            // JDA sees GuildVoiceUpdateEvent
 *   FakeInteraction play = discord.guild(GUILD).slashCommand("play").option("query", "x").send();
 *   BotMessage reply = play.nextReply(Duration.ofSeconds(5));
 *   jda.shutdownNow();
 * }
 * }</pre>
 *
 * <p>The gateway speaks Discord's protocol version 10 in JSON: HELLO, IDENTIFY, READY with a
 * {@code resume_gateway_url} pointing back at the fake, GUILD_CREATE for each guild of the
 * shard, heartbeats, RESUME with the missed dispatches replayed, and the faults a test injects
 * through {@link FakeShard}. Guilds go to shards by {@code (guild_id >> 22) % num_shards}. The
 * bot's voice requests are answered as {@link #voiceResponses(VoiceResponses)} says; what members,
 * moderators and Discord do is scripted through {@link FakeGuild}. The model (guilds, channels,
 * members, voice states) changes with each scripted event, so later dispatches and new sessions
 * stay consistent with it.
 *
 * <p>Everything the bot sends is recorded: {@link #frames()}, {@link #restCalls()}, {@link
 * #messages()}, {@link #commands()}; and what the fake sent: {@link #dispatches()}.
 *
 * <p>All methods are thread-safe. Delayed voice answers run on the {@link VirtualClock} given to
 * the builder, on the thread that advances it. {@link #close()} stops every thread the fake
 * started; close the bot first.
 */
public final class FakeDiscord implements AutoCloseable {
  /** How long {@link #close()} waits for connected bots to answer its close frames. */
  private static final Duration CLOSE_HANDSHAKE_TIMEOUT = Duration.ofSeconds(2);

  private final ServerContext context;
  private final Gateway gateway;
  private final GuildEvents events;
  private final RestRouter rest;
  private final MockWebServer server;
  private final String gatewayUrl;
  private final String restBaseUrl;
  private final int shardCount;
  private final @Nullable VirtualClock clock;
  private int voiceRequestsReturned;
  private int channelMessagesReturned;

  FakeDiscord(FakeDiscordBuilder builder) {
    Snowflakes ids = new Snowflakes();
    GuildSpec.Member bot = new GuildSpec.Member(builder.botId(), builder.botName(), true,
        List.of());
    World world = new World(bot, builder.applicationId(), ids::nextToken);
    builder.guilds().forEach(world::add);
    this.clock = builder.clock();
    this.shardCount = builder.shards();
    this.context = new ServerContext(world, ids, clock, BotToken.forUser(builder.botId()),
        builder.voiceResponses());
    this.server = new MockWebServer();
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the fake Discord", e);
    }
    String authority = "127.0.0.1:" + server.getPort();
    this.gatewayUrl = "ws://" + authority + Gateway.PATH;
    this.restBaseUrl = "http://" + authority + ServerDispatcher.API_PREFIX + "/";
    this.gateway = new Gateway(context, builder.heartbeatInterval(),
        "ws://" + authority + Gateway.RESUME_PATH, "localhost:" + server.getPort());
    this.events = new GuildEvents(context, gateway);
    VirtualClock messageClock = clock;
    Supplier<Instant> now = messageClock == null ? Instant::now : messageClock::now;
    this.rest = new RestRouter(context, gatewayUrl, shardCount, now);
    server.setDispatcher(new ServerDispatcher(context, gateway, rest));
  }

  /**
   * Starts a fake with the default settings and no guild: bot user id {@link
   * FakeDiscordBuilder#DEFAULT_BOT_ID}, one shard, the standard voice answers, no clock.
   *
   * @return the running fake; close it when done
   * @throws UncheckedIOException if the server socket cannot be opened
   */
  public static FakeDiscord start() {
    return builder().build();
  }

  /**
   * Returns a builder for a fake with guilds and non-default settings.
   *
   * @return a new builder
   */
  public static FakeDiscordBuilder builder() {
    return new FakeDiscordBuilder();
  }

  /**
   * Returns the bot's token. Like Discord's, its first segment is the bot's user id in base64,
   * so code that reads the user id from the token finds {@link #botId()}.
   *
   * @return the token, without {@code "Bot "}
   */
  public String botToken() {
    return context.botToken();
  }

  /** @return the bot's user id */
  public long botId() {
    synchronized (context.lock()) {
      return context.world().botId();
    }
  }

  /** @return the bot's application id, which slash commands are registered under */
  public long applicationId() {
    synchronized (context.lock()) {
      return context.world().applicationId();
    }
  }

  /** @return the gateway's URL, {@code ws://127.0.0.1:<port>/gateway} */
  public String gatewayUrl() {
    return gatewayUrl;
  }

  /** @return the REST API's base URL, {@code http://127.0.0.1:<port>/api/v10/} */
  public String restBaseUrl() {
    return restBaseUrl;
  }

  /**
   * Returns the voice endpoint sent when {@link VoiceResponses#endpoint()} is null: the fake's own
   * loopback address, so that a bot using JDA's own audio connection never leaves the machine.
   *
   * @return {@code localhost:<port>}
   */
  public String ownVoiceEndpoint() {
    return "localhost:" + server.getPort();
  }

  /** @return the number of shards {@code GET /gateway/bot} recommends */
  public int shardCount() {
    return shardCount;
  }

  /** @return the clock delayed voice answers run on, if the builder was given one */
  public Optional<VirtualClock> clock() {
    return Optional.ofNullable(clock);
  }

  /**
   * Points a JDA builder at this fake: its REST base URL, its gateway (through a session controller
   * that does not wait between IDENTIFYs) and no transport compression. The builder's own {@code
   * RestConfig}, session controller and compression are replaced; everything else is left alone.
   *
   * @param builder a builder made with {@link #botToken()}
   * @return the same builder
   * @throws NullPointerException if {@code builder} is null
   */
  public JDABuilder configure(JDABuilder builder) {
    return JdaSetup.configure(Objects.requireNonNull(builder, "builder"), restBaseUrl, gatewayUrl);
  }

  /**
   * Points a shard manager builder at this fake, as {@link #configure(JDABuilder)} does. Without
   * an explicit shard total, JDA asks {@code GET /gateway/bot}, which answers {@link
   * #shardCount()}.
   *
   * @param builder a builder made with {@link #botToken()}
   * @return the same builder
   * @throws NullPointerException if {@code builder} is null
   */
  public DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder) {
    return JdaSetup.configure(Objects.requireNonNull(builder, "builder"), restBaseUrl, gatewayUrl);
  }

  /**
   * Returns a guild the bot is in, to script what happens in it.
   *
   * @param guildId the guild id
   * @return the guild
   * @throws UnknownEntityException if the bot is in no such guild
   */
  public FakeGuild guild(long guildId) {
    synchronized (context.lock()) {
      context.world().guild(guildId);
      return new FakeGuild(this, guildId);
    }
  }

  /**
   * Adds the bot to a guild while the fake runs: the shard that receives the guild gets its
   * GUILD_CREATE.
   *
   * @param spec the guild
   * @return the guild
   * @throws IllegalArgumentException if the bot is in that guild already, or the spec lists the
   *     bot as a member
   */
  public FakeGuild addGuild(GuildSpec spec) {
    synchronized (context.lock()) {
      events.addGuild(spec);
      return new FakeGuild(this, spec.id());
    }
  }

  /**
   * Returns one shard's end of the gateway, to inject reconnects, invalid sessions and closes.
   *
   * @param shardId the shard id; 0 for a bot without sharding
   * @return the shard
   * @throws IllegalArgumentException if {@code shardId} is negative
   */
  public FakeShard shard(int shardId) {
    if (shardId < 0) {
      throw new IllegalArgumentException("shardId must not be negative, was " + shardId);
    }
    return new FakeShard(this, shardId);
  }

  /** @return how the bot's voice requests are answered now */
  public VoiceResponses voiceResponses() {
    synchronized (context.lock()) {
      return context.voiceResponses();
    }
  }

  /**
   * Changes how the bot's voice requests are answered from now on; answers already scheduled keep
   * their settings.
   *
   * @param responses the new answer
   * @throws IllegalStateException if the answer is delayed and the fake has no clock
   * @throws NullPointerException if {@code responses} is null
   */
  public void voiceResponses(VoiceResponses responses) {
    Objects.requireNonNull(responses, "responses");
    synchronized (context.lock()) {
      context.voiceResponses(responses);
    }
  }

  /**
   * Makes every IDENTIFY and RESUME fail with close code 4004 (authentication failed), as after the
   * token was reset, or stops doing so. JDA gives up on code 4004 and shuts down.
   *
   * @param reject whether to reject
   */
  public void rejectIdentify(boolean reject) {
    synchronized (context.lock()) {
      gateway.rejectIdentify(reject);
    }
  }

  /**
   * Stops answering heartbeats, as a dead connection would, or starts again. JDA reconnects and
   * resumes after two heartbeats without an answer.
   *
   * @param ack whether heartbeats get their acknowledgement; true at start
   */
  public void ackHeartbeats(boolean ack) {
    synchronized (context.lock()) {
      gateway.ackHeartbeats(ack);
    }
  }

  /**
   * Applies changes made through {@link FakeGuild} without sending their dispatches, as changes
   * that happened while the bot was not listening: a later new session sees them in its
   * GUILD_CREATE, a resumed one never hears of them.
   *
   * @param changes calls to {@link FakeGuild} methods
   * @throws NullPointerException if {@code changes} is null
   */
  public void withoutDispatches(Runnable changes) {
    Objects.requireNonNull(changes, "changes");
    synchronized (context.lock()) {
      context.silently(changes);
    }
  }

  /** @return the gateway connections the bot opened, in order */
  public List<GatewayHandshake> handshakes() {
    synchronized (context.lock()) {
      return context.recordings().handshakes();
    }
  }

  /** @return every frame the bot sent on the gateway, of every shard, in arrival order */
  public List<GatewayFrame> frames() {
    synchronized (context.lock()) {
      return context.recordings().frames();
    }
  }

  /**
   * Lists the voice state requests (opcode 4) the bot sent, in order.
   *
   * @return the requests' fields
   */
  public List<VoiceStateRequest> voiceStateRequests() {
    List<VoiceStateRequest> requests = new ArrayList<>();
    for (GatewayFrame frame : frames()) {
      frame.voiceStateRequest().ifPresent(requests::add);
    }
    return requests;
  }

  /**
   * Waits for the next voice state request (opcode 4) this method has not returned yet: the
   * first call returns the bot's first request, the next call its second, and so on. JDA sends a
   * request up to half a second after {@code DirectAudioController.connect}.
   *
   * @param realTimeout how long to wait, in real time
   * @return the request's fields
   * @throws AssertionError if no new request comes in time, the fake closes, or the thread is
   *     interrupted
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public VoiceStateRequest nextVoiceStateRequest(Duration realTimeout) {
    synchronized (context.lock()) {
      VoiceStateRequest next = awaitEntry(this::voiceStateRequests, voiceRequestsReturned,
          realTimeout, "voice state request");
      voiceRequestsReturned++;
      return next;
    }
  }

  /**
   * Waits for the next message the bot posted in a channel ({@link
   * BotMessage.Kind#CHANNEL_MESSAGE}, not an answer to an interaction) that this method has not
   * returned yet: the first call returns the bot's first such message, the next call its second,
   * and so on.
   *
   * @param realTimeout how long to wait, in real time
   * @return the message
   * @throws AssertionError if no new message comes in time, the fake closes, or the thread is
   *     interrupted
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public BotMessage nextChannelMessage(Duration realTimeout) {
    synchronized (context.lock()) {
      BotMessage next = awaitEntry(() -> messages().stream()
              .filter(message -> message.kind() == BotMessage.Kind.CHANNEL_MESSAGE).toList(),
          channelMessagesReturned, realTimeout, "channel message");
      channelMessagesReturned++;
      return next;
    }
  }

  /** Waits until {@code recorded} has an entry at {@code index}; the caller holds the lock. */
  private <T> T awaitEntry(Supplier<List<T>> recorded, int index, Duration realTimeout,
      String what) {
    Objects.requireNonNull(realTimeout, "realTimeout");
    return context.await(() -> {
      List<T> entries = recorded.get();
      return entries.size() > index ? Optional.of(entries.get(index)) : Optional.empty();
    }, realTimeout, () -> what + " " + (index + 1) + " from the bot; so far: " + recorded.get());
  }

  /** @return every dispatch the fake sent or queued, of every session, in order */
  public List<Dispatch> dispatches() {
    synchronized (context.lock()) {
      return context.recordings().dispatches();
    }
  }

  /** @return every REST call the bot made, in arrival order */
  public List<RestCall> restCalls() {
    synchronized (context.lock()) {
      return context.recordings().restCalls();
    }
  }

  /** @return every message the bot sent, interaction answers and edits included, in order */
  public List<BotMessage> messages() {
    synchronized (context.lock()) {
      return rest.messages().messages();
    }
  }

  /** @return the application commands the bot registered, global ones first */
  public List<RegisteredCommand> commands() {
    synchronized (context.lock()) {
      return rest.commands();
    }
  }

  /**
   * Stops the fake: open gateway connections get close code 1000 (the fake waits up to two
   * seconds for the bots to answer it), the server stops, and voice answers still waiting on the
   * clock are dropped. Shut the bot down first, or JDA keeps trying
   * to reconnect. Calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (context.lock()) {
      if (context.closed()) {
        return;
      }
      gateway.closeAll(CLOSE_HANDSHAKE_TIMEOUT);
      context.close();
    }
    server.close();
  }

  @Override
  public String toString() {
    return "FakeDiscord[" + restBaseUrl + ", bot " + Long.toUnsignedString(botId()) + "]";
  }

  // Package-private access for the handles.

  ServerContext context() {
    return context;
  }

  Gateway gateway() {
    return gateway;
  }

  GuildEvents events() {
    return events;
  }

  RestRouter rest() {
    return rest;
  }
}
