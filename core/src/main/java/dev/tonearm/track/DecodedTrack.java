package dev.tonearm.track;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The contents of an encoded track: its metadata, the format version it was written with, and
 * the bytes its source manager appended, kept opaque.
 *
 * <p>Sources such as YouTube or SoundCloud append nothing. The {@code http} and {@code local}
 * sources append the container probe they detected (see {@link #withContainerProbe}); plugin
 * sources append fields of their own, which only that plugin can read.
 *
 * @param info the track's metadata; {@code seekable} is derived as {@code !stream}, because the
 *     binary format does not store it
 * @param version the format version, 1 to 3 for tracks written by known lavaplayer versions
 * @param sourceDetails the source manager's bytes between {@code sourceName} and the position
 */
public record DecodedTrack(TrackInfo info, int version, byte[] sourceDetails) {

  /** The version lavaplayer 2.x writes and {@link TrackCodec#encode(DecodedTrack)} writes. */
  public static final int CURRENT_VERSION = 3;

  /**
   * Copies the source bytes.
   *
   * @param info the track's metadata; {@code seekable} is derived as {@code !stream}, because the
   *     binary format does not store it
   * @param version the format version, 1 to 3 for tracks written by known lavaplayer versions
   * @param sourceDetails the source manager's bytes between {@code sourceName} and the position
   * @throws NullPointerException if {@code info} or {@code sourceDetails} is null
   */
  public DecodedTrack {
    Objects.requireNonNull(info, "info");
    sourceDetails = Objects.requireNonNull(sourceDetails, "sourceDetails").clone();
  }

  /**
   * Describes a track from a source that appends nothing, such as YouTube or SoundCloud.
   *
   * @param info the track's metadata
   * @return the track, at the current version
   */
  public static DecodedTrack of(TrackInfo info) {
    return new DecodedTrack(info, CURRENT_VERSION, new byte[0]);
  }

  /**
   * Describes a track of the {@code http} or {@code local} source, which appends the name of the
   * container probe (such as {@code mp3}, optionally followed by {@code |} and parameters).
   *
   * @param info the track's metadata
   * @param probe the container probe the source detected
   * @return the track, at the current version
   * @throws IllegalArgumentException if {@code probe} is longer than 65535 bytes in modified UTF-8
   */
  public static DecodedTrack withContainerProbe(TrackInfo info, String probe) {
    return new DecodedTrack(info, CURRENT_VERSION, ModifiedUtf8.encode("probe", probe));
  }

  /** {@return a copy of the source manager's bytes} */
  @Override
  public byte[] sourceDetails() {
    return sourceDetails.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecodedTrack other
        && version == other.version
        && info.equals(other.info)
        && Arrays.equals(sourceDetails, other.sourceDetails);
  }

  @Override
  public int hashCode() {
    return Objects.hash(info, version, Arrays.hashCode(sourceDetails));
  }

  @Override
  public String toString() {
    return "DecodedTrack[info=" + info + ", version=" + version + ", sourceDetails="
        + HexFormat.of().formatHex(sourceDetails) + "]";
  }
}
