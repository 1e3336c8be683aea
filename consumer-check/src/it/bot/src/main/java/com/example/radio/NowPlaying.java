package com.example.radio;

import dev.tonearm.annotation.OnTrackEnd;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The bot's annotated listener: what it played, in order. */
public class NowPlaying {
  private final List<String> started = new CopyOnWriteArrayList<>();
  private final List<String> finished = new CopyOnWriteArrayList<>();

  @OnTrackStart
  void started(TrackStartEvent event) {
    started.add(event.track().info().title());
  }

  @OnTrackEnd(reasons = TrackEndReason.FINISHED)
  void finished(TrackEndEvent event) {
    finished.add(event.track().info().title());
  }

  /** @return the titles of the tracks that started */
  public List<String> started() {
    return List.copyOf(started);
  }

  /** @return the titles of the tracks that played to their end */
  public List<String> finished() {
    return List.copyOf(finished);
  }
}
