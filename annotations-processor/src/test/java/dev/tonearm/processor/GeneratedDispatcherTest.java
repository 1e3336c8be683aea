package dev.tonearm.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.internal.event.ListenerRegistry;
import dev.tonearm.node.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Compiles listeners with the processor, compares the generated dispatchers with the expected
 * sources under {@code src/test/resources/expected}, and runs them.
 */
class GeneratedDispatcherTest {
  private static final Node US = SampleEvents.node("us-1");
  private static final Node EU = SampleEvents.node("eu-1");

  private static final String MUSIC_LISTENER = """
      package com.example;

      import dev.tonearm.annotation.OnExtraEvent;
      import dev.tonearm.annotation.OnStatsUpdate;
      import dev.tonearm.annotation.OnTrackEnd;
      import dev.tonearm.annotation.OnTrackStart;
      import dev.tonearm.event.ExtraEvent;
      import dev.tonearm.event.StatsEvent;
      import dev.tonearm.event.TonearmEvent;
      import dev.tonearm.event.TrackEndEvent;
      import dev.tonearm.event.TrackEndReason;
      import dev.tonearm.event.TrackEvent;
      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public class MusicListener {
        private final List<String> calls;

        public MusicListener(List<String> calls) {
          this.calls = calls;
        }

        @OnTrackStart
        void started(TrackStartEvent event) {
          calls.add("started");
        }

        @OnTrackEnd(reasons = {TrackEndReason.FINISHED, TrackEndReason.LOAD_FAILED})
        void advance(TrackEndEvent event) {
          calls.add("advance " + event.reason());
        }

        @OnTrackEnd(node = "eu-1")
        public void endedInEurope(TrackEvent event) {
          calls.add("endedInEurope");
        }

        @OnExtraEvent(type = "SegmentSkipped")
        protected void skipped(ExtraEvent event) {
          calls.add("skipped " + event.type());
        }

        @OnStatsUpdate
        void stats(TonearmEvent event) {
          calls.add("stats");
        }

        // Not a handler; the dispatcher must still call stats(TonearmEvent) for a StatsEvent.
        void stats(StatsEvent event) {
          calls.add("wrong overload");
        }
      }
      """;

  private static final String ALL_EVENTS = """
      package com.example;

      import dev.tonearm.annotation.*;
      import dev.tonearm.event.*;
      import java.util.List;

      public final class AllEvents {
        private final List<String> calls;

        public AllEvents(List<String> calls) {
          this.calls = calls;
        }

        @OnNodeReady void nodeReady(NodeReadyEvent e) { calls.add("NODE_READY"); }
        @OnNodeDisconnected void nodeDisconnected(NodeDisconnectedEvent e) { calls.add("NODE_DISCONNECTED"); }
        @OnTrackStart void trackStart(TrackStartEvent e) { calls.add("TRACK_START"); }
        @OnTrackEnd void trackEnd(TrackEndEvent e) { calls.add("TRACK_END"); }
        @OnTrackException void trackException(TrackExceptionEvent e) { calls.add("TRACK_EXCEPTION"); }
        @OnTrackStuck void trackStuck(TrackStuckEvent e) { calls.add("TRACK_STUCK"); }
        @OnWebSocketClosed void webSocketClosed(WebSocketClosedEvent e) { calls.add("WEBSOCKET_CLOSED"); }
        @OnPlayerUpdate void playerUpdate(PlayerUpdateEvent e) { calls.add("PLAYER_UPDATE"); }
        @OnStatsUpdate void stats(StatsEvent e) { calls.add("STATS"); }
        @OnExtraEvent void extra(ExtraEvent e) { calls.add("EXTRA"); }
        @OnPlayerDisconnect void playerDisconnect(PlayerDisconnectEvent e) { calls.add("PLAYER_DISCONNECT"); }
        @OnQueueEnd void queueEnd(QueueEndEvent e) { calls.add("QUEUE_END"); }
        @OnInactivePlayer void inactivePlayer(InactivePlayerEvent e) { calls.add("INACTIVE_PLAYER"); }
        @OnPlayerMoved void playerMoved(PlayerMovedEvent e) { calls.add("PLAYER_MOVED"); }
        @OnPluginEvent void plugin(PluginEvent e) { calls.add("PLUGIN"); }
      }
      """;

  private static final String BASE_LISTENER = """
      package com.example;

      import dev.tonearm.annotation.OnQueueEnd;
      import dev.tonearm.annotation.OnTrackEnd;
      import dev.tonearm.annotation.OnTrackStart;
      import dev.tonearm.event.QueueEndEvent;
      import dev.tonearm.event.TrackEndEvent;
      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public abstract class BaseListener {
        protected final List<String> calls;

        protected BaseListener(List<String> calls) {
          this.calls = calls;
        }

        @OnTrackStart
        void started(TrackStartEvent event) {
          calls.add("base started");
        }

        @OnTrackEnd
        void ended(TrackEndEvent event) {
          calls.add("base ended");
        }

        @OnQueueEnd
        void queueEnded(QueueEndEvent event) {
          calls.add("base queueEnded");
        }
      }
      """;

  private static final String SUB_LISTENER = """
      package com.example;

      import dev.tonearm.annotation.OnTrackEnd;
      import dev.tonearm.annotation.OnTrackStart;
      import dev.tonearm.event.TrackEndEvent;
      import dev.tonearm.event.TrackEvent;
      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public class SubListener extends BaseListener {
        public SubListener(List<String> calls) {
          super(calls);
        }

        @OnTrackStart
        void alsoStarted(TrackEvent event) {
          calls.add("sub alsoStarted");
        }

        @Override
        void started(TrackStartEvent event) {
          calls.add("sub started");
        }

        @OnTrackEnd
        @Override
        void ended(TrackEndEvent event) {
          calls.add("sub ended");
        }
      }
      """;

  private static final String PLAIN_SUB_LISTENER = """
      package com.example;

      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public class PlainSubListener extends BaseListener {
        public PlainSubListener(List<String> calls) {
          super(calls);
        }

        @Override
        void started(TrackStartEvent event) {
          calls.add("plain started");
        }
      }
      """;

  private static final String GENERIC_LISTENER = """
      package com.example.generic;

      import dev.tonearm.annotation.OnTrackEnd;
      import dev.tonearm.annotation.OnTrackStart;
      import dev.tonearm.event.TrackEndEvent;
      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public class GenericListener<T extends Comparable<T>> {
        final List<String> calls;

        public GenericListener(List<String> calls) {
          this.calls = calls;
        }

        T identity(T value) {
          return value;
        }

        @OnTrackStart
        void started(TrackStartEvent event) {
          calls.add("generic started");
        }

        public class Inner {
          @OnTrackEnd
          void ended(TrackEndEvent event) {
            calls.add("inner ended");
          }
        }
      }
      """;

  private static final String THROWING_LISTENER = """
      package com.example;

      import dev.tonearm.annotation.OnTrackStart;
      import dev.tonearm.event.TrackStartEvent;
      import java.util.List;

      public class ThrowingListener {
        private final List<String> calls;

        public ThrowingListener(List<String> calls) {
          this.calls = calls;
        }

        @OnTrackStart
        void first(TrackStartEvent event) {
          calls.add("first");
          throw new IllegalStateException("first failed");
        }

        @OnTrackStart
        void second(TrackStartEvent event) {
          calls.add("second");
        }

        @OnTrackStart
        void third(TrackStartEvent event) {
          calls.add("third");
          throw new IllegalArgumentException("third failed");
        }
      }
      """;

  @Test
  void musicListener_filtersAndSupertypeParameters_generateExpectedSource() {
    Compilation compilation = Compiles.withProcessor(
        Compiles.source("com.example.MusicListener", MUSIC_LISTENER));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compiles.generatedSource(compilation, "com.example.MusicListener_TonearmDispatcher"))
        .isEqualTo(Compiles.resource("expected/com/example/MusicListener_TonearmDispatcher.java"));
  }

  @Test
  void musicListener_oneEventOfEachKind_reachesOnlyTheMethodsAnnotatedForIt() throws Exception {
    Loaded music = load(Compiles.withProcessor(
        Compiles.source("com.example.MusicListener", MUSIC_LISTENER)), "com.example.MusicListener");

    Map<EventKind, List<String>> calls = music.callsPerKind(SampleEvents.oneOfEach(US));

    Map<EventKind, List<String>> expected = emptyPerKind();
    expected.put(EventKind.TRACK_START, List.of("started"));
    expected.put(EventKind.TRACK_END, List.of("advance FINISHED"));
    expected.put(EventKind.STATS, List.of("stats"));
    expected.put(EventKind.EXTRA, List.of("skipped SegmentSkipped"));
    assertThat(calls).isEqualTo(expected);
  }

  @Test
  void musicListener_reasonNodeAndTypeFilters_areRespected() throws Exception {
    Loaded music = load(Compiles.withProcessor(
        Compiles.source("com.example.MusicListener", MUSIC_LISTENER)), "com.example.MusicListener");

    assertThat(music.callsFor(SampleEvents.trackEnd(US, TrackEndReason.STOPPED))).isEmpty();
    assertThat(music.callsFor(SampleEvents.trackEnd(US, TrackEndReason.LOAD_FAILED)))
        .containsExactly("advance LOAD_FAILED");
    assertThat(music.callsFor(SampleEvents.trackEnd(EU, TrackEndReason.REPLACED)))
        .containsExactly("endedInEurope");
    assertThat(music.callsFor(SampleEvents.trackEnd(EU, TrackEndReason.FINISHED)))
        .containsExactly("advance FINISHED", "endedInEurope");
    assertThat(music.callsFor(SampleEvents.extra(US, "ChaptersLoaded"))).isEmpty();
    assertThat(music.callsFor(SampleEvents.extra(US, "segmentskipped"))).isEmpty();
  }

  @Test
  void allEvents_oneHandlerPerAnnotation_eachKindReachesExactlyItsHandler() throws Exception {
    Compilation compilation = Compiles.withProcessor(Compiles.source("com.example.AllEvents", ALL_EVENTS));
    assertThat(compilation).succeededWithoutWarnings();
    Loaded all = load(compilation, "com.example.AllEvents");

    Map<EventKind, List<String>> calls = all.callsPerKind(SampleEvents.oneOfEach(US));

    Map<EventKind, List<String>> expected = emptyPerKind();
    for (EventKind kind : EventKind.values()) {
      expected.put(kind, List.of(kind.name()));
    }
    assertThat(calls).isEqualTo(expected);
  }

  @Test
  void subListener_inheritedAndOverriddenHandlers_generateExpectedSource() {
    Compilation compilation = Compiles.withProcessor(
        Compiles.source("com.example.BaseListener", BASE_LISTENER),
        Compiles.source("com.example.SubListener", SUB_LISTENER));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compiles.generatedSource(compilation, "com.example.SubListener_TonearmDispatcher"))
        .isEqualTo(Compiles.resource("expected/com/example/SubListener_TonearmDispatcher.java"));
    assertThat(Compiles.generatedSource(compilation, "com.example.BaseListener_TonearmDispatcher"))
        .contains("implements EventDispatcher<BaseListener>");
  }

  @Test
  void subListener_overriddenHandlers_areCalledOnceAndInheritedOnesToo() throws Exception {
    Loaded sub = load(Compiles.withProcessor(
        Compiles.source("com.example.BaseListener", BASE_LISTENER),
        Compiles.source("com.example.SubListener", SUB_LISTENER)), "com.example.SubListener");

    Map<EventKind, List<String>> calls = sub.callsPerKind(SampleEvents.oneOfEach(US));

    Map<EventKind, List<String>> expected = emptyPerKind();
    expected.put(EventKind.TRACK_START, List.of("sub alsoStarted", "sub started"));
    expected.put(EventKind.TRACK_END, List.of("sub ended"));
    expected.put(EventKind.QUEUE_END, List.of("base queueEnded"));
    assertThat(calls).isEqualTo(expected);
  }

  @Test
  void plainSubListener_withoutHandlersOfItsOwn_usesItsSuperclassDispatcher() throws Exception {
    Compilation compilation = Compiles.withProcessor(
        Compiles.source("com.example.BaseListener", BASE_LISTENER),
        Compiles.source("com.example.PlainSubListener", PLAIN_SUB_LISTENER));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(1);

    Loaded plain = load(compilation, "com.example.PlainSubListener");

    assertThat(plain.dispatcher.getClass().getName()).isEqualTo("com.example.BaseListener_TonearmDispatcher");
    Map<EventKind, List<String>> calls = plain.callsPerKind(SampleEvents.oneOfEach(US));
    Map<EventKind, List<String>> expected = emptyPerKind();
    expected.put(EventKind.TRACK_START, List.of("plain started"));
    expected.put(EventKind.TRACK_END, List.of("base ended"));
    expected.put(EventKind.QUEUE_END, List.of("base queueEnded"));
    assertThat(calls).isEqualTo(expected);
  }

  @Test
  void genericListener_andItsInnerClass_areDispatchedThroughWildcardTypes() throws Exception {
    Compilation compilation = Compiles.withProcessor(
        Compiles.source("com.example.generic.GenericListener", GENERIC_LISTENER));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compiles.generatedSource(compilation, "com.example.generic.GenericListener_TonearmDispatcher"))
        .isEqualTo(Compiles.resource("expected/com/example/generic/GenericListener_TonearmDispatcher.java"));
    assertThat(Compiles.generatedSource(compilation,
        "com.example.generic.GenericListener_Inner_TonearmDispatcher"))
        .isEqualTo(Compiles.resource("expected/com/example/generic/GenericListener_Inner_TonearmDispatcher.java"));

    ClassLoader loader = Compiles.classLoader(compilation);
    List<String> calls = new CopyOnWriteArrayList<>();
    Class<?> outerType = loader.loadClass("com.example.generic.GenericListener");
    Object outer = outerType.getConstructor(List.class).newInstance(calls);
    Object inner = loader.loadClass("com.example.generic.GenericListener$Inner")
        .getConstructor(outerType).newInstance(outer);
    for (TonearmEvent event : SampleEvents.oneOfEach(US).values()) {
      ListenerRegistry.dispatcherFor(outer.getClass()).dispatch(outer, event);
      ListenerRegistry.dispatcherFor(inner.getClass()).dispatch(inner, event);
    }

    assertThat(calls).containsExactly("generic started", "inner ended");
  }

  @Test
  void throwingListener_failingHandlers_doNotStopTheOthersAndTheFirstFailureIsRethrown() throws Exception {
    Loaded throwing = load(Compiles.withProcessor(
        Compiles.source("com.example.ThrowingListener", THROWING_LISTENER)), "com.example.ThrowingListener");
    TonearmEvent start = SampleEvents.oneOfEach(US).get(EventKind.TRACK_START);

    assertThatThrownBy(() -> throwing.dispatcher.dispatch(throwing.listener, start))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("first failed")
        .satisfies(thrown -> assertThat(thrown.getSuppressed())
            .singleElement()
            .satisfies(suppressed -> assertThat(suppressed)
                .isInstanceOf(IllegalArgumentException.class).hasMessage("third failed")));
    assertThat(throwing.calls).containsExactly("first", "second", "third");
  }

  private static Map<EventKind, List<String>> emptyPerKind() {
    Map<EventKind, List<String>> empty = new java.util.EnumMap<>(EventKind.class);
    for (EventKind kind : EventKind.values()) {
      empty.put(kind, List.of());
    }
    return empty;
  }

  /** Loads a compiled listener with a {@code List<String>} constructor and finds its dispatcher. */
  private static Loaded load(Compilation compilation, String listenerClass) throws Exception {
    assertThat(compilation).succeeded();
    List<String> calls = new CopyOnWriteArrayList<>();
    Object listener = Compiles.classLoader(compilation).loadClass(listenerClass)
        .getConstructor(List.class).newInstance(calls);
    return new Loaded(listener, ListenerRegistry.dispatcherFor(listener.getClass()), calls);
  }

  private record Loaded(Object listener, EventDispatcher<Object> dispatcher, List<String> calls) {

    List<String> callsFor(TonearmEvent event) {
      calls.clear();
      dispatcher.dispatch(listener, event);
      return new ArrayList<>(calls);
    }

    Map<EventKind, List<String>> callsPerKind(Map<EventKind, TonearmEvent> events) {
      Map<EventKind, List<String>> perKind = new java.util.EnumMap<>(EventKind.class);
      events.forEach((kind, event) -> perKind.put(kind, callsFor(event)));
      return perKind;
    }
  }
}
