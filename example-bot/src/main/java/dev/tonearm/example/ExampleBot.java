package dev.tonearm.example;

import dev.tonearm.example.demo.OfflineDemo;
import dev.tonearm.example.discord.DiscordBot;
import java.io.PrintStream;
import java.util.Map;

/**
 * Starts the example bot: the Discord bot when {@code DISCORD_TOKEN} is set, the offline demo
 * otherwise. See {@link BotConfig} for the variables.
 *
 * <p>Exit codes: 0 after the demo, 1 if the demo or the bot's start failed, 2 for a configuration
 * error, which is explained on standard error.
 */
public final class ExampleBot {
  /** The exit code of a configuration error. */
  public static final int CONFIG_ERROR = 2;
  /** The exit code of a failure at run time. */
  public static final int FAILURE = 1;

  private ExampleBot() {}

  /**
   * Runs the bot or the demo, and exits with a non-zero code when either cannot run.
   *
   * @param args ignored; the bot is configured through the environment
   */
  public static void main(String[] args) {
    int code = run(System.getenv(), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the bot or the demo with the given environment.
   *
   * @param env the environment variables
   * @param out where the demo prints
   * @param err where configuration errors and failures are explained
   * @return the exit code: 0 when the demo finished or the bot started, {@link #CONFIG_ERROR} or
   *     {@link #FAILURE} otherwise
   */
  static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    BotConfig config;
    try {
      config = BotConfig.from(env);
    } catch (ConfigException e) {
      err.println("Configuration error: " + e.getMessage());
      return CONFIG_ERROR;
    }
    try {
      if (config.offline()) {
        if (env.containsKey(BotConfig.NODES)) {
          out.println(BotConfig.NODES + " is ignored without " + BotConfig.TOKEN + ".");
        }
        OfflineDemo.run(out);
        return 0;
      }
      DiscordBot.start(config);
      return 0;
    } catch (ConfigException e) {
      err.println("Configuration error: " + e.getMessage());
      return CONFIG_ERROR;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Interrupted");
      return FAILURE;
    } catch (RuntimeException e) {
      err.println((config.offline() ? "The offline demo failed: " : "The bot could not start: ")
          + e);
      e.printStackTrace(err);
      return FAILURE;
    }
  }
}
