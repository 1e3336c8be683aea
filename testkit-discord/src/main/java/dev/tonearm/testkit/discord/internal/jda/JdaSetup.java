package dev.tonearm.testkit.discord.internal.jda;

import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;

/**
 * Points JDA's builders at the fake: its REST base URL, its gateway (through a session controller
 * without the identify wait) and no transport compression, which the fake does not speak.
 */
public final class JdaSetup {
  private JdaSetup() {}

  /**
   * Configures a builder for one JDA.
   *
   * @param builder the builder
   * @param restBaseUrl the fake's REST base URL
   * @param gatewayUrl the fake's gateway URL
   * @return the same builder
   */
  public static JDABuilder configure(JDABuilder builder, String restBaseUrl, String gatewayUrl) {
    return builder.setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
        .setSessionController(new NoWaitSessionController(gatewayUrl))
        .setCompression(Compression.NONE);
  }

  /**
   * Configures a builder for a shard manager.
   *
   * @param builder the builder
   * @param restBaseUrl the fake's REST base URL
   * @param gatewayUrl the fake's gateway URL
   * @return the same builder
   */
  public static DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder,
      String restBaseUrl, String gatewayUrl) {
    return builder.setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
        .setSessionController(new NoWaitSessionController(gatewayUrl))
        .setCompression(Compression.NONE);
  }
}
