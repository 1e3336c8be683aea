package dev.tonearm.example.discord;

import dev.tonearm.example.BotConfig;
import dev.tonearm.example.ConfigException;
import dev.tonearm.example.music.MusicCommands;
import dev.tonearm.example.music.MusicEvents;
import dev.tonearm.jda.TonearmJda;
import dev.tonearm.state.FileStateStore;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
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
    String token = Objects.requireNonNull(config.token(), "the configuration has no token");
    ChannelAnnouncer announcer = new ChannelAnnouncer();
    Path stateFile = config.stateFile();
    TonearmJda.Builder builder;
    try {
      // The bot's user id, which Lavalink needs, is read from the token.
      builder = TonearmJda.builder(token);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(BotConfig.TOKEN + ": " + e.getMessage());
    }
    config.nodes().forEach(builder::node);
    TonearmJda tonearm = builder.configure(lavalink -> {
      lavalink.listener(new MusicEvents(announcer)).inactivity(MusicEvents.IDLE_POLICY);
      if (stateFile != null) {
        lavalink.stateStore(new FileStateStore(stateFile));
      }
    }).build();

    JdaVoiceConnector voice = new JdaVoiceConnector(tonearm);
    MusicCommands commands = new MusicCommands(tonearm.lavalink(), voice);
    JDA jda = tonearm.install(
            JDABuilder.createLight(token, EnumSet.of(GatewayIntent.GUILD_VOICE_STATES))
                .enableCache(CacheFlag.VOICE_STATE)
                .setMemberCachePolicy(MemberCachePolicy.VOICE))
        .addEventListeners(voice, announcer, new SlashCommands(commands, announcer))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      jda.shutdown();
      tonearm.close();
    }, "bot-shutdown"));
    jda.awaitReady();
    jda.updateCommands().addCommands(SlashCommands.definitions()).queue(
        registered -> log.info("Registered {} slash commands; the bot is ready as {}",
            registered.size(), jda.getSelfUser().getName()),
        error -> log.error("Could not register the slash commands", error));
  }
}
