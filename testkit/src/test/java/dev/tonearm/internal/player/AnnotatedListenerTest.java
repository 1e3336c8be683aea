package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.GUILD;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import com.google.gson.JsonObject;
import dev.tonearm.Lavalink;
import dev.tonearm.Subscription;
import dev.tonearm.annotation.DispatcherNotFoundException;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.internal.event.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Listeners compiled by the annotation processor receive real events from the fake node through
 * the client.
 */
class AnnotatedListenerTest {
  private final RecordingListener listener = new RecordingListener();
  private final PlayerHarness harness = new PlayerHarness(builder -> builder.listener(listener));

  @AfterEach
  void close() {
    harness.close();
  }

  private void awaitCall(RecordingListener target, String call) {
    await().atMost(IO_TIMEOUT).until(() -> target.calls.contains(call));
  }

  @Test
  void builderListener_receivesTheFirstNodeReadyAndStats() {
    awaitCall(listener, "ready main");

    harness.session().sendStats();

    awaitCall(listener, "stats main");
    assertThat(listener.calls.indexOf("ready main")).isLessThan(listener.calls.lastIndexOf("stats main"));
  }

  @Test
  void trackEvents_reachTheAnnotatedMethodsWithTheirFiltersApplied() throws Exception {
    harness.joinVoice();
    join(harness.player().play(track("a", 12_000)));
    harness.fake.clock().advance(Duration.ofSeconds(13));
    awaitCall(listener, "end FINISHED");
    join(harness.player().play(track("b", 180_000)));
    awaitCall(listener, "start b");
    join(harness.player().stop());
    awaitCall(listener, "end STOPPED");

    assertThat(listener.calls.stream().filter(call -> !call.startsWith("ready") && !call.startsWith("stats")))
        .containsExactly("start a", "advance a", "end FINISHED", "start b", "end STOPPED");
  }

  @Test
  void nodeAndTypeFilters_letOnlyMatchingEventsThrough() throws Exception {
    harness.joinVoice();
    join(harness.player().play(track("a", 180_000)));
    harness.session().emitTrackStuck(GUILD, 10_000);
    harness.session().emitEvent(GUILD, "ChaptersLoaded", new JsonObject());
    harness.session().emitEvent(GUILD, "SegmentSkipped", new JsonObject());

    awaitCall(listener, "extra SegmentSkipped");

    assertThat(listener.calls).contains("stuck 10000")
        .doesNotContain("stuck elsewhere", "extra ChaptersLoaded");
  }

  @Test
  void registeredListeners_andFunctionalHandlers_shareOneOrderedPath() throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();
    harness.lavalink.on(TrackStartEvent.class, event -> order.add("on " + event.track().info().identifier()));
    RecordingListener second = new RecordingListener(order);
    harness.lavalink.register(second);
    harness.lavalink.on(TrackStartEvent.class, event -> order.add("after " + event.track().info().identifier()));
    harness.joinVoice();

    join(harness.player().play(track("a", 180_000)));
    join(harness.player().play(track("b", 180_000)));
    await().atMost(IO_TIMEOUT).until(() -> order.contains("after b"));

    assertThat(order.stream().filter(call -> !call.startsWith("end"))).containsExactly(
        "on a", "start a", "after a", "on b", "start b", "after b");
  }

  @Test
  void throwingListener_doesNotStopOtherListenersOrLaterEvents() throws Exception {
    ThrowingListener throwing = new ThrowingListener();
    Logger busLog = (Logger) LoggerFactory.getLogger(EventBus.class);
    busLog.setAdditive(false);
    try {
      harness.lavalink.register(throwing);
      harness.lavalink.register(listener);
      harness.joinVoice();

      join(harness.player().play(track("a", 180_000)));
      join(harness.player().play(track("b", 180_000)));

      awaitCall(listener, "start b");
    } finally {
      busLog.setAdditive(true);
    }
    assertThat(throwing.calls).isEqualTo(2);
  }

  @Test
  void unregister_stopsDelivery() throws Exception {
    RecordingListener later = new RecordingListener();
    Subscription subscription = harness.lavalink.register(later);
    harness.joinVoice();
    join(harness.player().play(track("a", 180_000)));
    awaitCall(later, "start a");

    assertThat(harness.lavalink.unregister(later)).isTrue();
    join(harness.player().play(track("b", 180_000)));
    awaitCall(listener, "start b");

    assertThat(later.calls).doesNotContain("start b");
    assertThat(harness.lavalink.unregister(later)).isFalse();
    subscription.unsubscribe();
  }

  @Test
  void explicitDispatcher_needsNoLookupByName() throws Exception {
    RecordingListener explicit = new RecordingListener();
    harness.lavalink.register(explicit, new RecordingListener_TonearmDispatcher());
    harness.joinVoice();

    join(harness.player().play(track("a", 180_000)));

    awaitCall(explicit, "start a");
  }

  @Test
  void listenerWithoutDispatcher_isRefusedWithTheSetUpInstructions() {
    Object plain = new Object();

    assertThatThrownBy(() -> harness.lavalink.register(plain))
        .isInstanceOf(DispatcherNotFoundException.class)
        .hasMessageContaining("<artifactId>tonearm-processor</artifactId>")
        .hasMessageContaining("annotationProcessor(\"dev.tonearm:tonearm-processor:");
    assertThatThrownBy(() -> Lavalink.builder(1).listener(plain))
        .isInstanceOf(DispatcherNotFoundException.class);
  }
}
