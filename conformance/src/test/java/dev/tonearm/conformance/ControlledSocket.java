package dev.tonearm.conformance;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A client socket whose reads a {@link WireControl} can hold back. It learns what it carries from
 * the first request line written on it.
 */
final class ControlledSocket extends Socket {
  /** A request line longer than this is not HTTP; the socket then counts as REST. */
  private static final int REQUEST_LINE_LIMIT = 8192;

  private final WireControl control;
  private volatile WireControl.Kind kind = WireControl.Kind.UNKNOWN;
  private @Nullable InputStream input;
  private @Nullable OutputStream output;

  ControlledSocket(WireControl control) {
    this.control = control;
    control.opened(this);
  }

  WireControl.Kind kind() {
    return kind;
  }

  @Override
  public synchronized InputStream getInputStream() throws IOException {
    if (input == null) {
      input = new HeldInput(super.getInputStream());
    }
    return input;
  }

  @Override
  public synchronized OutputStream getOutputStream() throws IOException {
    if (output == null) {
      output = new SniffingOutput(super.getOutputStream());
    }
    return output;
  }

  @Override
  public synchronized void close() throws IOException {
    control.closed(this);
    super.close();
  }

  /** Tells a WebSocket handshake from a REST call by the request line's path. */
  static WireControl.Kind classify(String requestLine) {
    String[] parts = requestLine.split(" ");
    if (parts.length < 2) {
      return WireControl.Kind.REST;
    }
    String path = parts[1];
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return parts[0].equals("GET") && bare.endsWith("/v4/websocket")
        ? WireControl.Kind.WEBSOCKET
        : WireControl.Kind.REST;
  }

  /** Hands out what arrived only when the control lets this kind of connection read. */
  private final class HeldInput extends FilterInputStream {
    HeldInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int value = in.read();
      if (value >= 0) {
        control.awaitReadable(kind);
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = in.read(buffer, offset, length);
      if (count > 0) {
        control.awaitReadable(kind);
      }
      return count;
    }
  }

  /** Keeps the first bytes until the request line is complete, then passes everything on. */
  private final class SniffingOutput extends FilterOutputStream {
    private @Nullable ByteArrayOutputStream head = new ByteArrayOutputStream();

    SniffingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int value) throws IOException {
      write(new byte[] {(byte) value}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      ByteArrayOutputStream pending = head;
      if (pending == null) {
        out.write(buffer, offset, length);
        return;
      }
      pending.write(buffer, offset, length);
      String text = pending.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n");
      if (end < 0 && pending.size() < REQUEST_LINE_LIMIT) {
        return;
      }
      decide(end < 0 ? text : text.substring(0, end));
    }

    @Override
    public void flush() throws IOException {
      ByteArrayOutputStream pending = head;
      if (pending != null && pending.size() > 0) {
        decide(pending.toString(StandardCharsets.ISO_8859_1));
      }
      out.flush();
    }

    private void decide(String requestLine) throws IOException {
      ByteArrayOutputStream pending = head;
      head = null;
      kind = classify(requestLine);
      control.classified(kind);
      if (pending != null) {
        out.write(pending.toByteArray());
      }
    }
  }
}
