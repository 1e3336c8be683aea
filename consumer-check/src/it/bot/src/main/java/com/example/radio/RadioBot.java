package com.example.radio;

import dev.tonearm.jda.TonearmJda;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.track.LoadResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Member;

/** A small bot: plays what a member asks for in her voice channel. */
public final class RadioBot implements AutoCloseable {
  private final TonearmJda tonearm;
  private final JDA jda;
  private final NowPlaying nowPlaying = new NowPlaying();

  private RadioBot(String token, NodeOptions node, UnaryOperator<JDABuilder> configure)
      throws InterruptedException {
    tonearm = TonearmJda.builder(token).node(node).build();
    tonearm.lavalink().register(nowPlaying);
    jda = tonearm.install(configure.apply(JDABuilder.createDefault(token))).build().awaitReady();
  }

  /**
   * Logs in and connects to the node.
   *
   * @param configure applied to the JDA builder before it logs in (a test points it at a fake)
   */
  public static RadioBot start(String token, NodeOptions node, UnaryOperator<JDABuilder> configure)
      throws InterruptedException {
    return new RadioBot(token, node, configure);
  }

  /** Joins the member's voice channel and plays the first track the identifier loads. */
  public CompletableFuture<Player> play(Member member, String identifier) {
    Player player = tonearm.connect(member.getVoiceState().getChannel());
    return tonearm.lavalink().loadTracks(identifier).thenCompose(result -> {
      if (result instanceof LoadResult.TrackLoaded loaded) {
        return player.play(loaded.track());
      }
      return CompletableFuture.failedFuture(new IllegalArgumentException("nothing to play: " + result));
    });
  }

  /** @return the bot's JDA, logged in and ready */
  public JDA jda() {
    return jda;
  }

  /** @return the bot's annotated listener */
  public NowPlaying nowPlaying() {
    return nowPlaying;
  }

  @Override
  public void close() throws InterruptedException {
    jda.shutdownNow();
    jda.awaitShutdown();
    tonearm.close();
  }
}
