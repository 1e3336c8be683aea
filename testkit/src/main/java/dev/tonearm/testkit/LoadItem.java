package dev.tonearm.testkit;

import dev.tonearm.track.DecodedTrack;
import java.util.List;

/** What an identifier resolves to in a {@link FakeCatalog}; "no matches" is represented by null. */
sealed interface LoadItem {

  /** One playable track with its encoding at position 0. */
  record TrackItem(DecodedTrack decoded, String encoded) implements LoadItem {}

  /** A playlist; {@code selectedTrack} is -1 when none is selected. */
  record PlaylistItem(String name, int selectedTrack, List<TrackItem> tracks) implements LoadItem {
    public PlaylistItem {
      tracks = List.copyOf(tracks);
    }
  }

  /** The results of a search. */
  record SearchItem(List<TrackItem> tracks) implements LoadItem {
    public SearchItem {
      tracks = List.copyOf(tracks);
    }
  }

  /** A load failure, answered as {@code loadType: error}. */
  record ErrorItem(String message, String severity, String cause, String causeStackTrace)
      implements LoadItem {}
}
