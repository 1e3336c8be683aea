package dev.tonearm.example.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tonearm.Lavalink;
import dev.tonearm.micrometer.TonearmMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a client's meters at {@code /metrics} in Prometheus' text format, over the JDK's HTTP
 * server on one thread of its own.
 */
public final class PrometheusEndpoint implements AutoCloseable {
  /** The path Prometheus scrapes. */
  public static final String PATH = "/metrics";
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final TonearmMetrics metrics;
  private final HttpServer server;
  private final ExecutorService executor;

  private PrometheusEndpoint(PrometheusMeterRegistry registry, TonearmMetrics metrics,
      HttpServer server, ExecutorService executor) {
    this.registry = registry;
    this.metrics = metrics;
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds the client's meters to a new Prometheus registry and serves them.
   *
   * @param lavalink the client
   * @param port the TCP port, on every interface; 0 picks a free one
   * @return the running endpoint
   * @throws UncheckedIOException if the port cannot be opened, e.g. because it is taken
   */
  public static PrometheusEndpoint start(Lavalink lavalink, int port) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the metrics port " + port, e);
    }
    ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "metrics-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext(PATH, exchange -> scrape(exchange, registry));
    server.start();
    return new PrometheusEndpoint(registry, TonearmMetrics.bind(lavalink, registry), server,
        executor);
  }

  private static void scrape(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@return the port the endpoint listens on} */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@return the registry the meters are in} */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Stops serving and removes the meters. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    metrics.close();
    registry.close();
  }
}
