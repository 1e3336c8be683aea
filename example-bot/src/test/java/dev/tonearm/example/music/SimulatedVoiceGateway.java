package dev.tonearm.example.music;

import dev.tonearm.Lavalink;
import dev.tonearm.player.VoiceGateway;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for Discord's gateway in the tests of the commands, which run without JDA: a request
 * to join a channel is answered with the VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE Discord would
 * send, fed to the client as a Discord integration does. The testkit's fake nodes accept any voice
 * credentials, so the player connects and plays.
 *
 * <p>Like Discord, it answers on another thread, after the request returned: the client expects
 * the answer to a leave to come after it has ended the player the way it meant to.
 */
final class SimulatedVoiceGateway implements VoiceGateway, AutoCloseable {
  /** The voice server Discord hands out; {@code fra} makes the guild's region {@code eu}. */
  static final String ENDPOINT = "c-fra05-tonearm-test.discord.media:443";

  private final ExecutorService gateway = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "simulated-voice-gateway");
    thread.setDaemon(true);
    return thread;
  });
  private volatile @Nullable Lavalink lavalink;

  /**
   * Connects this stand-in to the client it answers; requests before that are ignored, as Discord
   * would ignore a bot that has not logged in.
   *
   * @param client the client built with this as its voice gateway
   */
  void attach(Lavalink client) {
    this.lavalink = client;
  }

  /**
   * Answers a join, move or leave with what Discord would send back, in order.
   *
   * @param guildId the guild
   * @param channelId the channel to join, or 0 to leave
   * @param selfMute ignored
   * @param selfDeaf ignored
   */
  @Override
  public void sendVoiceStateUpdate(long guildId, long channelId, boolean selfMute,
      boolean selfDeaf) {
    Lavalink client = lavalink;
    if (client == null) {
      return;
    }
    try {
      gateway.execute(() -> {
        client.onVoiceStateUpdate(guildId, channelId, "voice-session-" + guildId);
        if (channelId != 0) {
          client.onVoiceServerUpdate(guildId, "voice-token-" + guildId, ENDPOINT);
        }
      });
    } catch (RejectedExecutionException closed) {
      // Closed: the bot is shutting down and Discord no longer answers.
    }
  }

  /** Stops answering and ends the answering thread. */
  @Override
  public void close() {
    gateway.shutdown();
    try {
      gateway.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
