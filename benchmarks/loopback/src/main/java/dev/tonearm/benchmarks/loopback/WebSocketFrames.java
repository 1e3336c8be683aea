package dev.tonearm.benchmarks.loopback;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The few parts of RFC 6455 framing a server needs: unmasked frames out, masked frames in. */
final class WebSocketFrames {
  static final int TEXT = 0x1;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  private WebSocketFrames() {}

  /** Encodes a final, unmasked text frame. */
  static byte[] text(String payload) {
    return frame(TEXT, payload.getBytes(StandardCharsets.UTF_8));
  }

  /** Encodes a final, unmasked frame of any opcode. */
  static byte[] frame(int opcode, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 10);
    out.write(0x80 | opcode);
    int length = payload.length;
    if (length < 126) {
      out.write(length);
    } else if (length < 65_536) {
      out.write(126);
      out.write(length >>> 8);
      out.write(length);
    } else {
      out.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) length >>> shift));
      }
    }
    out.write(payload, 0, length);
    return out.toByteArray();
  }

  /** A frame a client sent. */
  record Frame(int opcode, byte[] payload) {}

  /** Reads one client frame and unmasks it; fragments are returned one by one. */
  static Frame read(DataInputStream in) throws IOException {
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte();
    long length = second & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    if (length > Integer.MAX_VALUE) {
      throw new IOException("client frame of " + length + " bytes");
    }
    byte[] mask = new byte[4];
    boolean masked = (second & 0x80) != 0;
    if (masked) {
      in.readFully(mask);
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    if (masked) {
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i & 3];
      }
    }
    return new Frame(first & 0x0F, payload);
  }
}
