package dev.tonearm.example.demo;

import dev.tonearm.Lavalink;
import dev.tonearm.Subscription;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.example.music.Command;
import dev.tonearm.example.music.CommandRequest;
import dev.tonearm.example.music.MusicCommands;
import dev.tonearm.example.music.MusicEvents;
import dev.tonearm.example.music.PlayerVoiceConnector;
import dev.tonearm.example.music.Reply;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.VirtualClock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The offline demo: the bot's real command handlers and listener, driven through a scripted
 * session against two fake Lavalink nodes from {@code tonearm-testkit}.
 *
 * <p>Nothing here talks to Discord. {@link SimulatedDiscord} answers the bot's voice requests as
 * Discord would, and the fake nodes play on a {@link VirtualClock}, so a minute of music passes
 * in an instant and the whole session takes a few seconds. The nodes themselves are real HTTP and
 * WebSocket servers on 127.0.0.1, and the client talks to them exactly as it talks to Lavalink.
 */
public final class OfflineDemo {
  /** The bot's user id in the demo. */
  static final long BOT_USER_ID = 1_000_001L;
  /** The demo guild. */
  static final long GUILD_ID = 100L;
  /** The voice channel Robin sits in. */
  static final long LOUNGE_ID = 200L;

  /** How long the demo waits for anything that happens on real sockets before giving up. */
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static final String HOW_TO_RUN = String.join("\n",
      "",
      "That was the offline demo: the bot's own command handlers and listener, against two fake",
      "Lavalink nodes on 127.0.0.1 and a clock that runs as fast as the script wants.",
      "",
      "To run the real bot, start a Lavalink 4 server, create a bot in Discord's Developer",
      "Portal, invite it with the 'bot' and 'applications.commands' scopes (Connect and Speak",
      "permissions), then:",
      "",
      "  export DISCORD_TOKEN='<the bot token>'",
      "  export LAVALINK_NODES='main=http://localhost:2333|youshallnotpass|eu'",
      "  mvn -B -q -pl example-bot -am compile exec:java",
      "",
      "LAVALINK_NODES lists one or more nodes as name=uri|password[|region], separated by ';'.",
      "TONEARM_STATE_FILE=<file> keeps players and sessions across restarts. README.md has more.");

  private final DemoConsole console;
  private final VirtualClock clock;
  private final Lavalink lavalink;
  private final Map<String, FakeLavalink> fakes;
  private final MusicCommands commands;

  private OfflineDemo(DemoConsole console, VirtualClock clock, Lavalink lavalink,
      Map<String, FakeLavalink> fakes) {
    this.console = console;
    this.clock = clock;
    this.lavalink = lavalink;
    this.fakes = fakes;
    this.commands = new MusicCommands(lavalink, new PlayerVoiceConnector(lavalink));
  }

  /**
   * Runs the demo: starts two fake nodes and a client, plays the scripted session, closes
   * everything and prints how to run the real bot.
   *
   * @param out where the session is printed
   * @throws IllegalStateException if something the script waits for does not happen in time
   * @throws InterruptedException if interrupted while waiting
   */
  public static void run(PrintStream out) throws InterruptedException {
    Objects.requireNonNull(out, "out");
    DemoConsole console = new DemoConsole(out, Map.of(LOUNGE_ID, "#lounge"));
    console.say("Tonearm example bot, offline demo. No DISCORD_TOKEN is set, so the bot plays");
    console.say("to two fake Lavalink nodes, 'main' and 'backup', and a member called Robin");
    console.say("types the commands.");
    console.say("Times in [brackets] are on the demo's virtual clock.");
    console.say("");
    VirtualClock clock = new VirtualClock();
    try (FakeLavalink main = FakeLavalink.builder().clock(clock).start();
        FakeLavalink backup = FakeLavalink.builder().clock(clock).start();
        SimulatedDiscord discord = new SimulatedDiscord()) {
      NodesReady ready = new NodesReady(2);
      Lavalink lavalink = Lavalink.builder(BOT_USER_ID)
          .scheduler(clock)
          .voiceGateway(discord)
          .inactivity(MusicEvents.IDLE_POLICY)
          .listener(new MusicEvents(new DemoAnnouncer(console, clock)))
          .listener(ready)
          .node(NodeOptions.builder("main", main.uri(), main.password()).region("eu").build())
          .node(NodeOptions.builder("backup", backup.uri(), backup.password()).region("eu").build())
          .build();
      try {
        discord.attach(lavalink);
        if (!ready.await(WAIT)) {
          throw new IllegalStateException("The fake nodes did not become ready within "
              + WAIT.toSeconds() + " s");
        }
        new OfflineDemo(console, clock, lavalink, Map.of("main", main, "backup", backup)).script();
      } finally {
        lavalink.close();
      }
    }
    console.say(HOW_TO_RUN);
  }

  private void script() {
    CommandRequest robin = CommandRequest.of(GUILD_ID, 300L, "Robin", LOUNGE_ID);
    CommandRequest sam = CommandRequest.of(GUILD_ID, 301L, "Sam", 0);

    step("Robin asks for a song by name; the bot joins #lounge, searches and plays the first hit.");
    CompletableFuture<TrackStartEvent> started = expect(TrackStartEvent.class, event -> true);
    command(Command.PLAY, robin.with("query", "never gonna give you up"));
    await(started, "the first track to start");

    step("A playlist link goes to the queue behind it.");
    command(Command.PLAY, robin.with("query", FakeCatalog.YOUTUBE_PLAYLIST));
    command(Command.QUEUE, robin);

    advance(Duration.ofSeconds(70));
    command(Command.NOW_PLAYING, robin);

    step("Sam is not in a voice channel, so the bot answers politely instead of pausing.");
    command(Command.PAUSE, sam);

    step("Robin moves the one-hour mix to the front, skips to it, and plays with it.");
    command(Command.MOVE, robin.with("from", "3").with("to", "1"));
    started = expect(TrackStartEvent.class, event -> true);
    command(Command.SKIP, robin);
    await(started, "the skipped-to track to start");
    command(Command.FILTER, robin.with("preset", "nightcore"));
    command(Command.VOLUME, robin.with("level", "80"));
    command(Command.SEEK, robin.with("position", "x:y"));
    command(Command.SEEK, robin.with("position", "1:30"));
    command(Command.LOOP, robin.with("mode", "queue"));

    Player player = lavalink.existingPlayer(GUILD_ID).orElseThrow();
    String home = player.node().name();
    FailoverPolicy failover = FailoverPolicy.DEFAULT;
    step("Node '" + home + "', which this guild plays on, crashes: its sockets are cut and it"
        + " refuses new connections.");
    CompletableFuture<NodeDisconnectedEvent> down =
        expect(NodeDisconnectedEvent.class, event -> event.node().name().equals(home));
    CompletableFuture<PlayerMovedEvent> moved = expect(PlayerMovedEvent.class, event -> true);
    // The new node starts the moved track again; that start must not be taken for a later one.
    CompletableFuture<TrackStartEvent> restarted = expect(TrackStartEvent.class, event -> true);
    FakeLavalink crashed = fakes.get(home);
    crashed.refuseConnections(true);
    crashed.dropConnections();
    // The client arms its failover timer before it reports the disconnect, so the clock may move.
    await(down, "node '" + home + "' to be reported down");
    console.say("  (Tonearm's own log, on standard error, warns about the outage too.)");
    console.say("  The client gives the node " + failover.grace().toSeconds() + " s to come back,"
        + " then moves the player, waiting " + failover.voiceResendDelay().toSeconds()
        + " s before sending the voice session again.");
    advance(failover.grace());
    advance(failover.voiceResendDelay());
    await(moved, "the player to move to another node");
    await(restarted, "the moved track to start on its new node");
    command(Command.NOW_PLAYING, robin);

    step("Skipping again; under loop queue the skipped track goes to the back. The 30-second test"
        + " tone then ends by itself and the next track starts.");
    started = expect(TrackStartEvent.class, event -> true);
    command(Command.SKIP, robin);
    await(started, "the test tone to start");
    CompletableFuture<TrackStartEvent> next = expect(TrackStartEvent.class, event -> true);
    advance(Duration.ofSeconds(31));
    await(next, "the next track after the test tone");
    command(Command.QUEUE, robin);

    step("Robin sends the bot away.");
    CompletableFuture<PlayerDisconnectEvent> left = expect(PlayerDisconnectEvent.class, e -> true);
    command(Command.LEAVE, robin);
    await(left, "the player to disconnect");
  }

  private void step(String text) {
    console.say("");
    console.say("== " + text);
  }

  private Reply command(Command command, CommandRequest request) {
    String options = request.options().entrySet().stream()
        .map(option -> " " + option.getKey() + ":" + option.getValue())
        .collect(Collectors.joining());
    console.command(request.userName() + (request.inVoice() ? "" : " (not in voice)") + ": /"
        + command.slashName() + options);
    Reply reply = await(commands.handle(command, request), "the reply to /" + command.slashName());
    console.reply(reply);
    return reply;
  }

  private void advance(Duration amount) {
    console.say("");
    console.say("   ... " + amount.toSeconds() + " s pass on the virtual clock ...");
    clock.advance(amount);
  }

  /** Starts listening for an event before the action that causes it, so it cannot be missed. */
  private <E extends TonearmEvent> CompletableFuture<E> expect(Class<E> type,
      Predicate<? super E> wanted) {
    CompletableFuture<E> seen = new CompletableFuture<>();
    Subscription subscription = lavalink.on(type, event -> {
      if (wanted.test(event)) {
        seen.complete(event);
      }
    });
    seen.whenComplete((event, error) -> subscription.unsubscribe());
    return seen;
  }

  private static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Waited " + WAIT.toSeconds() + " s for " + what
          + " in vain");
    } catch (ExecutionException e) {
      throw new IllegalStateException("Waiting for " + what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + what, e);
    }
  }
}
