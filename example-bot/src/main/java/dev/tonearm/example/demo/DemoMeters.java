package dev.tonearm.example.demo;

import dev.tonearm.Lavalink;
import dev.tonearm.micrometer.TonearmMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Counts what the demo's client did with tonearm-micrometer, and shows a few of the meters. */
final class DemoMeters implements AutoCloseable {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TonearmMetrics metrics;

  DemoMeters(Lavalink lavalink) {
    metrics = TonearmMetrics.bind(lavalink, registry);
  }

  /** Prints the meters' totals, one line each. */
  void print(DemoConsole console) {
    console.say("");
    console.say("== A few of the client's meters (tonearm-micrometer; the real bot serves them to");
    console.say("   Prometheus when TONEARM_METRICS_PORT is set):");
    long calls = registry.find("tonearm.rest.requests").timers().stream().mapToLong(Timer::count).sum();
    double slowest = registry.find("tonearm.rest.requests").timers().stream()
        .mapToDouble(timer -> timer.max(TimeUnit.MILLISECONDS)).max().orElse(0);
    console.say(String.format(Locale.ROOT, "   tonearm.rest.requests          %d calls, the slowest %.0f ms",
        calls, slowest));
    console.say("   tonearm.events.delivered       " + total("tonearm.events.delivered") + " events");
    console.say("   tonearm.node.reconnects        " + total("tonearm.node.reconnects"));
    console.say("   tonearm.players.moved          " + total("tonearm.players.moved"));
    console.say("   tonearm.players.destroyed      " + total("tonearm.players.destroyed"));
  }

  private long total(String name) {
    return Math.round(registry.find(name).counters().stream().mapToDouble(Counter::count).sum());
  }

  @Override
  public void close() {
    metrics.close();
  }
}
