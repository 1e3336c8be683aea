package dev.tonearm.internal.node;

import dev.tonearm.internal.observe.Observers;
import dev.tonearm.internal.rest.HttpLavalinkRest;
import dev.tonearm.internal.transport.Transport;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/** Builds a client's nodes, at start and at runtime, with the client's shared parts. */
public final class NodeFactory {
  private final Transport transport;
  private final Scheduler scheduler;
  private final Executor eventExecutor;
  private final long userId;
  private final String clientName;
  private final Duration reconnectInitial;
  private final Duration reconnectMax;
  private final Observers observers;

  /**
   * Creates the factory.
   *
   * @param transport what sends REST calls and opens WebSockets
   * @param scheduler the client's clock
   * @param eventExecutor where node state listeners run
   * @param userId the bot's user id
   * @param clientName the {@code Client-Name} header
   * @param reconnectInitial the first reconnect delay's ceiling
   * @param reconnectMax the largest reconnect delay
   * @param observers told what happens to the nodes and their REST calls
   */
  public NodeFactory(Transport transport, Scheduler scheduler,
      Executor eventExecutor, long userId, String clientName, Duration reconnectInitial,
      Duration reconnectMax, Observers observers) {
    this.transport = transport;
    this.scheduler = scheduler;
    this.eventExecutor = eventExecutor;
    this.userId = userId;
    this.clientName = clientName;
    this.reconnectInitial = reconnectInitial;
    this.reconnectMax = reconnectMax;
    this.observers = observers;
  }

  /** Builds a node that is not started yet. */
  public LavalinkNode create(NodeOptions options, NodeMessageHandler handler) {
    NodeHealth health = new NodeHealth(scheduler);
    HttpLavalinkRest rest = new HttpLavalinkRest(transport, options.uri(), options.password(), health,
        options.name(), observers);
    Backoff backoff = new Backoff(reconnectInitial, reconnectMax,
        () -> ThreadLocalRandom.current().nextDouble());
    return new LavalinkNode(options, userId, clientName, transport, rest, scheduler,
        eventExecutor, handler, backoff, health, observers);
  }
}
