package dev.tonearm.conformance;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Controls the client's own TCP traffic to the node, which works the same against the fake node
 * and a real one: it can hold back what the node sent on the WebSocket or on REST connections
 * (to decide which of a REST answer and a WebSocket event the client sees first), refuse
 * WebSocket handshakes, and cut the WebSocket as a broken network would.
 *
 * <p>Give the client an OkHttp client with {@link #socketFactory()}. Each socket tells itself
 * apart by the first request line written on it: a WebSocket handshake or a REST call. Plain http
 * only, since the request line must be readable.
 */
final class WireControl {
  /** A hold that is never released lets go after this, so a broken test cannot hang the build. */
  private static final Duration HOLD_LIMIT = Duration.ofSeconds(30);

  /** What a connection carries, known once its first request line was written. */
  enum Kind { UNKNOWN, REST, WEBSOCKET }

  private final Object lock = new Object();
  private final Set<ControlledSocket> sockets = ConcurrentHashMap.newKeySet();
  private boolean holdingWebSocket;
  private boolean holdingRest;
  private boolean refusingHandshakes;
  private int handshakes;

  /** Returns the factory to give OkHttp; every socket it makes is controlled here. */
  SocketFactory socketFactory() {
    return new Factory();
  }

  /** From now on, what arrives on the WebSocket waits until {@link #release()}. */
  void holdWebSocketReads() {
    synchronized (lock) {
      holdingWebSocket = true;
    }
  }

  /** From now on, what arrives on REST connections waits until {@link #release()}. */
  void holdRestReads() {
    synchronized (lock) {
      holdingRest = true;
    }
  }

  /** Lets everything held through, in the order it arrived on each connection. */
  void release() {
    synchronized (lock) {
      holdingWebSocket = false;
      holdingRest = false;
      lock.notifyAll();
    }
  }

  /**
   * Makes WebSocket handshakes fail before they are sent, as if the node could not be reached,
   * or lets them through again. REST calls are not affected.
   */
  void refuseWebSocketHandshakes(boolean refuse) {
    synchronized (lock) {
      refusingHandshakes = refuse;
    }
  }

  /** Counts the WebSocket handshakes the client started, refused ones included. */
  int webSocketHandshakes() {
    synchronized (lock) {
      return handshakes;
    }
  }

  /** Closes the client's WebSocket connections without a close frame. */
  void dropWebSockets() throws IOException {
    for (ControlledSocket socket : List.copyOf(sockets)) {
      if (socket.kind() == Kind.WEBSOCKET) {
        socket.close();
      }
    }
  }

  /** Called when a socket's first request line was written; may refuse a handshake. */
  void classified(Kind kind) throws IOException {
    if (kind != Kind.WEBSOCKET) {
      return;
    }
    synchronized (lock) {
      handshakes++;
      if (refusingHandshakes) {
        throw new IOException("the conformance suite refuses WebSocket handshakes for now");
      }
    }
  }

  /** Called after bytes arrived on a socket of this kind: returns once they may be read. */
  void awaitReadable(Kind kind) throws InterruptedIOException {
    long deadline = System.nanoTime() + HOLD_LIMIT.toNanos();
    synchronized (lock) {
      while (kind == Kind.WEBSOCKET && holdingWebSocket || kind == Kind.REST && holdingRest) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return;
        }
        try {
          lock.wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while the conformance suite held a read");
        }
      }
    }
  }

  void opened(ControlledSocket socket) {
    sockets.add(socket);
  }

  void closed(ControlledSocket socket) {
    sockets.remove(socket);
  }

  /** Makes unconnected sockets for OkHttp, which connects them itself. */
  private final class Factory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new ControlledSocket(WireControl.this);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
        int localPort) throws IOException {
      return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
      Socket socket = createSocket();
      socket.connect(address);
      return socket;
    }
  }
}
