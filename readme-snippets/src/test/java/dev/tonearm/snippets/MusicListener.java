package dev.tonearm.snippets;

import dev.tonearm.annotation.OnExtraEvent;
import dev.tonearm.annotation.OnTrackEnd;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// region listener
public class MusicListener {
  private static final Logger log = LoggerFactory.getLogger(MusicListener.class);

  @OnTrackStart
  void started(TrackStartEvent event) {
    log.info("Playing {}", event.track().info().title());
  }

  @OnTrackEnd(reasons = {TrackEndReason.FINISHED, TrackEndReason.LOAD_FAILED})
  void advance(TrackEndEvent event) {
    log.info("{} ended: {}", event.track().info().title(), event.reason());
  }

  @OnExtraEvent(type = "SegmentSkipped", node = "eu-1")   // SponsorBlock, from one node only
  void skipped(ExtraEvent event) {
    log.info("Skipped a segment in guild {}", event.guildId());
  }
}

// endregion listener
