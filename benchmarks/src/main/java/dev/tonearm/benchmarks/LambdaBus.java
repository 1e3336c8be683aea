package dev.tonearm.benchmarks;

import dev.tonearm.event.TonearmEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The common hand-rolled event bus: handlers in a {@code Map<Class, List<Consumer>>}. */
public final class LambdaBus {
  private final Map<Class<?>, List<Consumer<TonearmEvent>>> handlers = new HashMap<>();

  /** Creates an empty bus. */
  public LambdaBus() {}

  /**
   * Adds a handler for events of exactly this class.
   *
   * @param type the event record
   * @param handler the handler
   * @param <E> the event type
   */
  public <E extends TonearmEvent> void on(Class<E> type, Consumer<? super E> handler) {
    handlers.computeIfAbsent(type, key -> new ArrayList<>()).add(event -> handler.accept(type.cast(event)));
  }

  /**
   * Calls the handlers of the event's class.
   *
   * @param event the event
   */
  public void publish(TonearmEvent event) {
    List<Consumer<TonearmEvent>> found = handlers.get(event.getClass());
    if (found != null) {
      for (Consumer<TonearmEvent> handler : found) {
        handler.accept(event);
      }
    }
  }
}
