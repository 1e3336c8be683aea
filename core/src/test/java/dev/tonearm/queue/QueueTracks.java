package dev.tonearm.queue;

import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import java.util.ArrayList;
import java.util.List;

/** Builds distinct tracks for queue tests. */
final class QueueTracks {
  private QueueTracks() {}

  /** Returns a new track whose encoded string is {@code enc-<i>}. */
  static Track track(int i) {
    return Track.of("enc-" + i, new TrackInfo("id-" + i, true, "Author " + i, 180_000L, false, 0L,
        "Title " + i, "https://example.com/" + i, null, null, "http"));
  }

  /** Returns new tracks numbered from {@code first} to {@code first + count - 1}. */
  static List<Track> tracks(int first, int count) {
    List<Track> result = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      result.add(track(i));
    }
    return result;
  }

  /** Returns a queue holding the given tracks, in order. */
  static TrackQueue queueOf(List<Track> tracks) {
    TrackQueue queue = new TrackQueue();
    queue.addAll(tracks);
    return queue;
  }
}
