package dev.tonearm.internal.player;

import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.event.TrackStartEvent;

/** A listener whose handler always fails. */
class ThrowingListener {
  int calls;

  @OnTrackStart
  void started(TrackStartEvent event) {
    calls++;
    throw new IllegalStateException("listener bug");
  }
}
