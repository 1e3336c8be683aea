package dev.tonearm.track;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Lavalink's encoded track strings locally, without asking a node.
 *
 * <p>The format is lavaplayer's: standard base64 of one message whose 4-byte header holds two
 * flag bits and the body size, followed by the body (version, title, author, length, identifier,
 * stream flag, URI, artwork URL, ISRC, source name, source-specific bytes, position). Versions 1
 * to 3 are read; a higher version is read with the version 3 layout, as lavaplayer does. Writing
 * always produces version 3, byte for byte what lavaplayer 2.x writes.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TrackCodec {
  private static final int FLAG_VERSIONED = 1;
  private static final int KNOWN_FLAGS = FLAG_VERSIONED;
  private static final int HEADER_BYTES = 4;
  private static final int POSITION_BYTES = 8;
  private static final int MAX_BODY_SIZE = (1 << 30) - 1;

  private TrackCodec() {}

  /**
   * Decodes an encoded track into its metadata, format version and source bytes.
   *
   * @param encoded a base64 track string as Lavalink produces it
   * @return the decoded track
   * @throws TrackDecodeException if {@code encoded} is not a valid encoded track; the message says
   *     what is wrong
   */
  public static DecodedTrack decode(String encoded) {
    byte[] message;
    try {
      message = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new TrackDecodeException("Encoded track is not valid base64: " + e.getMessage(), e);
    }
    if (message.length < HEADER_BYTES) {
      throw new TrackDecodeException("Encoded track is truncated: " + message.length
          + " bytes, fewer than the 4-byte message header");
    }
    int header = (message[0] & 0xFF) << 24 | (message[1] & 0xFF) << 16 | (message[2] & 0xFF) << 8
        | (message[3] & 0xFF);
    int flags = header >>> 30;
    int bodySize = header & MAX_BODY_SIZE;
    if ((flags & ~KNOWN_FLAGS) != 0) {
      throw new TrackDecodeException("Encoded track has unknown message flags " + flags
          + "; only 1 (versioned) is defined");
    }
    if (bodySize == 0) {
      throw new TrackDecodeException("Encoded track is empty: its header is the end-of-stream marker");
    }
    int available = message.length - HEADER_BYTES;
    if (available < bodySize) {
      throw new TrackDecodeException("Encoded track is truncated: the header announces "
          + bodySize + " body bytes but only " + available + " follow");
    }
    if (available > bodySize) {
      throw new TrackDecodeException("Encoded track has the wrong size: the header announces "
          + bodySize + " body bytes but " + available + " follow");
    }
    return new BodyReader(message, bodySize).read((flags & FLAG_VERSIONED) != 0);
  }

  /**
   * Decodes only the metadata of an encoded track.
   *
   * @param encoded a base64 track string as Lavalink produces it
   * @return the track's metadata, with the position stored in the string
   * @throws TrackDecodeException if {@code encoded} is not a valid encoded track
   */
  public static TrackInfo decodeInfo(String encoded) {
    return decode(encoded).info();
  }

  /**
   * Decodes an encoded track into a {@link Track} with empty plugin info and user data.
   *
   * @param encoded a base64 track string as Lavalink produces it
   * @return the track, whose {@link Track#encoded()} is {@code encoded}
   * @throws TrackDecodeException if {@code encoded} is not a valid encoded track
   */
  public static Track decodeTrack(String encoded) {
    return Track.of(encoded, decodeInfo(encoded));
  }

  /**
   * Encodes a track of a source that appends no bytes of its own, such as YouTube, SoundCloud,
   * Bandcamp, Twitch or Vimeo. For {@code http} and {@code local} tracks and for plugin sources
   * that append fields, use {@link #encode(DecodedTrack)} with the source's bytes.
   *
   * @param info the track's metadata; {@code seekable} is not part of the format
   * @return the base64 string, format version 3
   * @throws IllegalArgumentException if a text field is longer than 65535 bytes in modified UTF-8
   */
  public static String encode(TrackInfo info) {
    return encode(DecodedTrack.of(info));
  }

  /**
   * Encodes a track with the given source bytes, always as format version 3 (whatever
   * {@link DecodedTrack#version()} says), exactly as lavaplayer 2.x writes it.
   *
   * @param track the metadata and source bytes
   * @return the base64 string
   * @throws IllegalArgumentException if a text field is longer than 65535 bytes in modified UTF-8
   */
  public static String encode(DecodedTrack track) {
    TrackInfo info = track.info();
    ByteArrayOutputStream body = new ByteArrayOutputStream(128);
    DataOutputStream out = new DataOutputStream(body);
    try {
      out.writeByte(DecodedTrack.CURRENT_VERSION);
      writeText(out, "title", info.title());
      writeText(out, "author", info.author());
      out.writeLong(info.length());
      writeText(out, "identifier", info.identifier());
      out.writeBoolean(info.stream());
      writeNullableText(out, "uri", info.uri());
      writeNullableText(out, "artworkUrl", info.artworkUrl());
      writeNullableText(out, "isrc", info.isrc());
      writeText(out, "sourceName", info.sourceName());
      out.write(track.sourceDetails());
      out.writeLong(info.position());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bodyBytes = body.toByteArray();
    byte[] message = new byte[HEADER_BYTES + bodyBytes.length];
    int header = FLAG_VERSIONED << 30 | bodyBytes.length;
    message[0] = (byte) (header >>> 24);
    message[1] = (byte) (header >>> 16);
    message[2] = (byte) (header >>> 8);
    message[3] = (byte) header;
    System.arraycopy(bodyBytes, 0, message, HEADER_BYTES, bodyBytes.length);
    return Base64.getEncoder().encodeToString(message);
  }

  private static void writeText(DataOutputStream out, String field, String value)
      throws IOException {
    try {
      out.writeUTF(value);
    } catch (UTFDataFormatException e) {
      throw new IllegalArgumentException(
          field + " is too long to encode: more than 65535 bytes in modified UTF-8", e);
    }
  }

  private static void writeNullableText(DataOutputStream out, String field, @Nullable String value)
      throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writeText(out, field, value);
    }
  }

  /** Reads one message body, naming the field it was reading when anything goes wrong. */
  private static final class BodyReader {
    private final byte[] message;
    private final int bodyEnd;
    private final DataInputStream in;
    private String field = "version";

    BodyReader(byte[] message, int bodySize) {
      this.message = message;
      this.bodyEnd = HEADER_BYTES + bodySize;
      this.in = new DataInputStream(
          new ByteArrayInputStream(message, HEADER_BYTES, bodySize));
    }

    DecodedTrack read(boolean versioned) {
      try {
        int version = versioned ? in.readUnsignedByte() : 1;
        String title = text("title");
        String author = text("author");
        field = "length";
        long length = in.readLong();
        String identifier = text("identifier");
        field = "isStream";
        boolean stream = in.readBoolean();
        String uri = version >= 2 ? nullableText("uri") : null;
        String artworkUrl = version >= 3 ? nullableText("artworkUrl") : null;
        String isrc = version >= 3 ? nullableText("isrc") : null;
        String sourceName = text("sourceName");
        int detailsStart = bodyEnd - in.available();
        int positionStart = bodyEnd - POSITION_BYTES;
        if (positionStart < detailsStart) {
          throw new TrackDecodeException("Encoded track has the wrong size: the body ends "
              + (detailsStart - positionStart) + " bytes short of the 8-byte position after"
              + " sourceName");
        }
        byte[] sourceDetails = Arrays.copyOfRange(message, detailsStart, positionStart);
        in.skipNBytes(positionStart - detailsStart);
        field = "position";
        long position = in.readLong();
        TrackInfo info = new TrackInfo(identifier, !stream, author, length, stream, position,
            title, uri, artworkUrl, isrc, sourceName);
        return new DecodedTrack(info, version, sourceDetails);
      } catch (EOFException e) {
        throw new TrackDecodeException(
            "Encoded track is truncated: the body ends inside " + field, e);
      } catch (UTFDataFormatException e) {
        throw new TrackDecodeException(
            "Encoded track has malformed modified UTF-8 in " + field + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String text(String name) throws IOException {
      field = name;
      return in.readUTF();
    }

    private @Nullable String nullableText(String name) throws IOException {
      field = name;
      return in.readBoolean() ? in.readUTF() : null;
    }
  }
}
