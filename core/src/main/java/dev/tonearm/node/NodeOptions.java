package dev.tonearm.node;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to reach one Lavalink node. Immutable; create with {@link #builder(String, URI, String)}.
 *
 * <pre>{@code
 * NodeOptions main = NodeOptions.builder("main", URI.create("http://lavalink:2333"), password)
 *     .region("eu")
 *     .resumeTimeout(Duration.ofSeconds(60))
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows the password.
 */
public final class NodeOptions {
  private final String name;
  private final URI uri;
  private final String password;
  private final @Nullable String region;
  private final boolean resuming;
  private final Duration resumeTimeout;

  private NodeOptions(Builder builder) {
    this.name = builder.name;
    this.uri = builder.uri;
    this.password = builder.password;
    this.region = builder.region;
    this.resuming = builder.resuming;
    this.resumeTimeout = builder.resumeTimeout;
  }

  /**
   * Starts options for a node.
   *
   * @param name a name unique among the client's nodes, used in logs and events
   * @param uri the node's HTTP address, such as {@code http://127.0.0.1:2333}; {@code https} for
   *     TLS. The WebSocket address is derived from it.
   * @param password the node's password ({@code lavalink.server.password})
   * @return a builder with resuming on and a 60 second resume timeout
   * @throws IllegalArgumentException if {@code name} is blank, or {@code uri} is not an absolute
   *     http or https URI with a host
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String name, URI uri, String password) {
    return new Builder(name, uri, password);
  }

  /** {@return the node's name} */
  public String name() {
    return name;
  }

  /** {@return the node's HTTP base address} */
  public URI uri() {
    return uri;
  }

  /** {@return the node's password} */
  public String password() {
    return password;
  }

  /** {@return the node's region, such as {@code eu} or {@code us-east}, or null if none was set} */
  public @Nullable String region() {
    return region;
  }

  /** {@return whether the session is made resumable, so players survive a dropped connection} */
  public boolean resuming() {
    return resuming;
  }

  /** {@return how long the node keeps a resumable session after the connection dropped} */
  public Duration resumeTimeout() {
    return resumeTimeout;
  }

  @Override
  public String toString() {
    return "NodeOptions[name=" + name + ", uri=" + uri + ", region=" + region + ", resuming="
        + resuming + ", resumeTimeout=" + resumeTimeout + ", password=<redacted>]";
  }

  /** Builds {@link NodeOptions}. */
  public static final class Builder {
    private final String name;
    private final URI uri;
    private final String password;
    private @Nullable String region;
    private boolean resuming = true;
    private Duration resumeTimeout = Duration.ofSeconds(60);

    private Builder(String name, URI uri, String password) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(password, "password");
      if (name.isBlank()) {
        throw new IllegalArgumentException("node name must not be blank");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("node '" + name
            + "' needs an absolute http:// or https:// URI with a host, was " + uri);
      }
      this.name = name;
      this.uri = uri;
      this.password = password;
    }

    /**
     * Sets the node's region, used to prefer nodes close to a guild's voice server.
     *
     * @param region a region name such as {@code eu}, or null for none
     * @return this builder
     */
    public Builder region(@Nullable String region) {
      this.region = region == null || region.isBlank() ? null : region.toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * Turns resuming on or off. With resuming on (the default), players keep playing while the
     * connection is down and are taken over as they are after reconnecting.
     *
     * @param resuming whether to make the session resumable
     * @return this builder
     */
    public Builder resuming(boolean resuming) {
      this.resuming = resuming;
      return this;
    }

    /**
     * Sets how long the node keeps a resumable session after the connection dropped.
     *
     * @param timeout a positive whole number of seconds
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive or not whole seconds
     */
    public Builder resumeTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero() || timeout.toNanos() % 1_000_000_000L != 0) {
        throw new IllegalArgumentException(
            "resumeTimeout must be a positive whole number of seconds, was " + timeout);
      }
      this.resumeTimeout = timeout;
      return this;
    }

    /** {@return the options} */
    public NodeOptions build() {
      return new NodeOptions(this);
    }
  }
}
