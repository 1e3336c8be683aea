package dev.tonearm.benchmarks;

import dev.tonearm.Lavalink;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from a node's death to every one of its players confirmed playing on the surviving node:
 * two fake nodes on loopback, N players playing on the first, then the first is killed (its
 * sockets cut, new connections refused). The client runs on the real clock with no failover grace
 * and the default one-second voice re-send delay, so the figure is that second plus the moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class FailoverBenchmark {
  /** The moves must finish well within this, or the iteration fails. */
  private static final long MOVE_TIMEOUT_SECONDS = 120;

  @Param({"1000", "10000"})
  int players;

  private FakeLavalink dying;
  private FakeLavalink surviving;
  private Lavalink lavalink;
  private CountDownLatch moved;

  /** Starts both nodes and puts every player, playing, on the first. */
  @Setup(Level.Iteration)
  public void start() throws Exception {
    dying = FakeLavalink.start();
    surviving = FakeLavalink.start();
    lavalink = Lavalink.builder(1)
        .failover(new FailoverPolicy(Duration.ZERO, Duration.ofMinutes(5),
            FailoverPolicy.DEFAULT.voiceResendDelay(), FailoverPolicy.DEFAULT.maxConcurrentMoves()))
        .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60))
        .voiceTimeout(Duration.ofSeconds(60))
        .node(NodeOptions.builder("dying", dying.uri(), dying.password()).build())
        .build();
    awaitConnected(lavalink.nodes().get(0));
    List<CompletableFuture<Player>> started = new ArrayList<>();
    for (long guild = 1; guild <= players; guild++) {
      lavalink.onVoiceStateUpdate(guild, 1_000_000 + guild, "voice-" + guild);
      lavalink.onVoiceServerUpdate(guild, "token-" + guild, "c-fra05-" + guild + ".discord.media");
      started.add(lavalink.player(guild).play(track(guild)));
    }
    CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    awaitConnected(lavalink.addNode(
        NodeOptions.builder("surviving", surviving.uri(), surviving.password()).build()));
    moved = new CountDownLatch(players);
    lavalink.on(PlayerMovedEvent.class, event -> moved.countDown());
  }

  /** Kills the first node and waits until every player was confirmed on the second. */
  @Benchmark
  public long failover() throws Exception {
    dying.refuseConnections(true);
    dying.dropConnections();
    if (!moved.await(MOVE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new TimeoutException(moved.getCount() + " of " + players + " players did not move");
    }
    return moved.getCount();
  }

  /** Stops the client and both nodes. */
  @TearDown(Level.Iteration)
  public void stop() {
    lavalink.close();
    dying.close();
    surviving.close();
  }

  private static Track track(long guild) {
    TrackInfo info = new TrackInfo("track-" + guild, true, "Artist", 600_000, false, 0,
        "Track " + guild, null, null, null, "youtube");
    return Track.of(TrackCodec.encode(info), info);
  }

  private static void awaitConnected(Node node) throws Exception {
    CountDownLatch connected = new CountDownLatch(1);
    node.addStateListener(change -> {
      if (change.current() == NodeState.CONNECTED) {
        connected.countDown();
      }
    });
    if (node.state() != NodeState.CONNECTED && !connected.await(30, TimeUnit.SECONDS)) {
      throw new TimeoutException("node " + node.name() + " did not connect");
    }
  }
}
