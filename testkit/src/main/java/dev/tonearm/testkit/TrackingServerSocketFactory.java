package dev.tonearm.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * Makes the server socket of the mock web server and remembers every connection it accepts, by
 * its index in accept order. That index is the {@code connectionIndex} MockWebServer gives each
 * request, so a connection can be cut abruptly, without a WebSocket close frame.
 */
final class TrackingServerSocketFactory extends ServerSocketFactory {
  private final Map<Integer, Socket> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger nextIndex = new AtomicInteger();

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new TrackingServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return bound(new InetSocketAddress(port), 50);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return bound(new InetSocketAddress(port), backlog);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    return bound(new InetSocketAddress(address, port), backlog);
  }

  /** Closes the connection with this index, if it is still open; the peer sees it end. */
  void close(int connectionIndex) {
    Socket socket = accepted.remove(connectionIndex);
    if (socket != null) {
      closeQuietly(socket);
    }
  }

  /** Closes every accepted connection that is still open. */
  void closeAll() {
    for (Integer index : List.copyOf(accepted.keySet())) {
      close(index);
    }
  }

  private ServerSocket bound(InetSocketAddress address, int backlog) throws IOException {
    ServerSocket socket = new TrackingServerSocket();
    socket.bind(address, backlog);
    return socket;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // The connection is gone either way.
    }
  }

  private final class TrackingServerSocket extends ServerSocket {
    TrackingServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      // Without this, a response written in two pieces waits for the client's delayed ACK.
      socket.setTcpNoDelay(true);
      accepted.values().removeIf(Socket::isClosed);
      accepted.put(nextIndex.getAndIncrement(), socket);
      return socket;
    }
  }
}
