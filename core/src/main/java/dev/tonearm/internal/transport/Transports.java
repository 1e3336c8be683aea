package dev.tonearm.internal.transport;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/** Picks a client's {@link Transport}. */
public final class Transports {
  /** How often sockets ping the node; a ping without a pong by the next one fails the socket. */
  static final Duration PING_INTERVAL = Duration.ofSeconds(30);

  private static final boolean OKHTTP_PRESENT = isPresent("okhttp3.OkHttpClient");

  private Transports() {}

  /**
   * Makes the transport: over the OkHttp client given, else over the JDK client given, else over
   * OkHttp if it is on the class path, else over a new JDK client.
   *
   * @param okHttpClient an {@code okhttp3.OkHttpClient} to derive from, or null
   * @param jdkClient a {@code java.net.http.HttpClient} to send with, or null
   * @param executor where calls and socket callbacks run
   * @param connectTimeout the connect timeout
   * @param readTimeout how long a REST call may wait for its response
   * @return the transport
   */
  public static Transport create(@Nullable Object okHttpClient, @Nullable HttpClient jdkClient,
      ExecutorService executor, Duration connectTimeout, Duration readTimeout) {
    if (okHttpClient != null || jdkClient == null && OKHTTP_PRESENT) {
      return okHttp(okHttpClient, executor, connectTimeout, readTimeout);
    }
    return jdk(jdkClient, executor, connectTimeout, readTimeout);
  }

  /**
   * Makes a transport over OkHttp.
   *
   * @param okHttpClient an {@code okhttp3.OkHttpClient} to derive from, or null for a new one
   * @param executor where calls run
   * @param connectTimeout the connect timeout
   * @param readTimeout the read and write timeout of REST calls
   * @return the transport
   * @throws ClassCastException if {@code okHttpClient} is not an OkHttp client
   */
  public static Transport okHttp(@Nullable Object okHttpClient, ExecutorService executor,
      Duration connectTimeout, Duration readTimeout) {
    return new OkHttpTransport(okHttpClient, executor, connectTimeout, readTimeout);
  }

  /**
   * Makes a transport over {@code java.net.http}.
   *
   * @param jdkClient the client to send with as it is, or null for a new one on {@code executor}
   * @param executor where a new client runs its callbacks
   * @param connectTimeout the connect timeout of a new client and of sockets
   * @param readTimeout how long a REST call may wait for its response
   * @return the transport
   */
  public static Transport jdk(@Nullable HttpClient jdkClient, ExecutorService executor,
      Duration connectTimeout, Duration readTimeout) {
    return new JdkTransport(jdkClient, executor, connectTimeout, readTimeout);
  }

  /** Whether OkHttp is on the class path, so that it is the default. */
  public static boolean okHttpPresent() {
    return OKHTTP_PRESENT;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, Transports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
