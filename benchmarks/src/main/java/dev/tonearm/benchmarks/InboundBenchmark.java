package dev.tonearm.benchmarks;

import dev.tonearm.benchmarks.loopback.EndToEnd;
import dev.tonearm.benchmarks.loopback.FrameKind;
import dev.tonearm.benchmarks.loopback.Guilds;
import dev.tonearm.benchmarks.loopback.LoopbackLavalink;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
 * Tonearm's inbound work per frame, on the benchmark thread: a text frame decoded, the player's
 * state updated and the event delivered to a registered listener through its generated dispatcher.
 * The client is connected to a loopback node and has a playing player for each of the 1,000
 * guilds the frames cycle over; its event executor runs tasks on the calling thread, so the whole
 * path runs here and the time per operation is its CPU time. {@code tonearmDecode} is the decoding
 * alone; {@code gsonStreaming} is the floor: the same text read with Gson's {@code JsonReader}
 * into small records. {@code metrics=on} binds tonearm-micrometer's meters to a
 * {@code SimpleMeterRegistry}, to measure what they cost per frame.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class InboundBenchmark {

  /** Creates the benchmark; JMH does this. */
  public InboundBenchmark() {}

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
    /** Whether tonearm-micrometer's meters are bound: {@code off} or {@code on}. */
    @Param({"off", "on"})
    public String metrics = "off";

    private @Nullable LoopbackLavalink server;
    private @Nullable TonearmClient client;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public Wired() {}

    /** Connects the client and gives every guild a playing player. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      LoopbackLavalink started = LoopbackLavalink.start();
      server = started;
      TonearmClient connected = TonearmClient.connect(started.uri(), LoopbackLavalink.PASSWORD,
          new DirectExecutorService(), metrics.equals("on"));
      client = connected;
      long[] guilds = new long[EndToEnd.GUILDS];
      for (int i = 0; i < guilds.length; i++) {
        guilds[i] = Guilds.id(i);
      }
      connected.playEverywhere(guilds, connected.load("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
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

    /** Returns the client. */
    TonearmClient client() {
      return Objects.requireNonNull(client);
    }
  }

  /** Decoding, player state, and the event to the listener: what a frame costs the client. */
  @Benchmark
  public long tonearm(Frames frames, Wired wired) {
    TonearmClient client = wired.client();
    client.node.receive(frames.next());
    return client.listener.total();
  }

  /** Decoding alone. */
  @Benchmark
  public Object tonearmDecode(Frames frames) {
    return ProtocolDecoder.message(frames.next());
  }

  /** The floor: Gson's streaming reader into small records. */
  @Benchmark
  public Object gsonStreaming(Frames frames) {
    return GsonStreamingFloor.parse(frames.next());
  }
}
