package dev.tonearm.jda;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.Lavalink;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A fake Lavalink node, Tonearm on its virtual clock with one node, the events the client
 * delivered, and Discord made of JDA mocks.
 */
final class JdaHarness implements AutoCloseable {
  static final long BOT_ID = 1_000_000_000_000_001L;
  static final long GUILD = 817327181659111454L;
  static final long CHANNEL = 123456789012345678L;
  static final long OTHER_CHANNEL = 223456789012345678L;
  static final String ENDPOINT = "c-fra05-1234.discord.media:443";
  static final String OTHER_ENDPOINT = "c-ams02-5678.discord.media:443";
  static final Duration IO_TIMEOUT = Duration.ofSeconds(10);
  static final Duration GRACE = Duration.ofSeconds(2);

  final FakeLavalink fake = FakeLavalink.start();
  final ExecutorService eventThread = Executors.newSingleThreadExecutor();
  final List<TonearmEvent> events = new CopyOnWriteArrayList<>();
  final TonearmJda tonearm;
  final FakeDiscord discord;

  /**
   * @param customize changes to Tonearm's builder
   * @param client changes to the Lavalink client's builder
   */
  JdaHarness(UnaryOperator<TonearmJda.Builder> customize, UnaryOperator<Lavalink.Builder> client) {
    tonearm = customize.apply(TonearmJda.builder(BOT_ID)
        .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
        .scheduler(fake.clock())
        .unexpectedLeaveGrace(GRACE)
        .configure(lavalink -> client.apply(lavalink.eventExecutor(eventThread))))
        .build();
    await().atMost(IO_TIMEOUT).until(() -> lavalink().nodes().get(0).state() == NodeState.CONNECTED);
    lavalink().on(TonearmEvent.class, events::add);
    discord = new FakeDiscord(BOT_ID, tonearm);
  }

  JdaHarness(UnaryOperator<TonearmJda.Builder> customize) {
    this(customize, UnaryOperator.identity());
  }

  JdaHarness() {
    this(UnaryOperator.identity());
  }

  Lavalink lavalink() {
    return tonearm.lavalink();
  }

  FakeSession session() {
    return fake.session(lavalink().nodes().get(0).sessionId()).orElseThrow();
  }

  FakePlayer fakePlayer(long guildId) {
    return session().player(guildId).orElseThrow(() -> new AssertionError("the fake has no player"));
  }

  /** The voice objects of every voice PATCH the node received, in order. */
  List<JsonObject> voicePatches() {
    return fake.calls().stream()
        .filter(call -> call.method().equals("PATCH") && call.body().contains("\"voice\""))
        .map(call -> JsonParser.parseString(call.body()).getAsJsonObject().getAsJsonObject("voice"))
        .toList();
  }

  static JsonObject voice(String token, String endpoint, String sessionId, long channelId) {
    JsonObject voice = new JsonObject();
    voice.addProperty("token", token);
    voice.addProperty("endpoint", endpoint);
    voice.addProperty("sessionId", sessionId);
    voice.addProperty("channelId", Long.toUnsignedString(channelId));
    return voice;
  }

  /** Waits until the node has exactly this voice state for the guild and is connected. */
  void awaitVoice(long guildId, JsonObject voice) {
    await().atMost(IO_TIMEOUT).until(() -> session().player(guildId)
        .map(player -> player.connected() && player.voice().equals(voice)).orElse(false));
    await().atMost(IO_TIMEOUT).until(() -> lavalink().existingPlayer(guildId)
        .map(Player::connected).orElse(false));
  }

  /** The bot joins a channel; Discord sends both halves; waits until the node connected. */
  void join(FakeDiscord.FakeGuild guild, long channelId, String session, String token) {
    guild.botVoiceState(guild.channel(channelId), session);
    guild.voiceServer(token, ENDPOINT);
    awaitVoice(guild.id, voice(token, ENDPOINT, session, channelId));
  }

  /** Starts the catalog's standard track on the guild's player and waits until the node plays it. */
  Track play(long guildId) throws Exception {
    LoadResult result = lavalink().loadTracks(FakeCatalog.YOUTUBE_TRACK).get(10, TimeUnit.SECONDS);
    Track track = ((LoadResult.TrackLoaded) result).track();
    lavalink().player(guildId).play(track).get(10, TimeUnit.SECONDS);
    await().atMost(IO_TIMEOUT).until(() -> fakePlayer(guildId).encodedTrack() != null);
    return track;
  }

  /**
   * Waits until every event published so far has reached the listeners: the client publishes on
   * one thread, in order.
   */
  void drainEvents() throws Exception {
    eventThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
  }

  <E extends TonearmEvent> List<E> eventsOf(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <E extends TonearmEvent> E awaitEvent(Class<E> type) {
    await().atMost(IO_TIMEOUT).until(() -> !eventsOf(type).isEmpty());
    return eventsOf(type).get(0);
  }

  @Override
  public void close() {
    tonearm.close();
    fake.close();
    eventThread.shutdownNow();
  }
}
