package dev.tonearm.benchmarks;

import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;

/** The dispatcher a person would write for {@link FiveHandlerListener}: one switch, direct calls. */
public final class HandWrittenDispatcher implements EventDispatcher<FiveHandlerListener> {

  /** Creates the dispatcher. */
  public HandWrittenDispatcher() {}

  @Override
  public void dispatch(FiveHandlerListener listener, TonearmEvent event) {
    switch (event.kind()) {
      case TRACK_START -> listener.started((TrackStartEvent) event);
      case TRACK_END -> listener.ended((TrackEndEvent) event);
      case TRACK_EXCEPTION -> listener.failed((TrackExceptionEvent) event);
      case PLAYER_UPDATE -> listener.updated((PlayerUpdateEvent) event);
      case STATS -> listener.stats((StatsEvent) event);
      default -> {
        // the listener has no handler for the other kinds
      }
    }
  }
}
