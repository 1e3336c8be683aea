package dev.tonearm.example.discord;

import dev.tonearm.example.metrics.PrometheusEndpoint;
import dev.tonearm.jda.TonearmJda;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import org.jspecify.annotations.Nullable;

/**
 * The bot as {@link DiscordBot#start(dev.tonearm.example.BotConfig, BotSetup)} leaves it: logged
 * in, its commands registered. {@link #close()} stops it and every thread JDA and Tonearm started.
 */
public final class RunningBot implements AutoCloseable {
  /** How long {@link #close()} lets JDA finish the requests under way before cutting them. */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final JDA jda;
  private final TonearmJda tonearm;
  private final @Nullable PrometheusEndpoint metrics;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningBot(JDA jda, TonearmJda tonearm, @Nullable PrometheusEndpoint metrics) {
    this.jda = Objects.requireNonNull(jda, "jda");
    this.tonearm = Objects.requireNonNull(tonearm, "tonearm");
    this.metrics = metrics;
  }

  /** Returns the Prometheus endpoint, if {@code TONEARM_METRICS_PORT} asked for one. */
  public Optional<PrometheusEndpoint> metrics() {
    return Optional.ofNullable(metrics);
  }

  /** Returns the bot's JDA instance. */
  public JDA jda() {
    return jda;
  }

  /** Returns Tonearm, installed on {@link #jda()}; its {@code lavalink()} is the client. */
  public TonearmJda tonearm() {
    return tonearm;
  }

  /**
   * Shuts JDA down, letting requests under way finish for up to ten seconds before it is stopped
   * at once, then stops the metrics endpoint and closes Tonearm. Players end with the gateway; a resumable
   * Lavalink session keeps them for the next start. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    } finally {
      if (metrics != null) {
        metrics.close();
      }
      tonearm.close();
    }
  }
}
