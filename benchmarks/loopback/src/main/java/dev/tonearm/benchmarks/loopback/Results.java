package dev.tonearm.benchmarks.loopback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Appends measurements to a tab-separated file that the report reads: one line per run, with the
 * section, contender, case, metric and value. Both benchmark JVMs write to the same directory.
 */
public final class Results {
  private final Path file;

  /**
   * Creates a writer.
   *
   * @param file the file to append to; created with its directories if missing
   */
  public Results(Path file) {
    this.file = file;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends one run's value.
   *
   * @param section the measurement, such as {@code e2e}
   * @param contender who was measured, such as {@code tonearm}
   * @param scenario what was measured, such as {@code trackStart}
   * @param metric the quantity, such as {@code framesPerSecond}
   * @param value the value of one run
   */
  public synchronized void add(String section, String contender, String scenario, String metric,
      double value) {
    String line = String.join("\t", section, contender, scenario, metric,
        String.format(Locale.ROOT, "%.6f", value)) + "\n";
    try {
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the results directory named by {@code -Dresults=…}, else {@code benchmarks/results}.
   *
   * @return the directory
   */
  public static Path directory() {
    return Path.of(System.getProperty("results", "benchmarks/results"));
  }
}
