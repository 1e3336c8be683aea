package dev.tonearm.example.discord;

import dev.tonearm.Lavalink;
import dev.tonearm.time.Scheduler;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDABuilder;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DiscordBot#start(dev.tonearm.example.BotConfig, BotSetup)} changes in the bot it
 * builds, beyond the configuration: where JDA connects, which clock Tonearm runs on, where status
 * lines go and what else the Lavalink client gets. The real bot uses {@link #standard()}; tests
 * and the offline demo point JDA at a fake Discord and Tonearm at a virtual clock. Immutable.
 *
 * <pre>{@code
 * RunningBot bot = DiscordBot.start(config, BotSetup.standard().jda(fakeDiscord::configure));
 * }</pre>
 */
public final class BotSetup {
  private static final BotSetup STANDARD =
      new BotSetup(UnaryOperator.identity(), null, null, lavalink -> { });

  private final UnaryOperator<JDABuilder> jda;
  private final @Nullable Scheduler scheduler;
  private final @Nullable Consumer<String> status;
  private final Consumer<Lavalink.Builder> lavalink;

  private BotSetup(UnaryOperator<JDABuilder> jda, @Nullable Scheduler scheduler,
      @Nullable Consumer<String> status, Consumer<Lavalink.Builder> lavalink) {
    this.jda = jda;
    this.scheduler = scheduler;
    this.status = status;
    this.lavalink = lavalink;
  }

  /**
   * Returns the real bot's setup: JDA connects to Discord, Tonearm keeps its own clock, status
   * lines are logged.
   *
   * @return the standard setup
   */
  public static BotSetup standard() {
    return STANDARD;
  }

  /**
   * Returns a copy whose JDA builder passes through {@code change} last, after the bot set its
   * intents, caches and listeners; a fake Discord's {@code configure} fits.
   *
   * @param change changes JDA's builder and returns it
   * @return the new setup
   * @throws NullPointerException if {@code change} is null
   */
  public BotSetup jda(UnaryOperator<JDABuilder> change) {
    return new BotSetup(Objects.requireNonNull(change, "change"), scheduler, status, lavalink);
  }

  /**
   * Returns a copy in which Tonearm runs on this clock and scheduler, such as the testkit's
   * virtual clock.
   *
   * @param clock the scheduler; the bot does not close it
   * @return the new setup
   * @throws NullPointerException if {@code clock} is null
   */
  public BotSetup scheduler(Scheduler clock) {
    return new BotSetup(jda, Objects.requireNonNull(clock, "clock"), status, lavalink);
  }

  /**
   * Returns a copy that hands the listener's status lines (nodes, failovers, players leaving) to
   * {@code sink} instead of the log.
   *
   * @param sink receives each line, on the client's event thread
   * @return the new setup
   * @throws NullPointerException if {@code sink} is null
   */
  public BotSetup status(Consumer<String> sink) {
    return new BotSetup(jda, scheduler, Objects.requireNonNull(sink, "sink"), lavalink);
  }

  /**
   * Returns a copy that lets {@code change} add to the Lavalink client's builder after the bot's
   * own settings, for example a further listener, which then hears each event after the bot's.
   *
   * @param change changes the client's builder
   * @return the new setup
   * @throws NullPointerException if {@code change} is null
   */
  public BotSetup lavalink(Consumer<Lavalink.Builder> change) {
    return new BotSetup(jda, scheduler, status, Objects.requireNonNull(change, "change"));
  }

  UnaryOperator<JDABuilder> jda() {
    return jda;
  }

  @Nullable Scheduler scheduler() {
    return scheduler;
  }

  ChannelAnnouncer announcer() {
    Consumer<String> sink = status;
    return sink == null ? new ChannelAnnouncer() : new ChannelAnnouncer(sink);
  }

  Consumer<Lavalink.Builder> lavalink() {
    return lavalink;
  }
}
