package dev.tonearm.internal.transport;

import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One {@code java.net.http} WebSocket: whole text frames to the listener, a ping every
 * {@link Transports#PING_INTERVAL} that fails the socket when the previous one got no pong, and a
 * close that may be asked for before the socket is open.
 */
final class JdkSocket implements Socket, WebSocket.Listener {
  private static final int ABNORMAL_CLOSURE = 1006;
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
  /** How long shutting down waits for a requested close frame to be written. */
  private static final long CLOSE_WRITE_MILLIS = 1_000;

  private final SocketListener listener;
  private final ScheduledExecutorService pinger;
  private final Set<JdkSocket> open;
  private final Object lock = new Object();
  private @Nullable WebSocket webSocket;
  // Written under the lock; read without it on the frame path.
  private volatile boolean done;
  private int closeCode;
  private @Nullable String closeReason;
  private @Nullable CompletableFuture<WebSocket> closeSent;
  private @Nullable ScheduledFuture<?> pings;
  private volatile boolean awaitingPong;
  private @Nullable StringBuilder partial;

  JdkSocket(SocketListener listener, ScheduledExecutorService pinger, Set<JdkSocket> open) {
    this.listener = listener;
    this.pinger = pinger;
    this.open = open;
  }

  @Override
  public void onOpen(WebSocket opened) {
    synchronized (lock) {
      if (done) {
        opened.abort();
        return;
      }
      webSocket = opened;
      if (closeReason != null) {
        closeSent = opened.sendClose(closeCode, closeReason);
      } else {
        long interval = Transports.PING_INTERVAL.toMillis();
        pings = pinger.scheduleAtFixedRate(this::ping, interval, interval, TimeUnit.MILLISECONDS);
      }
    }
    opened.request(1);
  }

  @Override
  public @Nullable CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    awaitingPong = false;
    String text = null;
    if (!last) {
      partial = (partial == null ? new StringBuilder() : partial).append(data);
    } else if (partial != null) {
      text = partial.append(data).toString();
      partial = null;
    } else {
      text = data.toString();
    }
    if (text != null && !done) {
      listener.onText(text);
    }
    socket.request(1);
    return null;
  }

  @Override
  public @Nullable CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
    awaitingPong = false;
    socket.request(1);
    return null;
  }

  @Override
  public @Nullable CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
    if (code == ABNORMAL_CLOSURE) {
      // Never sent on the wire: the JDK's word for a connection that ended without a close
      // frame, which OkHttp reports as the failure it is.
      failed(new EOFException("the connection ended without a close frame"), -1);
    } else if (finish()) {
      listener.onClosed(code, reason);
    }
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    failed(error, -1);
  }

  /** The handshake failed; {@code status} is its HTTP status or -1. */
  void failed(Throwable error, int status) {
    if (finish()) {
      listener.onFailure(error, status);
    }
  }

  @Override
  public void close(int code, String reason) {
    synchronized (lock) {
      if (done || closeReason != null) {
        return;
      }
      closeCode = code;
      closeReason = reason;
      stopPings();
      if (webSocket != null) {
        closeSent = webSocket.sendClose(code, reason);
      }
    }
  }

  @Override
  public void cancel() {
    WebSocket current;
    synchronized (lock) {
      if (!finish()) {
        return;
      }
      current = webSocket;
    }
    if (current != null) {
      current.abort();
    }
  }

  /** For shutdown: lets a requested close frame go out, then drops the connection. */
  void finishClose() {
    CompletableFuture<WebSocket> sent;
    synchronized (lock) {
      sent = closeSent;
    }
    if (sent != null) {
      try {
        sent.get(CLOSE_WRITE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException notSent) {
        // Dropped below either way.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    cancel();
  }

  private void ping() {
    WebSocket current;
    synchronized (lock) {
      current = webSocket;
      if (done || current == null) {
        return;
      }
    }
    if (awaitingPong) {
      failed(new SocketTimeoutException("sent ping but got no pong within "
          + Transports.PING_INTERVAL.toMillis() + " ms"), -1);
      current.abort();
      return;
    }
    awaitingPong = true;
    current.sendPing(EMPTY);
  }

  /** Marks the socket finished; true for the one caller that did. */
  private boolean finish() {
    synchronized (lock) {
      if (done) {
        return false;
      }
      done = true;
      stopPings();
    }
    open.remove(this);
    return true;
  }

  private void stopPings() {
    if (pings != null) {
      pings.cancel(false);
      pings = null;
    }
  }
}
