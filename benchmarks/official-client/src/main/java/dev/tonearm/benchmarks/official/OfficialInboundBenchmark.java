package dev.tonearm.benchmarks.official;

import dev.arbjerg.lavalink.internal.LavalinkSocket;
import dev.arbjerg.lavalink.protocol.v4.Mapper;
import dev.arbjerg.lavalink.protocol.v4.Message;
import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.WebSocket;
import org.jspecify.annotations.Nullable;
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
 * The official client's inbound work per frame, on the benchmark thread: the frames go straight
 * into its WebSocket listener ({@code LavalinkSocket.onMessage}), which decodes them with the
 * protocol classes, updates the cached player and emits the event to one subscriber per event
 * type, all on the calling thread as it does on OkHttp's reader thread. The client is connected to
 * a loopback node and has a playing player for each of the 1,000 guilds the frames cycle over.
 * {@code kotlinxDecode} is the decoding alone, the same call the listener makes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class OfficialInboundBenchmark {

  /** Creates the benchmark; JMH does this. */
  public OfficialInboundBenchmark() {}

  /** The frames of one kind, one per guild, handed out in turn. */
  @State(Scope.Benchmark)
  public static class Frames {
    /** The frame kind, by {@link FrameKind#label()}. */
    @Param({"playerUpdate", "stats", "trackStart", "trackEnd"})
    public String frame = "playerUpdate";

    private String[] texts = new String[0];
    private int next;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public Frames() {}

    /** Builds the frames. */
    @Setup(Level.Trial)
    public void setUp() {
      texts = FrameKind.ofLabel(frame).frames(EndToEnd.GUILDS);
    }

    /** Returns the next guild's frame. */
    String next() {
      String text = texts[next];
      next = next + 1 == texts.length ? 0 : next + 1;
      return text;
    }
  }

  /** A connected client with a playing player in every guild. */
  @State(Scope.Benchmark)
  public static class Wired {
    private @Nullable LoopbackLavalink server;
    private @Nullable OfficialClient client;
    private @Nullable LavalinkSocket listener;
    private @Nullable WebSocket socket;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public Wired() {}

    /** Connects the client and gives every guild a playing player. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      LoopbackLavalink started = LoopbackLavalink.start();
      server = started;
      OfficialClient connected = OfficialClient.connect(started.uri(), LoopbackLavalink.PASSWORD);
      client = connected;
      long[] guilds = new long[EndToEnd.GUILDS];
      for (int i = 0; i < guilds.length; i++) {
        guilds[i] = Guilds.id(i);
      }
      connected.playEverywhere(guilds, connected.load("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
      listener = connected.node.getWs();
      socket = connected.node.getWs().getSocket$lavalink_client();
    }

    /** Closes the client and the node. */
    @TearDown(Level.Trial)
    public void tearDown() {
      if (client != null) {
        client.close();
      }
      if (server != null) {
        server.close();
      }
    }

    /** Hands a frame to the client's WebSocket listener and returns what the subscribers saw. */
    long receive(String frame) {
      Objects.requireNonNull(listener).onMessage(Objects.requireNonNull(socket), frame);
      return client().total();
    }

    /** Returns the client. */
    OfficialClient client() {
      return Objects.requireNonNull(client);
    }
  }

  /** Decoding, player state, and the event to the subscribers: what a frame costs the client. */
  @Benchmark
  public long official(Frames frames, Wired wired) {
    return wired.receive(frames.next());
  }

  /** Decoding alone, with the protocol's serializer, as the listener decodes. */
  @Benchmark
  public Object kotlinxDecode(Frames frames) {
    return Mapper.getJson().decodeFromString(Message.Serializer.serializer(), frames.next());
  }
}
