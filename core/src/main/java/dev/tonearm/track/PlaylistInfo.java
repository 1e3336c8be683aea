package dev.tonearm.track;

import java.util.Objects;

/**
 * The name of a loaded playlist and the track the link pointed at.
 *
 * @param name the playlist's name
 * @param selectedTrack the index of the selected track in the playlist, or -1 if none was selected
 */
public record PlaylistInfo(String name, int selectedTrack) {

  /**
   * Checks the name.
   *
   * @param name the playlist's name
   * @param selectedTrack the index of the selected track in the playlist, or -1 if none was
   *     selected
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code selectedTrack} is below -1
   */
  public PlaylistInfo {
    Objects.requireNonNull(name, "name");
    if (selectedTrack < -1) {
      throw new IllegalArgumentException("selectedTrack must be -1 or an index, was " + selectedTrack);
    }
  }
}
