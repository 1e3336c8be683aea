package dev.tonearm.benchmarks.loopback;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A Lavalink node reduced to what the benchmarks need, on 127.0.0.1 with an ephemeral port: the
 * WebSocket handshake followed by {@code ready}, player updates answered with a player built from
 * the request (the track's {@code encoded} and the voice state are echoed, the rest is the docs'
 * example), session updates, player deletes and a one-track {@code loadtracks}. It keeps no state,
 * so it costs the same for every client and holds no memory per player.
 *
 * <p>Frames are written by {@link Session#stream}, which writes a pre-encoded block of frames again
 * and again on one writer thread; client pings are answered, a client close is echoed. Every thread
 * of the server has a name starting with {@link #THREAD_PREFIX}, so meters can leave them out.
 */
public final class LoopbackLavalink implements AutoCloseable {
  /** The start of the name of every thread the server runs. */
  public static final String THREAD_PREFIX = "loopback-";
  /** The password the server accepts. */
  public static final String PASSWORD = "youshallnotpass";

  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final String TRACK_PLACEHOLDER = "@ENCODED@";
  /** The track object of the docs' TrackStartEvent, with the encoded string to be filled in. */
  private static final String TRACK_TEMPLATE = trackTemplate();
  private static final String NO_VOICE = "{\"token\":\"\",\"endpoint\":\"\",\"sessionId\":\"\"}";

  private final ServerSocket server;
  private final Thread acceptor;
  private final ExecutorService writer;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Session> opened = new LinkedBlockingQueue<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger sessionCount = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean closed;

  private LoopbackLavalink() throws IOException {
    server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
    writer = Executors.newSingleThreadExecutor(task -> daemon(task, THREAD_PREFIX + "writer"));
    try {
      // The writer exists before anything is measured, so a meter sees it from the start.
      writer.submit(() -> { }).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("the writer thread did not start", e);
    }
    acceptor = daemon(this::accept, THREAD_PREFIX + "accept");
    acceptor.start();
  }

  /**
   * Starts a server.
   *
   * @return the running server; close it when done
   * @throws UncheckedIOException if no port could be opened
   */
  public static LoopbackLavalink start() {
    try {
      return new LoopbackLavalink();
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the loopback server", e);
    }
  }

  /** Returns {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Returns how many HTTP requests (handshakes included) the server answered. */
  public long requests() {
    return requests.get();
  }

  /**
   * Waits for the next WebSocket session to open (sessions are handed out in the order they
   * opened, each once).
   *
   * @param timeout how long to wait
   * @return the session
   * @throws TimeoutException if none opened in time
   * @throws InterruptedException if interrupted while waiting
   */
  public Session awaitSession(Duration timeout) throws TimeoutException, InterruptedException {
    Session session = opened.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (session == null) {
      throw new TimeoutException("no WebSocket session opened within " + timeout);
    }
    return session;
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    writer.shutdownNow();
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(socket);
      daemon(() -> serve(socket), THREAD_PREFIX + "conn-" + connections.incrementAndGet()).start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
      while (!closed) {
        Request request = Request.read(in);
        if (request == null) {
          return;
        }
        requests.incrementAndGet();
        if (request.isWebSocketUpgrade()) {
          webSocket(socket, request, in, out);
          return;
        }
        respond(out, request);
        out.flush();
      }
    } catch (IOException e) {
      // the client went away; nothing to clean up beyond the socket
    } finally {
      sockets.remove(socket);
    }
  }

  private void webSocket(Socket socket, Request request, InputStream in, OutputStream buffered)
      throws IOException {
    if (!PASSWORD.equals(request.header("authorization"))) {
      write(buffered, 401, "");
      buffered.flush();
      return;
    }
    String key = request.header("sec-websocket-key");
    String head = "HTTP/1.1 101 Switching Protocols\r\n"
        + "Upgrade: websocket\r\n"
        + "Connection: Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + accept(key == null ? "" : key) + "\r\n"
        + "Session-Resumed: false\r\n"
        + "Lavalink-Api-Version: 4\r\n\r\n";
    buffered.write(head.getBytes(StandardCharsets.ISO_8859_1));
    buffered.flush();
    String id = String.format(Locale.ROOT, "loopback%08d", sessionCount.incrementAndGet());
    Session session = new Session(id, socket.getOutputStream());
    session.send(WebSocketFrames.text("{\"op\":\"ready\",\"resumed\":false,\"sessionId\":\"" + id + "\"}"));
    opened.add(session);
    DataInputStream frames = new DataInputStream(in);
    while (!closed) {
      WebSocketFrames.Frame frame;
      try {
        frame = WebSocketFrames.read(frames);
      } catch (EOFException | SocketException gone) {
        return;
      }
      if (frame.opcode() == WebSocketFrames.PING) {
        session.send(WebSocketFrames.frame(WebSocketFrames.PONG, frame.payload()));
      } else if (frame.opcode() == WebSocketFrames.CLOSE) {
        session.send(WebSocketFrames.frame(WebSocketFrames.CLOSE, frame.payload()));
        return;
      }
    }
  }

  private static void respond(OutputStream out, Request request) throws IOException {
    String[] path = request.path().split("/");
    // path[0] is empty: "/v4/sessions/{id}/players/{guild}" splits into 6 parts
    if (request.method().equals("PATCH") && path.length == 6 && path[2].equals("sessions")
        && path[4].equals("players")) {
      write(out, 200, player(path[5], request.body()));
    } else if (request.method().equals("PATCH") && path.length == 4 && path[2].equals("sessions")) {
      write(out, 200, "{\"resuming\":false,\"timeout\":60}");
    } else if (request.method().equals("DELETE") && path.length == 6 && path[4].equals("players")) {
      write(out, 204, "");
    } else if (request.method().equals("GET") && request.path().equals("/v4/loadtracks")) {
      write(out, 200, "{\"loadType\":\"track\",\"data\":" + TRACK_TEMPLATE.replace(TRACK_PLACEHOLDER,
          FrameKind.EXAMPLE_ENCODED) + "}");
    } else if (request.method().equals("GET") && path.length == 5 && path[4].equals("players")) {
      write(out, 200, "[]");
    } else {
      write(out, 404, "{\"timestamp\":" + System.currentTimeMillis() + ",\"status\":404,"
          + "\"error\":\"Not Found\",\"message\":\"Not Found\",\"path\":\"" + request.path() + "\"}");
    }
  }

  /** The player a node would report after the update: the update's track, volume and voice. */
  static String player(String guildId, String update) {
    String track = "null";
    int encoded = update.indexOf("\"encoded\":\"");
    if (encoded >= 0) {
      int start = encoded + "\"encoded\":\"".length();
      track = TRACK_TEMPLATE.replace(TRACK_PLACEHOLDER, update.substring(start, update.indexOf('"', start)));
    }
    int volume = 100;
    int volumeAt = update.indexOf("\"volume\":");
    if (volumeAt >= 0) {
      int start = volumeAt + "\"volume\":".length();
      int end = start;
      while (end < update.length() && Character.isDigit(update.charAt(end))) {
        end++;
      }
      volume = Integer.parseInt(update.substring(start, end));
    }
    String voice = NO_VOICE;
    int voiceAt = update.indexOf("\"voice\":{");
    if (voiceAt >= 0) {
      int start = voiceAt + "\"voice\":".length();
      voice = update.substring(start, update.indexOf('}', start) + 1);
    }
    return "{\"guildId\":\"" + guildId + "\",\"track\":" + track + ",\"volume\":" + volume
        + ",\"paused\":" + update.contains("\"paused\":true") + ",\"state\":{\"time\":"
        + System.currentTimeMillis() + ",\"position\":0,\"connected\":true,\"ping\":10},\"voice\":"
        + voice + ",\"filters\":{}}";
  }

  private static void write(OutputStream out, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String reason = switch (status) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 401 -> "Unauthorized";
      default -> "Not Found";
    };
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason)
        .append("\r\n");
    if (status != 204) {
      head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length)
          .append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
  }

  private static String accept(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return Base64.getEncoder().encodeToString(
          sha1.digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }

  private static String trackTemplate() {
    String frame = FrameKind.TRACK_START.frame(0);
    int start = frame.indexOf("\"track\":") + "\"track\":".length();
    String track = frame.substring(start, frame.length() - 1);
    return track.replace(FrameKind.EXAMPLE_ENCODED, TRACK_PLACEHOLDER);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** A client's WebSocket connection. */
  public final class Session {
    private final String id;
    private final OutputStream out;

    private Session(String id, OutputStream out) {
      this.id = id;
      this.out = out;
    }

    /** Returns the session id sent in {@code ready}. */
    public String id() {
      return id;
    }

    /**
     * Writes a block of pre-encoded frames {@code repeats} times on the server's writer thread.
     *
     * @param block whole WebSocket frames, back to back (see {@link FrameKind#webSocketBlock})
     * @param repeats how many times to write it
     * @return completed when everything was written to the socket
     */
    public CompletableFuture<Void> stream(byte[] block, long repeats) {
      return CompletableFuture.runAsync(() -> {
        try {
          for (long i = 0; i < repeats; i++) {
            send(block);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("the client closed its WebSocket", e);
        }
      }, writer);
    }

    private void send(byte[] bytes) throws IOException {
      synchronized (out) {
        out.write(bytes);
        out.flush();
      }
    }
  }

  /** An HTTP/1.1 request with a Content-Length body (what OkHttp sends). */
  private record Request(String method, String path, Map<String, String> headers, String body) {

    @Nullable String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }

    boolean isWebSocketUpgrade() {
      return method.equals("GET") && "websocket".equalsIgnoreCase(header("upgrade"));
    }

    /** Reads a request, or returns null when the client closed the connection between requests. */
    static @Nullable Request read(InputStream in) throws IOException {
      String line = line(in);
      if (line == null) {
        return null;
      }
      String[] parts = line.split(" ");
      if (parts.length < 2) {
        throw new IOException("bad request line '" + line + "'");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        if (colon > 0) {
          headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              header.substring(colon + 1).trim());
        }
      }
      String length = headers.get("content-length");
      byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
      String target = parts[1];
      int query = target.indexOf('?');
      return new Request(parts[0], query < 0 ? target : target.substring(0, query), headers,
          new String(body, StandardCharsets.UTF_8));
    }

    private static @Nullable String line(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          int length = bytes.size();
          byte[] raw = bytes.toByteArray();
          return new String(raw, 0, length > 0 && raw[length - 1] == '\r' ? length - 1 : length,
              StandardCharsets.ISO_8859_1);
        }
        bytes.write(b);
      }
      return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
