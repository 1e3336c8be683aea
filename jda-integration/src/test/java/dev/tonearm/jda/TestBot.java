package dev.tonearm.jda;

import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.event.PlayerEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.FakeDiscordBuilder;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.awaitility.core.ConditionFactory;
import org.jspecify.annotations.Nullable;

/**
 * A real JDA bot with Tonearm installed, logged into the testkit's fake Discord, with one fake
 * Lavalink node. Tonearm's time (voice timeout, leave grace, inactivity) and the fake Discord's
 * delayed voice answers run on the node's {@link VirtualClock}; JDA's threads run in real time, so
 * JDA-side effects are awaited.
 *
 * <p>Guilds come from {@link #newGuild()}, each with its own ids, so tests of a class can share one
 * bot: a test's guild, its player and its records are its own, and {@link #cleanUp} removes it.
 */
final class TestBot implements AutoCloseable {
  /** How long anything that happens in real time may take. */
  static final Duration WAIT = Duration.ofSeconds(10);
  /** Far longer than a request Tonearm queued takes to reach the fake node over loopback. */
  static final Duration MOMENT = Duration.ofMillis(700);
  /** Tonearm's grace period for leaves nobody asked for. */
  static final Duration GRACE = Duration.ofSeconds(2);

  /** Members of every guild besides the bot. */
  static final long ALICE = 200_000_000_000_000_001L;
  static final long BOB = 200_000_000_000_000_002L;
  static final long OTHER_BOT = 200_000_000_000_000_003L;

  /** Guild ids are {@code n << 22}, so guild n goes to shard {@code n % shards}. */
  private static final AtomicLong NEXT_GUILD = new AtomicLong(1_000);
  private static final AtomicLong NEXT_FLUSH = new AtomicLong();
  /** The gateway opcode of a presence update. */
  private static final int PRESENCE_UPDATE = 3;

  final FakeLavalink node;
  final FakeDiscord discord;
  final TonearmJda tonearm;
  /** Tonearm's events, in the order the client delivered them. */
  final List<TonearmEvent> events = new CopyOnWriteArrayList<>();
  /** JDA's events, each recorded after Tonearm (installed first) handled it. */
  final List<GenericEvent> jdaEvents = new CopyOnWriteArrayList<>();
  private final ExecutorService eventThread = Executors.newSingleThreadExecutor();
  private final int shardCount;
  /** Per shard, a guild whose only use is {@link #awaitHandled}. */
  private final List<Long> barrierGuilds = new ArrayList<>();
  private final AtomicLong barrierMoves = new AtomicLong();
  private final @Nullable JDA jda;
  private final @Nullable ShardManager shardManager;

  private TestBot(Options options) throws InterruptedException {
    node = FakeLavalink.start();
    shardCount = Math.max(1, options.shards);
    FakeDiscordBuilder discordBuilder = FakeDiscord.builder().clock(node.clock())
        .shards(shardCount);
    for (int shard = 0; shard < shardCount; shard++) {
      long barrier = newGuildId(shard, shardCount);
      barrierGuilds.add(barrier);
      discordBuilder.guild(guildSpec(barrier));
    }
    discord = discordBuilder.build();
    tonearm = options.tonearm.apply(TonearmJda.builder(discord.botToken())
            .node(NodeOptions.builder("main", node.uri(), node.password()).build())
            .scheduler(node.clock())
            .unexpectedLeaveGrace(GRACE)
            .configure(lavalink -> options.lavalink.apply(lavalink.eventExecutor(eventThread))))
        .build();
    tonearm.lavalink().on(TonearmEvent.class, events::add);
    eventually().until(() -> tonearm.lavalink().nodes().get(0).state() == NodeState.CONNECTED);
    EventListener recorder = jdaEvents::add;
    if (options.shards == 0) {
      shardManager = null;
      jda = tonearm.install(discord.configure(JDABuilder.createDefault(discord.botToken())))
          .addEventListeners(recorder)
          .build()
          .awaitReady();
    } else {
      jda = null;
      shardManager = tonearm.install(discord.configure(
              DefaultShardManagerBuilder.createDefault(discord.botToken())))
          .addEventListeners(recorder)
          .build();
      eventually().until(() -> shardManager.getShards().size() == options.shards);
      for (JDA shard : shardManager.getShards()) {
        shard.awaitReady();
      }
    }
  }

  /** A bot on one JDA, with Tonearm's defaults and the grace of {@link #GRACE}. */
  static TestBot start() throws InterruptedException {
    return new Options().start();
  }

  static Options options() {
    return new Options();
  }

  /** What differs from the default bot. */
  static final class Options {
    private int shards;
    private UnaryOperator<TonearmJda.Builder> tonearm = UnaryOperator.identity();
    private UnaryOperator<Lavalink.Builder> lavalink = UnaryOperator.identity();

    /** Logs in through a {@link ShardManager} with this many shards instead of one JDA. */
    Options shards(int count) {
      this.shards = count;
      return this;
    }

    Options tonearm(UnaryOperator<TonearmJda.Builder> customize) {
      this.tonearm = customize;
      return this;
    }

    Options lavalink(UnaryOperator<Lavalink.Builder> customize) {
      this.lavalink = customize;
      return this;
    }

    TestBot start() throws InterruptedException {
      return new TestBot(this);
    }
  }

  // ---- guilds ---------------------------------------------------------------------------------

  /** A guild id that no other test uses, on the given shard of {@code shards}. */
  static long newGuildId(int shardId, int shards) {
    while (true) {
      long n = NEXT_GUILD.getAndIncrement();
      if (n % shards == shardId) {
        return n << 22;
      }
    }
  }

  /**
   * The guild every test gets: voice channels {@code VOICE} (Alice sits there) and {@code
   * OTHER_VOICE}, a text channel, humans Alice and Bob, and another bot.
   */
  static GuildSpec guildSpec(long guildId) {
    return TestGuild.spec(guildId).build();
  }

  /** The bot is added to a new guild (GUILD_CREATE); returns once JDA has it cached. */
  TestGuild newGuild() {
    return newGuild(0);
  }

  /** As {@link #newGuild()}, on a shard of a sharded bot. */
  TestGuild newGuild(int shardId) {
    return addGuild(guildSpec(newGuildId(shardId, shardCount)));
  }

  /** The bot is added to this guild (GUILD_CREATE); returns once JDA has it cached. */
  TestGuild addGuild(GuildSpec spec) {
    discord.addGuild(spec);
    // JDA caches the guild before its members; GuildJoinEvent comes once it is set up.
    awaitJdaEvent(GuildJoinEvent.class, event -> event.getGuild().getIdLong() == spec.id());
    return new TestGuild(this, spec.id());
  }

  /**
   * Ends a test that shares this bot: the bot leaves its guild (ending the guild's player) and the
   * fake Discord answers voice requests in the standard way again.
   */
  void cleanUp(TestGuild guild) {
    discord.voiceResponses(VoiceResponses.standard());
    if (jdaFor(guild.id).getGuildById(guild.id) != null) {
      guild.fake().remove();
      eventually().until(() -> jdaFor(guild.id).getGuildById(guild.id) == null);
    }
    eventually().until(() -> lavalink().existingPlayer(guild.id).isEmpty()
        && session().player(guild.id).isEmpty());
  }

  // ---- JDA --------------------------------------------------------------------------------------

  /** The bot's JDA; shard 0 of a sharded bot. */
  JDA jda() {
    return jda != null ? jda : shard(0);
  }

  /** A shard of a sharded bot. */
  JDA shard(int shardId) {
    if (shardManager == null) {
      throw new IllegalStateException("this bot has one JDA and no shard manager");
    }
    JDA shard = shardManager.getShardById(shardId);
    if (shard == null) {
      throw new IllegalStateException("no shard " + shardId);
    }
    return shard;
  }

  ShardManager shardManager() {
    if (shardManager == null) {
      throw new IllegalStateException("this bot has one JDA and no shard manager");
    }
    return shardManager;
  }

  /** The JDA instance that receives a guild's events. */
  JDA jdaFor(long guildId) {
    return jda != null ? jda : shard((int) ((guildId >>> 22) % shardCount));
  }

  /** JDA's events of a type so far, in order. */
  <T extends GenericEvent> List<T> jdaEvents(Class<T> type) {
    return jdaEvents.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Waits until JDA fired an event of this type that matches, and Tonearm handled it. */
  <T extends GenericEvent> T awaitJdaEvent(Class<T> type, Predicate<T> matching) {
    eventually().until(() -> jdaEvents(type).stream().anyMatch(matching));
    return jdaEvents(type).stream().filter(matching).findFirst().orElseThrow();
  }

  /**
   * Waits until JDA, and Tonearm through it, handled every dispatch the fake Discord sent so far to
   * the shard of a guild, such as the bot's voice state, which reaches Tonearm after JDA's last
   * event for it. The fake sends a shard's dispatches in order and JDA handles them one after the
   * other, so this moves a bot in a guild kept for this and waits for JDA's event about that.
   */
  void awaitHandled(long guildId) {
    int shard = (int) ((guildId >>> 22) % shardCount);
    long barrier = barrierGuilds.get(shard);
    long channel = barrierMoves.getAndIncrement() % 2 == 0 ? TestGuild.otherVoiceOf(barrier)
        : TestGuild.voiceOf(barrier);
    int seen = jdaEvents(GuildVoiceUpdateEvent.class).size();
    discord.guild(barrier).joinVoice(OTHER_BOT, channel);
    eventually().until(() -> jdaEvents(GuildVoiceUpdateEvent.class).stream().skip(seen)
        .anyMatch(event -> event.getGuild().getIdLong() == barrier
            && event.getChannelJoined() != null && event.getChannelJoined().getIdLong() == channel));
  }

  // ---- Lavalink ---------------------------------------------------------------------------------

  Lavalink lavalink() {
    return tonearm.lavalink();
  }

  VirtualClock clock() {
    return node.clock();
  }

  /** The node's session of Tonearm's client. */
  FakeSession session() {
    return node.session(lavalink().nodes().get(0).sessionId()).orElseThrow();
  }

  /**
   * Waits until every event published so far has reached the listeners: the client publishes on
   * one thread, in order.
   */
  void drainEvents() {
    try {
      eventThread.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the event thread did not drain", e);
    }
  }

  /** Tonearm's events of a type about one guild, after draining the event thread. */
  <E extends PlayerEvent> List<E> events(long guildId, Class<E> type) {
    drainEvents();
    return events.stream().filter(type::isInstance).map(type::cast)
        .filter(event -> event.guildId() == guildId).toList();
  }

  /** Waits until Tonearm delivered an event of this type about the guild. */
  <E extends PlayerEvent> E awaitEvent(long guildId, Class<E> type) {
    eventually().until(() -> events.stream().anyMatch(
        event -> type.isInstance(event) && ((PlayerEvent) event).guildId() == guildId));
    return events(guildId, type).get(0);
  }

  // ---- waiting ----------------------------------------------------------------------------------

  /** Awaitility for what JDA, the fake Discord and the node do in real time. */
  static ConditionFactory eventually() {
    return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
  }

  /**
   * Asserts that a condition holds for a {@link #MOMENT}: for a voice update Tonearm must not send
   * to the node, which it would have queued while JDA called its interceptor. Whether JDA sent an
   * opcode 4 is checked exactly, with {@link #voiceRequestsAfterFlush}.
   */
  static void stillTrueAfterAMoment(Callable<Boolean> condition) {
    await().during(MOMENT).atMost(MOMENT.plus(WAIT))
        .pollInterval(Duration.ofMillis(20)).until(condition);
  }

  /**
   * Waits until the gateway sender of the guild's shard sent every opcode 4 queued so far, and
   * returns the guild's voice requests the fake Discord received. JDA's sender sends a due voice
   * request before any other message, so once a presence update queued now has arrived, whatever
   * is missing was never queued: a check that a request was not sent cannot pass too early.
   */
  List<VoiceStateRequest> voiceRequestsAfterFlush(TestGuild guild) {
    JDA shardJda = jdaFor(guild.id);
    int shardId = shardJda.getShardInfo().getShardId();
    String marker = "flush " + NEXT_FLUSH.incrementAndGet();
    shardJda.getPresence().setActivity(Activity.playing(marker));
    eventually().until(() -> discord.shard(shardId).frames().stream()
        .anyMatch(frame -> frame.op() == PRESENCE_UPDATE && frame.payload().contains(marker)));
    return guild.requests();
  }

  /** Shuts JDA down, closes Tonearm, then the fakes. */
  @Override
  public void close() throws InterruptedException {
    try {
      if (shardManager != null) {
        List<JDA> shards = List.copyOf(shardManager.getShards());
        shardManager.shutdown();
        for (JDA shard : shards) {
          shard.awaitShutdown();
        }
      }
      if (jda != null) {
        jda.shutdownNow();
        jda.awaitShutdown();
      }
    } finally {
      tonearm.close();
      discord.close();
      node.close();
      eventThread.shutdownNow();
    }
  }
}
