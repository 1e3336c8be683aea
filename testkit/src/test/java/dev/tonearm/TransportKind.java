package dev.tonearm;

import dev.tonearm.internal.transport.Transport;
import dev.tonearm.internal.transport.Transports;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** The HTTP stacks core can send over; tests of the wire run once per stack. */
public enum TransportKind {
  /** OkHttp, the default when it is on the class path, as in every JDA bot. */
  OKHTTP {
    @Override
    public Lavalink.Builder configure(Lavalink.Builder builder) {
      return builder;
    }

    @Override
    public Transport create(ExecutorService executor, Duration connect, Duration read) {
      return Transports.okHttp(null, executor, connect, read);
    }
  },
  /** The JDK's {@code java.net.http}, the default without OkHttp. */
  JDK {
    @Override
    public Lavalink.Builder configure(Lavalink.Builder builder) {
      return builder.jdkHttpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    @Override
    public Transport create(ExecutorService executor, Duration connect, Duration read) {
      return Transports.jdk(null, executor, connect, read);
    }
  };

  /** Makes the builder's client send over this stack. */
  public abstract Lavalink.Builder configure(Lavalink.Builder builder);

  /** Makes a transport of this kind with its own client. */
  public abstract Transport create(ExecutorService executor, Duration connect, Duration read);
}
