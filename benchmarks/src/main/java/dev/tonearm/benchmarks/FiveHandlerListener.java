package dev.tonearm.benchmarks;

import dev.tonearm.annotation.OnPlayerUpdate;
import dev.tonearm.annotation.OnStatsUpdate;
import dev.tonearm.annotation.OnTrackEnd;
import dev.tonearm.annotation.OnTrackException;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;

/**
 * The listener every contender dispatches to: five handlers, each carrying Tonearm's annotation
 * (for the generated dispatcher) and {@link Subscribe} (for the reflective one). Each handler
 * reads its event and counts, so no contender can skip the call.
 */
public class FiveHandlerListener {
  long started;
  long ended;
  long failed;
  long updated;
  long stats;

  /** Creates the listener with zeroed counters. */
  public FiveHandlerListener() {}

  @OnTrackStart
  @Subscribe
  public void started(TrackStartEvent event) {
    started += event.guildId();
  }

  @OnTrackEnd
  @Subscribe
  public void ended(TrackEndEvent event) {
    ended += event.reason().ordinal() + 1;
  }

  @OnTrackException
  @Subscribe
  public void failed(TrackExceptionEvent event) {
    failed += event.exception().severity().ordinal() + 1;
  }

  @OnPlayerUpdate
  @Subscribe
  public void updated(PlayerUpdateEvent event) {
    updated += event.state().position();
  }

  @OnStatsUpdate
  @Subscribe
  public void stats(StatsEvent event) {
    stats += event.stats().players();
  }

  /** Returns a sum of every counter, for the benchmark to hand to JMH. */
  public long total() {
    return started + ended + failed + updated + stats;
  }
}
