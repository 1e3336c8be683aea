package dev.tonearm.track;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;

/** Java's modified UTF-8 with its two-byte length prefix, as {@code DataOutput.writeUTF} writes it. */
final class ModifiedUtf8 {
  private ModifiedUtf8() {}

  static byte[] encode(String field, String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length() + 2);
    try {
      new DataOutputStream(bytes).writeUTF(value);
    } catch (UTFDataFormatException e) {
      throw new IllegalArgumentException(
          field + " is too long to encode: more than 65535 bytes in modified UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
