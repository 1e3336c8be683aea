package dev.tonearm.internal.event;

import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import java.util.List;

/**
 * A listener whose dispatcher, {@link HandListener_TonearmDispatcher}, is written by hand the way
 * the processor writes them, so core can test the lookup without the processor.
 */
class HandListener {
  final List<String> calls;

  HandListener(List<String> calls) {
    this.calls = calls;
  }

  void ready(NodeReadyEvent event) {
    calls.add(name() + " ready " + event.sessionId());
  }

  void stats(StatsEvent event) {
    if (event.node().name().equals("broken")) {
      throw new IllegalStateException("handler failed");
    }
    calls.add(name() + " stats");
  }

  String name() {
    return "hand";
  }

  /** A subclass that has no dispatcher of its own. */
  static class Sub extends HandListener {
    Sub(List<String> calls) {
      super(calls);
    }

    @Override
    String name() {
      return "sub";
    }
  }
}
