package dev.tonearm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixture files from the classpath. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Reads a fixture as UTF-8 text.
   *
   * @param path the resource path, such as {@code protocol-examples/ws-op-ready.json}
   */
  public static String read(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
