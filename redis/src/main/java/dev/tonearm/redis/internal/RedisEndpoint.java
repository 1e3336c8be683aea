package dev.tonearm.redis.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Where Redis is and how to log in, read from a {@code redis://} or {@code rediss://} URI. Its
 * {@link #toString()} leaves out the credentials, so the endpoint may be logged.
 *
 * @param host the host
 * @param port the port
 * @param tls whether the connection uses TLS ({@code rediss://})
 * @param user the ACL user, or null for the default user
 * @param password the password, or null without AUTH
 * @param database the database number
 */
public record RedisEndpoint(String host, int port, boolean tls, @Nullable String user,
    @Nullable String password, int database) {
  private static final int DEFAULT_PORT = 6379;

  /**
   * Reads a URI such as {@code rediss://user:secret@redis.example:6380/2}.
   *
   * @throws IllegalArgumentException if the URI is not a Redis URI; the message says what is wrong
   *     and never contains the password
   */
  public static RedisEndpoint parse(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme();
    boolean tls;
    if ("redis".equals(scheme)) {
      tls = false;
    } else if ("rediss".equals(scheme)) {
      tls = true;
    } else {
      throw new IllegalArgumentException("a Redis URI starts with redis:// or rediss://, not "
          + (scheme == null ? "no scheme" : scheme + "://"));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("the Redis URI has no host");
    }
    String user = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        // redis://secret@host is the classic form: a password for the default user.
        password = decode(userInfo);
      } else {
        user = colon == 0 ? null : decode(userInfo.substring(0, colon));
        password = decode(userInfo.substring(colon + 1));
      }
    }
    return new RedisEndpoint(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), tls, user,
        password, database(uri.getPath()));
  }

  private static int database(@Nullable String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return 0;
    }
    try {
      int database = Integer.parseInt(path.substring(1));
      if (database >= 0) {
        return database;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("the Redis URI's path must be a database number, not "
        + path);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** Opens a pooled client; it connects on first use. */
  public RedisClient connect(Duration timeout, String clientName) {
    int millis = Math.toIntExact(timeout.toMillis());
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(millis)
        .socketTimeoutMillis(millis)
        .ssl(tls)
        .database(database)
        .clientName(clientName);
    if (user != null) {
      config.user(user);
    }
    if (password != null) {
      config.password(password);
    }
    return RedisClient.builder().hostAndPort(host, port).clientConfig(config.build()).build();
  }

  @Override
  public String toString() {
    return (tls ? "rediss://" : "redis://") + host + ":" + port + "/" + database;
  }
}
