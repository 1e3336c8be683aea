package dev.tonearm.internal.event;

import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;

/** The dispatcher the processor would generate for {@link HandListener}. */
public final class HandListener_TonearmDispatcher implements EventDispatcher<HandListener> {

  /** Called by the registry's lookup. */
  public HandListener_TonearmDispatcher() {}

  @Override
  public void dispatch(HandListener listener, TonearmEvent event) {
    switch (event.kind()) {
      case NODE_READY -> listener.ready((NodeReadyEvent) event);
      case STATS -> listener.stats((StatsEvent) event);
      default -> {
        // not handled
      }
    }
  }
}
