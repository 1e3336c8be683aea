package dev.tonearm.benchmarks;

import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatching events to a listener with five handlers, four ways, in one run. One operation hands
 * one event of each kind to the listener: five reach a handler, the others reach none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchBenchmark {
  private TonearmEvent[] events = new TonearmEvent[0];
  private FiveHandlerListener listener = new FiveHandlerListener();
  private EventDispatcher<FiveHandlerListener> generated = new FiveHandlerListener_TonearmDispatcher();
  private EventDispatcher<FiveHandlerListener> handWritten = new HandWrittenDispatcher();
  private ReflectiveDispatcher reflective = new ReflectiveDispatcher(listener);
  private LambdaBus lambdaBus = new LambdaBus();

  /** Creates the benchmark state; JMH does this. */
  public DispatchBenchmark() {}

  /** Builds the events, the listener and every contender. */
  @Setup
  public void setUp() {
    events = BenchmarkEvents.oneOfEach();
    listener = new FiveHandlerListener();
    generated = new FiveHandlerListener_TonearmDispatcher();
    handWritten = new HandWrittenDispatcher();
    reflective = new ReflectiveDispatcher(listener);
    lambdaBus = new LambdaBus();
    FiveHandlerListener target = listener;
    lambdaBus.on(TrackStartEvent.class, target::started);
    lambdaBus.on(TrackEndEvent.class, target::ended);
    lambdaBus.on(TrackExceptionEvent.class, target::failed);
    lambdaBus.on(PlayerUpdateEvent.class, target::updated);
    lambdaBus.on(StatsEvent.class, target::stats);
  }

  /** Returns the listener the contenders dispatch to, for checking that they do the same work. */
  FiveHandlerListener listener() {
    return listener;
  }

  /** The dispatcher tonearm-processor generated for the listener. */
  @Benchmark
  public long generated() {
    for (TonearmEvent event : events) {
      generated.dispatch(listener, event);
    }
    return listener.total();
  }

  /** A hand-written switch on the event's kind. */
  @Benchmark
  public long handWritten() {
    for (TonearmEvent event : events) {
      handWritten.dispatch(listener, event);
    }
    return listener.total();
  }

  /** JDA-style reflective dispatch with {@code Method.invoke}. */
  @Benchmark
  public long reflective() {
    for (TonearmEvent event : events) {
      reflective.dispatch(event);
    }
    return listener.total();
  }

  /** A {@code Map<Class, List<Consumer>>} of lambdas. */
  @Benchmark
  public long lambdaBus() {
    for (TonearmEvent event : events) {
      lambdaBus.publish(event);
    }
    return listener.total();
  }
}
