package dev.tonearm.conformance;

import dev.tonearm.track.TrackInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The files the suite asks the node to load, written into a directory that the node reads at the
 * same path: two short tones as PCM WAV files (a container every Lavalink can read without a
 * plugin), a text file that is no audio, and a path where no file is. Closing deletes them.
 */
final class MediaFiles implements AutoCloseable {
  /** What lavaplayer calls a track whose container has no title or author. */
  static final String UNKNOWN_TITLE = "Unknown title";
  static final String UNKNOWN_ARTIST = "Unknown artist";
  /** Lavaplayer's message for a file whose container it does not recognise. */
  static final String UNKNOWN_FORMAT = "Unknown file format.";
  static final long TONE_A_MILLIS = 3_000;
  static final long TONE_B_MILLIS = 4_000;
  private static final int SAMPLE_RATE = 8_000;
  private static final int BYTES_PER_SAMPLE = 2;

  private final Path directory;
  private final List<Path> written = new ArrayList<>();
  private final Path toneA;
  private final Path toneB;
  private final Path notAudio;
  private final Path missing;

  private MediaFiles(Path directory) {
    this.directory = directory;
    // Unique names: several runs may share a media directory.
    String prefix = "tonearm-conformance-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    toneA = write(prefix + "a.wav", wav(TONE_A_MILLIS, 440));
    toneB = write(prefix + "b.wav", wav(TONE_B_MILLIS, 660));
    notAudio = write(prefix + "not-audio.txt",
        "This file is not audio. The Tonearm conformance suite wrote it.\n"
            .getBytes(StandardCharsets.UTF_8));
    missing = directory.resolve(prefix + "missing.wav");
  }

  /**
   * Writes the files into a directory.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  static MediaFiles writeTo(Path directory) {
    return new MediaFiles(directory);
  }

  Path directory() {
    return directory;
  }

  /** A 3-second tone. */
  Path toneA() {
    return toneA;
  }

  /** A 4-second tone. */
  Path toneB() {
    return toneB;
  }

  /** A text file. */
  Path notAudio() {
    return notAudio;
  }

  /** A path in the directory where no file is. */
  Path missing() {
    return missing;
  }

  /**
   * Returns what a node's local source reports for one of the tones: lavaplayer's placeholders for
   * title and author, the path as identifier and URI, the length from the WAV header.
   */
  static TrackInfo expectedInfo(Path tone, long lengthMillis) {
    return new TrackInfo(tone.toString(), true, UNKNOWN_ARTIST, lengthMillis, false, 0,
        UNKNOWN_TITLE, tone.toString(), null, null, "local");
  }

  /**
   * A mono 16-bit PCM WAV file holding a sine tone.
   *
   * @param millis the length, a whole number of samples at 8 kHz
   * @param hertz the tone's frequency
   */
  static byte[] wav(long millis, int hertz) {
    int samples = (int) (SAMPLE_RATE * millis / 1000);
    int dataBytes = samples * BYTES_PER_SAMPLE;
    ByteBuffer bytes = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
    bytes.put(ascii("fmt ")).putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(SAMPLE_RATE)
        .putInt(SAMPLE_RATE * BYTES_PER_SAMPLE)
        .putShort((short) BYTES_PER_SAMPLE)
        .putShort((short) (BYTES_PER_SAMPLE * 8));
    bytes.put(ascii("data")).putInt(dataBytes);
    for (int i = 0; i < samples; i++) {
      double phase = 2 * Math.PI * hertz * i / SAMPLE_RATE;
      bytes.putShort((short) Math.round(Math.sin(phase) * Short.MAX_VALUE / 4));
    }
    return bytes.array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private Path write(String name, byte[] content) {
    Path file = directory.resolve(name);
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file + " for the node to load", e);
    }
    written.add(file);
    return file;
  }

  /** Deletes the files this instance wrote. */
  @Override
  public void close() {
    for (Path file : written) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete " + file, e);
      }
    }
  }
}
