package dev.tonearm.example.discord;

import dev.tonearm.example.BotConfig;
import dev.tonearm.example.ConfigException;
import dev.tonearm.example.metrics.PrometheusEndpoint;
import dev.tonearm.example.music.MusicCommands;
import dev.tonearm.example.music.MusicEvents;
import dev.tonearm.jda.TonearmJda;
import dev.tonearm.state.FileStateStore;
import dev.tonearm.time.Scheduler;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real bot: JDA with Tonearm installed, the music commands registered as global slash
 * commands, and the listener posting in the guilds' channels.
 *
 * <p>JDA is built light: the only intent is {@code GUILD_VOICE_STATES}, and the only cache the
 * voice states and the members in voice channels, which is what the commands (where is the
 * member?) and Tonearm (is the bot alone?) need.
 */
public final class DiscordBot {
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  private DiscordBot() {}

  /**
   * Starts the bot and returns once it is logged in and its commands are registered. It runs
   * until the JVM stops; a shutdown hook closes JDA and Tonearm.
   *
   * @param config the configuration, with a token
   * @throws ConfigException if the token is not a Discord bot token
   * @throws InterruptedException if interrupted while logging in
   */
  public static void start(BotConfig config) throws ConfigException, InterruptedException {
    RunningBot bot = start(config, BotSetup.standard());
    Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "bot-shutdown"));
  }

  /**
   * Starts the bot as {@link #start(BotConfig)} does, changed as {@code setup} says, and returns
   * it once it is logged in and its commands are registered (a failed registration is logged,
   * and the bot runs on). No shutdown hook is added: the caller closes the bot.
   *
   * @param config the configuration, with a token
   * @param setup where JDA connects and what else differs from the real bot
   * @return the running bot
   * @throws ConfigException if the token is not a Discord bot token
   * @throws InterruptedException if interrupted while logging in; the bot is closed then
   */
  public static RunningBot start(BotConfig config, BotSetup setup)
      throws ConfigException, InterruptedException {
    String token = Objects.requireNonNull(config.token(), "the configuration has no token");
    ChannelAnnouncer announcer = setup.announcer();
    TonearmJda tonearm = tonearm(token, config, setup, announcer);
    JDA jda;
    try {
      JdaVoiceConnector voice = new JdaVoiceConnector(tonearm);
      MusicCommands commands = new MusicCommands(tonearm.lavalink(), voice);
      jda = setup.jda().apply(tonearm.install(
              JDABuilder.createLight(token, EnumSet.of(GatewayIntent.GUILD_VOICE_STATES))
                  .enableCache(CacheFlag.VOICE_STATE)
                  .setMemberCachePolicy(MemberCachePolicy.VOICE))
          .addEventListeners(voice, announcer, new SlashCommands(commands, announcer)))
          .build();
    } catch (RuntimeException e) {
      tonearm.close();
      throw e;
    }
    Integer metricsPort = config.metricsPort();
    RunningBot bot;
    try {
      bot = new RunningBot(jda, tonearm, metricsPort == null ? null
          : PrometheusEndpoint.start(tonearm.lavalink(), metricsPort));
    } catch (RuntimeException e) {
      jda.shutdownNow();
      tonearm.close();
      throw e;
    }
    try {
      jda.awaitReady();
      registerCommands(jda);
    } catch (InterruptedException | RuntimeException e) {
      bot.close();
      throw e;
    }
    return bot;
  }

  private static TonearmJda tonearm(String token, BotConfig config, BotSetup setup,
      ChannelAnnouncer announcer) throws ConfigException {
    Path stateFile = config.stateFile();
    TonearmJda.Builder builder;
    try {
      // The bot's user id, which Lavalink needs, is read from the token.
      builder = TonearmJda.builder(token);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(BotConfig.TOKEN + ": " + e.getMessage());
    }
    config.nodes().forEach(builder::node);
    Scheduler clock = setup.scheduler();
    if (clock != null) {
      builder.scheduler(clock);
    }
    return builder.configure(lavalink -> {
      lavalink.listener(new MusicEvents(announcer)).inactivity(MusicEvents.IDLE_POLICY);
      if (stateFile != null) {
        lavalink.stateStore(new FileStateStore(stateFile));
      }
      setup.lavalink().accept(lavalink);
    }).build();
  }

  /** Registers the commands globally and waits for Discord's answer. */
  private static void registerCommands(JDA jda) throws InterruptedException {
    try {
      List<Command> registered =
          jda.updateCommands().addCommands(SlashCommands.definitions()).submit().get();
      log.info("Registered {} slash commands; the bot is ready as {}", registered.size(),
          jda.getSelfUser().getName());
    } catch (ExecutionException e) {
      log.error("Could not register the slash commands", e.getCause());
    }
  }
}
