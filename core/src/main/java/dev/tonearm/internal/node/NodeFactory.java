package dev.tonearm.internal.node;

import dev.tonearm.internal.rest.OkHttpLavalinkRest;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds a client's nodes, at start and at runtime, with the client's shared parts. */
public final class NodeFactory {
  private final OkHttpClient http;
  private final OkHttpClient webSocketClient;
  private final Scheduler scheduler;
  private final Executor eventExecutor;
  private final long userId;
  private final String clientName;
  private final Duration reconnectInitial;
  private final Duration reconnectMax;

  /**
   * Creates the factory.
   *
   * @param http the REST client, with the client's timeouts
   * @param webSocketClient the WebSocket client, without a read timeout
   * @param scheduler the client's clock
   * @param eventExecutor where node state listeners run
   * @param userId the bot's user id
   * @param clientName the {@code Client-Name} header
   * @param reconnectInitial the first reconnect delay's ceiling
   * @param reconnectMax the largest reconnect delay
   */
  public NodeFactory(OkHttpClient http, OkHttpClient webSocketClient, Scheduler scheduler,
      Executor eventExecutor, long userId, String clientName, Duration reconnectInitial,
      Duration reconnectMax) {
    this.http = http;
    this.webSocketClient = webSocketClient;
    this.scheduler = scheduler;
    this.eventExecutor = eventExecutor;
    this.userId = userId;
    this.clientName = clientName;
    this.reconnectInitial = reconnectInitial;
    this.reconnectMax = reconnectMax;
  }

  /** Builds a node that is not started yet. */
  public LavalinkNode create(NodeOptions options, NodeMessageHandler handler) {
    HttpUrl base = Objects.requireNonNull(HttpUrl.get(options.uri()));
    NodeHealth health = new NodeHealth(scheduler);
    OkHttpLavalinkRest rest = new OkHttpLavalinkRest(http, base, options.password(), health);
    Backoff backoff = new Backoff(reconnectInitial, reconnectMax,
        () -> ThreadLocalRandom.current().nextDouble());
    return new LavalinkNode(options, userId, clientName, webSocketClient, rest, scheduler,
        eventExecutor, handler, backoff, health);
  }
}
