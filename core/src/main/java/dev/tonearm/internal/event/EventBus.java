package dev.tonearm.internal.event;

import dev.tonearm.Subscription;
import dev.tonearm.event.TonearmEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners on the event executor, one event at a time in publishing order.
 * A listener that throws is logged with the event; the other listeners and later events are not
 * affected.
 */
public final class EventBus {
  private static final Logger log = LoggerFactory.getLogger(EventBus.class);

  private final Executor executor;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /**
   * Creates the bus.
   *
   * @param executor where listeners run; wrapped so events never overtake each other
   */
  public EventBus(Executor executor) {
    this.executor = new SerialExecutor(executor);
  }

  /**
   * Calls {@code handler} with every event of the given type, subtypes included.
   *
   * @return a subscription that removes the handler
   */
  public <E extends TonearmEvent> Subscription on(Class<E> type, Consumer<? super E> handler) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handler, "handler");
    Listener listener = new Listener(handler, event -> {
      if (type.isInstance(event)) {
        handler.accept(type.cast(event));
      }
    });
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Calls {@code dispatcher} with every event; for dispatchers that sort events themselves.
   *
   * @param owner the object the dispatcher serves, used in logs and to unregister
   * @return a subscription that removes the dispatcher
   */
  public Subscription onEvery(Object owner, Consumer<TonearmEvent> dispatcher) {
    Listener listener = new Listener(owner, dispatcher);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Hands the event to the executor; returns at once. */
  public void publish(TonearmEvent event) {
    if (listeners.isEmpty()) {
      return;
    }
    try {
      executor.execute(() -> deliver(event));
    } catch (RejectedExecutionException shutDown) {
      log.debug("Dropped {}: the event executor is shut down", event);
    }
  }

  private void deliver(TonearmEvent event) {
    for (Listener listener : listeners) {
      try {
        listener.dispatcher.accept(event);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable e) {
        log.error("Listener {} failed on {}", listener.owner, event, e);
      }
    }
  }

  private record Listener(Object owner, Consumer<TonearmEvent> dispatcher) {}
}
