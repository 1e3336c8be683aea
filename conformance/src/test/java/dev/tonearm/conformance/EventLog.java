package dev.tonearm.conformance;

import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.TonearmEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Every event a client delivered, in delivery order. Registered with the client's builder, so it
 * sees the node's first {@code ready} and {@code stats} too.
 */
final class EventLog {
  /** Hands each event to the log; what the annotation processor would generate for a listener. */
  static final EventDispatcher<EventLog> DISPATCHER = (log, event) -> log.events.add(event);

  private final List<TonearmEvent> events = new CopyOnWriteArrayList<>();

  /** Returns the events of a type delivered so far, oldest first. */
  <E extends TonearmEvent> List<E> all(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Returns the first event of a type that matches, if one was delivered. */
  <E extends TonearmEvent> Optional<E> first(Class<E> type, Predicate<? super E> matching) {
    return all(type).stream().filter(matching).findFirst();
  }

  /** Tells whether an event of a type that matches was delivered. */
  <E extends TonearmEvent> boolean has(Class<E> type, Predicate<? super E> matching) {
    return first(type, matching).isPresent();
  }

  /** Returns every event delivered so far, for failure messages. */
  List<TonearmEvent> snapshot() {
    return List.copyOf(events);
  }
}
