package dev.tonearm.testkit;

import dev.tonearm.testkit.LoadItem.ErrorItem;
import dev.tonearm.testkit.LoadItem.TrackItem;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Loads file paths the way Lavalink's local source does ({@code lavalink.server.sources.local:
 * true}), for the container the fake node knows: a PCM WAV file becomes a track with lavaplayer's
 * placeholder title and author and the length its header gives; any other readable file fails with
 * lavaplayer's {@code Unknown file format.}; a path that is not a readable file loads nothing.
 */
final class LocalFiles {
  static final String UNKNOWN_TITLE = "Unknown title";
  static final String UNKNOWN_ARTIST = "Unknown artist";
  static final String UNKNOWN_FORMAT = "Unknown file format.";
  private static final int PCM = 1;
  /** Enough for the RIFF header and the chunks before {@code data} of any ordinary WAV file. */
  private static final int HEADER_LIMIT = 64 * 1024;

  private LocalFiles() {}

  /**
   * Loads a path.
   *
   * @return the track or the failure, or null if the identifier names no readable file
   */
  static @Nullable LoadItem load(String identifier) {
    Path path;
    try {
      path = Path.of(identifier);
    } catch (InvalidPathException e) {
      return null;
    }
    if (identifier.isEmpty() || !Files.isRegularFile(path) || !Files.isReadable(path)) {
      return null;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(HEADER_LIMIT);
    } catch (IOException e) {
      return null;
    }
    Long length = wavLength(head);
    if (length == null) {
      return new ErrorItem(UNKNOWN_FORMAT, "common",
          "com.sedmelluq.discord.lavaplayer.tools.FriendlyException: " + UNKNOWN_FORMAT,
          "com.sedmelluq.discord.lavaplayer.tools.FriendlyException: " + UNKNOWN_FORMAT
              + "\n\tat com.sedmelluq.discord.lavaplayer.source.ProbingAudioSourceManager"
              + ".handleLoadResult(ProbingAudioSourceManager.java)\n");
    }
    TrackInfo info = new TrackInfo(identifier, true, UNKNOWN_ARTIST, length, false, 0,
        UNKNOWN_TITLE, identifier, null, null, "local");
    DecodedTrack track = DecodedTrack.withContainerProbe(info, "wav");
    return new TrackItem(track, TrackCodec.encode(track));
  }

  /**
   * Reads the length of a PCM WAV file from its header as lavaplayer does: whole blocks of the
   * {@code data} chunk, times 1000, divided by the sample rate.
   *
   * @return the length in milliseconds, or null if the bytes are not a PCM WAV header
   */
  static @Nullable Long wavLength(byte[] head) {
    ByteBuffer bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    if (head.length < 12 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WAVE")) {
      return null;
    }
    int format = -1;
    int sampleRate = 0;
    int blockAlign = 0;
    int bits = 0;
    int offset = 12;
    while (offset + 8 <= head.length) {
      long size = Integer.toUnsignedLong(bytes.getInt(offset + 4));
      if (ascii(head, offset, "fmt ") && offset + 24 <= head.length) {
        format = Short.toUnsignedInt(bytes.getShort(offset + 8));
        sampleRate = bytes.getInt(offset + 12);
        blockAlign = Short.toUnsignedInt(bytes.getShort(offset + 20));
        bits = Short.toUnsignedInt(bytes.getShort(offset + 22));
      } else if (ascii(head, offset, "data")) {
        boolean supported = format == PCM && (bits == 16 || bits == 24) && blockAlign > 0
            && sampleRate >= 100 && sampleRate <= 384_000;
        return supported ? size / blockAlign * 1000L / sampleRate : null;
      }
      offset += 8 + (int) Math.min(size, HEADER_LIMIT);
    }
    return null;
  }

  private static boolean ascii(byte[] bytes, int offset, String text) {
    return offset + text.length() <= bytes.length
        && new String(bytes, offset, text.length(), StandardCharsets.US_ASCII).equals(text);
  }
}
