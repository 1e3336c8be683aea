package dev.tonearm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version, from the properties file the build writes. */
public final class TonearmVersion {
  /** The version, such as {@code 0.1.0}. */
  public static final String VERSION = load();

  private TonearmVersion() {}

  private static String load() {
    try (InputStream in = TonearmVersion.class.getResourceAsStream("/dev/tonearm/tonearm.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
