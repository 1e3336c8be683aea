package dev.tonearm.example.demo;

import static dev.tonearm.example.demo.DemoGuild.GUILD_ID;
import static dev.tonearm.example.demo.DemoGuild.ROBIN;
import static dev.tonearm.example.demo.DemoGuild.SAM;

import dev.tonearm.Lavalink;
import dev.tonearm.Subscription;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.example.BotConfig;
import dev.tonearm.example.ConfigException;
import dev.tonearm.example.discord.BotSetup;
import dev.tonearm.example.discord.DiscordBot;
import dev.tonearm.example.discord.RunningBot;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.VoiceResponses;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The offline demo: the real bot, started as with a token, logged into a fake Discord and playing
 * on two fake Lavalink nodes, driven through a scripted session.
 *
 * <p>The fakes come from {@code tonearm-testkit} and {@code tonearm-testkit-discord}: real HTTP
 * and WebSocket servers on 127.0.0.1. JDA logs into the fake Discord, registers the bot's slash
 * commands and receives the members' commands as interactions; the bot answers through Discord's
 * interaction API, joins voice with the gateway's opcode 4 and plays on the nodes, exactly as it
 * does against Discord and Lavalink. The nodes and Tonearm share a {@link VirtualClock}, so a
 * minute of music passes in an instant and the whole session takes a few seconds.
 */
public final class OfflineDemo {
  /** The bot's user id in the demo. */
  private static final long BOT_USER_ID = 1_000_001L;
  /** The voice server the fake Discord hands out; {@code fra} puts the guild in region eu. */
  private static final String VOICE_ENDPOINT = "c-fra05-tonearm-demo.discord.media:443";

  /** How long the demo waits for anything that happens on real sockets before giving up. */
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static final String HOW_TO_RUN = String.join("\n",
      "",
      "That was the offline demo: the bot as it runs with a token, JDA and all, against a fake",
      "Discord and two fake Lavalink nodes on 127.0.0.1, and a clock that runs as fast as the",
      "script wants.",
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
  private final DemoGuild guild;
  private final Map<String, FakeLavalink> fakes;

  private OfflineDemo(DemoConsole console, VirtualClock clock, Lavalink lavalink, DemoGuild guild,
      Map<String, FakeLavalink> fakes) {
    this.console = console;
    this.clock = clock;
    this.lavalink = lavalink;
    this.guild = guild;
    this.fakes = fakes;
  }

  /**
   * Runs the demo: starts the fake Discord, two fake nodes and the bot, plays the scripted
   * session, closes everything and prints how to run the real bot.
   *
   * @param out where the session is printed
   * @throws IllegalStateException if something the script waits for does not happen in time
   * @throws InterruptedException if interrupted while waiting
   */
  public static void run(PrintStream out) throws InterruptedException {
    Objects.requireNonNull(out, "out");
    VirtualClock clock = new VirtualClock();
    DemoConsole console = new DemoConsole(out, clock, DemoGuild.CHANNEL_NAMES);
    console.say("Tonearm example bot, offline demo. No DISCORD_TOKEN is set, so the bot logs into a");
    console.say("fake Discord and plays to two fake Lavalink nodes, 'main' and 'backup'. A member");
    console.say("called Robin types the commands in #music.");
    console.say("Times in [brackets] are on the demo's virtual clock; (!) marks an answer that only");
    console.say("the member who asked sees.");
    console.say("");
    try (FakeLavalink main = FakeLavalink.builder().clock(clock).start();
        FakeLavalink backup = FakeLavalink.builder().clock(clock).start();
        FakeDiscord discord = FakeDiscord.builder()
            .botId(BOT_USER_ID)
            .botName("Tonearm")
            .voiceResponses(VoiceResponses.builder().endpoint(VOICE_ENDPOINT).build())
            .guild(DemoGuild.spec())
            .build()) {
      NodesReady ready = new NodesReady(2);
      BotConfig config = new BotConfig(discord.botToken(),
          List.of(node("main", main), node("backup", backup)), null, null);
      try (RunningBot bot = DiscordBot.start(config, BotSetup.standard()
          .jda(discord::configure)
          .scheduler(clock)
          .status(console::status)
          .lavalink(lavalink -> lavalink.listener(ready)))) {
        if (!ready.await(WAIT)) {
          throw new IllegalStateException("The fake nodes did not become ready within "
              + WAIT.toSeconds() + " s");
        }
        console.say("  The bot logged into the fake Discord and registered "
            + discord.commands().size() + " slash commands.");
        try (DemoMeters meters = new DemoMeters(bot.tonearm().lavalink())) {
          new OfflineDemo(console, clock, bot.tonearm().lavalink(),
              new DemoGuild(discord, console, WAIT), Map.of("main", main, "backup", backup))
              .script();
          meters.print(console);
        }
      }
    } catch (ConfigException e) {
      throw new IllegalStateException("The fake Discord's token was refused", e);
    }
    console.say(HOW_TO_RUN);
  }

  private static NodeOptions node(String name, FakeLavalink fake) {
    return NodeOptions.builder(name, fake.uri(), fake.password()).region("eu").build();
  }

  private void script() {
    step("Robin asks for a song by name; the bot joins #lounge, searches and plays the first hit.");
    guild.command(ROBIN, "play", "query", "never gonna give you up");
    guild.announcement();

    step("A playlist link goes to the queue behind it.");
    guild.command(ROBIN, "play", "query", FakeCatalog.YOUTUBE_PLAYLIST);
    guild.command(ROBIN, "queue");

    advance(Duration.ofSeconds(70));
    guild.command(ROBIN, "nowplaying");

    step("Sam is not in a voice channel, so the bot answers politely instead of pausing.");
    guild.command(SAM, "pause");

    step("Robin moves the one-hour mix to the front, skips to it, and plays with it.");
    guild.command(ROBIN, "move", "from", "3", "to", "1");
    guild.command(ROBIN, "skip");
    guild.announcement();
    guild.command(ROBIN, "filter", "preset", "nightcore");
    guild.command(ROBIN, "volume", "level", "80");
    guild.command(ROBIN, "seek", "position", "x:y");
    guild.command(ROBIN, "seek", "position", "1:30");
    guild.command(ROBIN, "loop", "mode", "queue");

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
    guild.command(ROBIN, "nowplaying");

    step("Skipping again; under loop queue the skipped track goes to the back. The 30-second test"
        + " tone then ends by itself and the next track starts.");
    guild.command(ROBIN, "skip");
    guild.announcement();
    advance(Duration.ofSeconds(31));
    guild.announcement();
    guild.command(ROBIN, "queue");

    step("Robin sends the bot away.");
    CompletableFuture<PlayerDisconnectEvent> left = expect(PlayerDisconnectEvent.class, e -> true);
    guild.command(ROBIN, "leave");
    await(left, "the player to disconnect");
  }

  private void step(String text) {
    console.say("");
    console.say("== " + text);
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
