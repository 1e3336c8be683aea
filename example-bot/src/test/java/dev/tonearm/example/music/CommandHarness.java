package dev.tonearm.example.music;

import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One fake node, a real client on the same virtual clock, the bot's listener and its commands,
 * without JDA: voice requests are answered by a {@link SimulatedVoiceGateway}. The Discord side is
 * tested with real JDA in {@code DiscordBotTest}.
 */
final class CommandHarness implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final long GUILD = 10L;
  static final long CHANNEL = 20L;
  static final long OTHER_CHANNEL = 21L;

  final VirtualClock clock = new VirtualClock();
  final FakeLavalink fake = FakeLavalink.builder().clock(clock).start();
  final SimulatedVoiceGateway voiceGateway = new SimulatedVoiceGateway();
  final Lavalink lavalink;
  final MusicCommands commands;
  final List<TonearmEvent> events = new CopyOnWriteArrayList<>();
  final List<String> announced = new CopyOnWriteArrayList<>();
  final List<String> statuses = new CopyOnWriteArrayList<>();

  CommandHarness() {
    this(MusicCommands.DEFAULT_MAX_QUEUE_SIZE);
  }

  CommandHarness(int maxQueueSize) {
    Announcer announcer = new Announcer() {
      @Override
      public void announce(long guildId, Reply message) {
        announced.add(message.title() + ": " + message.description());
      }

      @Override
      public void status(String line) {
        statuses.add(line);
      }
    };
    lavalink = Lavalink.builder(1_000_001L)
        .scheduler(clock)
        .voiceGateway(voiceGateway)
        .inactivity(MusicEvents.IDLE_POLICY)
        .listener(new MusicEvents(announcer))
        .node(NodeOptions.builder("test", fake.uri(), fake.password()).build())
        .build();
    voiceGateway.attach(lavalink);
    lavalink.on(TonearmEvent.class, events::add);
    commands = new MusicCommands(lavalink, new PlayerVoiceConnector(lavalink), maxQueueSize);
    Node node = lavalink.nodes().get(0);
    await().atMost(TIMEOUT).until(() -> node.state() == NodeState.CONNECTED);
  }

  /** Robin, in the bot's channel. */
  static CommandRequest member() {
    return CommandRequest.of(GUILD, 30L, "Robin", CHANNEL);
  }

  /** Sam, in no voice channel. */
  static CommandRequest outsider() {
    return CommandRequest.of(GUILD, 31L, "Sam", 0);
  }

  /** Runs a command for {@link #member()}, options given as name, value, name, value… */
  Reply run(Command command, String... options) {
    CommandRequest request = member();
    for (int i = 0; i < options.length; i += 2) {
      request = request.with(options[i], options[i + 1]);
    }
    return run(command, request);
  }

  Reply run(Command command, CommandRequest request) {
    try {
      return commands.handle(command, request).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("/" + command.slashName() + " did not answer", e);
    }
  }

  /** Runs {@code /play} for {@link #member()}. */
  Reply play(String query) {
    return run(Command.PLAY, "query", query);
  }

  Player player() {
    return lavalink.existingPlayer(GUILD).orElseThrow();
  }

  /** The title of what the player plays, as Lavalink reported it, or null. */
  String playing() {
    Track track = lavalink.existingPlayer(GUILD).map(Player::track).orElse(null);
    return track == null ? null : track.info().title();
  }

  /** Waits until the player plays a track of this title. */
  void awaitPlaying(String title) {
    await().atMost(TIMEOUT).until(() -> title.equals(playing()));
  }

  /** The fake node's copy of the guild's player. */
  FakePlayer fakePlayer() {
    FakeSession session = fake.session(lavalink.nodes().get(0).sessionId()).orElseThrow();
    return session.player(GUILD).orElseThrow();
  }

  FakeSession session() {
    return fake.session(lavalink.nodes().get(0).sessionId()).orElseThrow();
  }

  /** The titles in the guild's queue, in order. */
  List<String> queueTitles() {
    List<String> titles = new ArrayList<>();
    player().queue().snapshot().forEach(track -> titles.add(track.info().title()));
    return titles;
  }

  <E extends TonearmEvent> List<E> eventsOf(Class<E> type) {
    List<E> found = new ArrayList<>();
    for (TonearmEvent event : events) {
      if (type.isInstance(event)) {
        found.add(type.cast(event));
      }
    }
    return found;
  }

  @Override
  public void close() {
    lavalink.close();
    voiceGateway.close();
    fake.close();
  }
}
