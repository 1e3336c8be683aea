package dev.tonearm.plugin.sponsorblock;

import dev.tonearm.event.PluginEvent;

/** An event of the SponsorBlock plugin. */
public sealed interface SponsorBlockEvent extends PluginEvent
    permits SegmentsLoaded, SegmentSkipped, ChaptersLoaded, ChapterStarted {

  /** Returns {@link SponsorBlock#NAME}. */
  @Override
  default String plugin() {
    return SponsorBlock.NAME;
  }
}
