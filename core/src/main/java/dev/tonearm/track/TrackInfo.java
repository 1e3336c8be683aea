package dev.tonearm.track;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Lavalink knows about a track: the fields of its {@code info} object, which are also the
 * fields stored in an encoded track.
 *
 * @param identifier the source's identifier of the track (a video id, a URL, a file path)
 * @param seekable whether the track can be seeked; false for streams
 * @param author the track's author or uploader
 * @param length the length in milliseconds; {@link Long#MAX_VALUE} for streams
 * @param stream whether the track is a live stream
 * @param position the position in milliseconds at the time this info was produced
 * @param title the track's title
 * @param uri a link to the track, or null if the source has none
 * @param artworkUrl a link to the track's artwork, or null
 * @param isrc the International Standard Recording Code, or null
 * @param sourceName the name of the source manager that produced the track, e.g. {@code youtube}
 */
public record TrackInfo(
    String identifier,
    boolean seekable,
    String author,
    long length,
    boolean stream,
    long position,
    String title,
    @Nullable String uri,
    @Nullable String artworkUrl,
    @Nullable String isrc,
    String sourceName) {

  /**
   * Checks the fields that may not be null.
   *
   * @param identifier the source's identifier of the track (a video id, a URL, a file path)
   * @param seekable whether the track can be seeked; false for streams
   * @param author the track's author or uploader
   * @param length the length in milliseconds; {@link Long#MAX_VALUE} for streams
   * @param stream whether the track is a live stream
   * @param position the position in milliseconds at the time this info was produced
   * @param title the track's title
   * @param uri a link to the track, or null if the source has none
   * @param artworkUrl a link to the track's artwork, or null
   * @param isrc the International Standard Recording Code, or null
   * @param sourceName the name of the source manager that produced the track, e.g. {@code youtube}
   * @throws NullPointerException if {@code identifier}, {@code author}, {@code title} or
   *     {@code sourceName} is null
   */
  public TrackInfo {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * Returns a copy of this info with another position.
   *
   * @param newPosition the position in milliseconds
   * @return a copy with {@code position} replaced
   */
  public TrackInfo withPosition(long newPosition) {
    return new TrackInfo(identifier, seekable, author, length, stream, newPosition, title, uri,
        artworkUrl, isrc, sourceName);
  }
}
