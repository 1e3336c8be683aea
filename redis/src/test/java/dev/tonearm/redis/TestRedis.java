package dev.tonearm.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/** A real redis-server on 127.0.0.1 and a free port, for one test class. */
final class TestRedis implements AutoCloseable {
  private final int port;
  private final List<String> settings;
  private RedisServer server;

  private TestRedis(int port, List<String> settings) {
    this.port = port;
    this.settings = settings;
  }

  /** Starts a server without persistence; {@code settings} are redis.conf lines. */
  static TestRedis start(String... settings) {
    TestRedis redis = new TestRedis(freePort(), List.of(settings));
    redis.startServer();
    return redis;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startServer() {
    List<String> all = new ArrayList<>(List.of("bind 127.0.0.1", "save \"\"", "appendonly no"));
    all.addAll(settings);
    RedisServerBuilder builder = RedisServer.newRedisServer().port(port);
    all.forEach(builder::setting);
    try {
      server = builder.build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server, as a crash of Redis would; {@link #restart()} brings it back empty. */
  void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server again on the same port. */
  void restart() {
    startServer();
  }

  int port() {
    return port;
  }

  URI uri() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  /** A client of its own, for a test to look at or change the keys. */
  RedisClient client() {
    return RedisClient.create(uri());
  }

  @Override
  public void close() {
    stop();
  }
}
