package dev.tonearm.internal.player;

import dev.tonearm.annotation.OnExtraEvent;
import dev.tonearm.annotation.OnNodeReady;
import dev.tonearm.annotation.OnStatsUpdate;
import dev.tonearm.annotation.OnTrackEnd;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.annotation.OnTrackStuck;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bot's listener, compiled with the annotation processor. Within each event, a method that must
 * not run is declared before one that must, so once the second has run the first was skipped.
 */
public class RecordingListener {
  final List<String> calls;

  RecordingListener() {
    this(new CopyOnWriteArrayList<>());
  }

  RecordingListener(List<String> calls) {
    this.calls = calls;
  }

  @OnNodeReady
  void ready(NodeReadyEvent event) {
    calls.add("ready " + event.node().name());
  }

  @OnTrackStart
  void started(TrackStartEvent event) {
    calls.add("start " + event.track().info().identifier());
  }

  @OnTrackEnd(reasons = {TrackEndReason.FINISHED, TrackEndReason.LOAD_FAILED})
  void advance(TrackEndEvent event) {
    calls.add("advance " + event.track().info().identifier());
  }

  @OnTrackEnd
  void ended(TrackEvent event) {
    calls.add("end " + ((TrackEndEvent) event).reason());
  }

  @OnTrackStuck(node = "elsewhere")
  void stuckElsewhere(TrackStuckEvent event) {
    calls.add("stuck elsewhere");
  }

  @OnTrackStuck(node = "main")
  void stuck(TrackStuckEvent event) {
    calls.add("stuck " + event.thresholdMs());
  }

  @OnExtraEvent(type = "SegmentSkipped")
  void skipped(ExtraEvent event) {
    calls.add("extra " + event.type());
  }

  @OnStatsUpdate
  void stats(StatsEvent event) {
    calls.add("stats " + event.node().name());
  }
}
