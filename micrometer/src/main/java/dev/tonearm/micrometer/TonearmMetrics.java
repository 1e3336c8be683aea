package dev.tonearm.micrometer;

import dev.tonearm.Lavalink;
import dev.tonearm.Subscription;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.MoveReason;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.observe.RestCall;
import dev.tonearm.observe.TonearmObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Tonearm client's meters in a Micrometer registry: per node, per REST route, for events,
 * players and the state store. The README of {@code tonearm-micrometer} lists every meter.
 *
 * <pre>{@code
 * TonearmMetrics metrics = TonearmMetrics.bind(lavalink, registry);
 * }</pre>
 *
 * <p>Tags have few values: node names, route templates, status classes and enum constants, never
 * a guild or session id. {@link #close()} removes the meters again.
 */
public final class TonearmMetrics implements AutoCloseable {
  private final MeterRegistry registry;
  private final Set<String> nodesWithGauges = ConcurrentHashMap.newKeySet();
  private final Set<Meter> meters = ConcurrentHashMap.newKeySet();
  private final Map<EventKind, Counter> delivered = new EnumMap<>(EventKind.class);
  private final Timer dispatchLag;
  private final Subscription subscription;

  private TonearmMetrics(Lavalink lavalink, MeterRegistry registry) {
    this.registry = registry;
    for (EventKind kind : EventKind.values()) {
      delivered.put(kind, keep(Counter.builder("tonearm.events.delivered")
          .description("events handed to the listeners")
          .tag("kind", lowerCase(kind)).register(registry)));
    }
    dispatchLag = keep(Timer.builder("tonearm.events.dispatch.lag")
        .description("from reading an event's frame until its listeners are called")
        .register(registry));
    keep(Gauge.builder("tonearm.events.queue.depth", lavalink, Lavalink::eventBacklog)
        .description("events waiting for the listeners").register(registry));
    keep(Gauge.builder("tonearm.players.active", lavalink, client -> client.players().size())
        .description("players that exist now").register(registry));
    lavalink.nodes().forEach(this::nodeSeen);
    subscription = lavalink.addObserver(new Observer());
  }

  /**
   * Registers the client's meters in the registry and keeps them up to date until
   * {@link #close()}. Nodes added later get their meters when they first change state.
   *
   * @param lavalink the client
   * @param registry where the meters go
   * @return the binding, to close when the meters are no longer wanted
   * @throws NullPointerException if an argument is null
   */
  public static TonearmMetrics bind(Lavalink lavalink, MeterRegistry registry) {
    return new TonearmMetrics(Objects.requireNonNull(lavalink, "lavalink"),
        Objects.requireNonNull(registry, "registry"));
  }

  /** Stops counting and removes every meter this binding registered. */
  @Override
  public void close() {
    subscription.unsubscribe();
    meters.forEach(registry::remove);
    meters.clear();
    nodesWithGauges.clear();
  }

  private <M extends Meter> M keep(M meter) {
    meters.add(meter);
    return meter;
  }

  private void nodeSeen(Node node) {
    if (nodesWithGauges.add(node.name())) {
      meters.addAll(NodeGauges.register(node, registry));
      // Registered at zero, so a dashboard shows 0 rather than nothing before the first one.
      for (NodeCounter counter : NodeCounter.values()) {
        counter(counter, node);
      }
    }
  }

  private Counter counter(NodeCounter counter, Node node) {
    return keep(Counter.builder(counter.meterName).description(counter.description)
        .tag("node", node.name()).register(registry));
  }

  private void count(String name, String description, String... tags) {
    keep(Counter.builder(name).description(description).tags(tags).register(registry)).increment();
  }

  /** The counters every node has from the start. */
  private enum NodeCounter {
    RECONNECTS("tonearm.node.reconnects", "reconnect attempts after a lost connection"),
    SESSIONS_RESUMED("tonearm.node.sessions.resumed",
        "reconnects that took over the previous session"),
    SESSIONS_LOST("tonearm.node.sessions.lost", "reconnects that found the previous session gone"),
    PLAYERS_CREATED("tonearm.players.created", "players created or restored"),
    VOICE_NOT_READY("tonearm.players.voice.not.ready",
        "commands that failed because voice was not ready in time or was refused");

    private final String meterName;
    private final String description;

    NodeCounter(String meterName, String description) {
      this.meterName = meterName;
      this.description = description;
    }
  }

  private static String lowerCase(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Turns what the client reports into meter updates. */
  private final class Observer implements TonearmObserver {
    @Override
    public void nodeStateChanged(Node node, NodeState previous, NodeState next) {
      nodeSeen(node);
    }

    @Override
    public void nodeReconnectScheduled(Node node, Duration delay) {
      counter(NodeCounter.RECONNECTS, node).increment();
    }

    @Override
    public void sessionResumed(Node node) {
      counter(NodeCounter.SESSIONS_RESUMED, node).increment();
    }

    @Override
    public void sessionLost(Node node) {
      counter(NodeCounter.SESSIONS_LOST, node).increment();
    }

    @Override
    public void restCallCompleted(RestCall call) {
      keep(Timer.builder("tonearm.rest.requests")
          .description("REST calls to the nodes, by route template")
          .tags("node", call.node(), "method", call.method(), "route", call.route(),
              "status", call.statusClass(), "outcome", lowerCase(call.outcome()))
          .register(registry)).record(call.nanos(), TimeUnit.NANOSECONDS);
      if (call.outcome() == RestCall.Outcome.TIMEOUT) {
        count("tonearm.rest.timeouts", "REST calls that got no answer in time",
            "node", call.node(), "route", call.route());
      } else if (call.outcome() != RestCall.Outcome.SUCCESS) {
        count("tonearm.rest.errors", "REST calls answered with an error status or failed",
            "node", call.node(), "route", call.route(), "status", call.statusClass());
      }
    }

    @Override
    public void eventDelivered(EventKind kind, long lagNanos) {
      delivered.get(kind).increment();
      if (lagNanos != UNTIMED) {
        dispatchLag.record(lagNanos, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public void listenerFailed(EventKind kind, Throwable failure) {
      count("tonearm.events.listener.failures", "listener calls that threw",
          "kind", lowerCase(kind));
    }

    @Override
    public void playerCreated(Node node) {
      counter(NodeCounter.PLAYERS_CREATED, node).increment();
    }

    @Override
    public void playerDestroyed(Node node, DisconnectTrigger trigger) {
      count("tonearm.players.destroyed", "players destroyed", "node", node.name(),
          "trigger", lowerCase(trigger));
    }

    @Override
    public void playerMoved(Node from, Node to, MoveReason reason) {
      count("tonearm.players.moved", "players moved to another node", "from", from.name(),
          "to", to.name(), "reason", lowerCase(reason));
    }

    @Override
    public void voiceNotReady(Node node) {
      counter(NodeCounter.VOICE_NOT_READY, node).increment();
    }

    @Override
    public void voiceClosed(Node node, int code) {
      count("tonearm.players.voice.closes",
          "voice connections between a node and Discord that closed, by Discord close code",
          "node", node.name(), "code", Integer.toString(code));
    }

    @Override
    public void stateSaved(Duration lag) {
      count("tonearm.state.saves", "snapshots written to the state store");
      keep(Timer.builder("tonearm.state.save.lag")
          .description("from the first unsaved change until its snapshot was written")
          .register(registry)).record(lag);
    }

    @Override
    public void stateSaveFailed(Throwable failure) {
      count("tonearm.state.save.failures", "snapshots the state store failed to write");
    }
  }
}
