package dev.tonearm.internal.event;

import dev.tonearm.Subscription;
import dev.tonearm.event.PlayerEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.internal.observe.Observers;
import dev.tonearm.observe.TonearmObserver;
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

  private final SerialExecutor executor;
  private final Observers observers;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /**
   * Creates the bus.
   *
   * @param executor where listeners run; wrapped so events never overtake each other
   */
  public EventBus(Executor executor) {
    this(executor, new Observers());
  }

  /**
   * Creates the bus.
   *
   * @param executor where listeners run; wrapped so events never overtake each other
   * @param observers told about every delivery and every listener that failed
   */
  public EventBus(Executor executor, Observers observers) {
    this.executor = new SerialExecutor(executor);
    this.observers = Objects.requireNonNull(observers, "observers");
  }

  /** {@return the client's observers, for the parts that publish events} */
  public Observers observers() {
    return observers;
  }

  /** {@return how many published events wait for delivery} */
  public int backlog() {
    return executor.backlog();
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
    long received = observers.active() ? Observers.frameReceivedAt() : 0;
    try {
      // Only a timed frame's events capture its time: not a byte more for the others.
      executor.execute(received == 0 ? () -> deliver(event, TonearmObserver.UNTIMED)
          : () -> deliver(event, received));
    } catch (RejectedExecutionException shutDown) {
      log.debug("Dropped {}: the event executor is shut down", event);
    }
  }

  private void deliver(TonearmEvent event, long received) {
    if (observers.active()) {
      observers.eventDelivered(event.kind(),
          received == TonearmObserver.UNTIMED ? received : System.nanoTime() - received);
    }
    for (Listener listener : listeners) {
      try {
        listener.dispatcher.accept(event);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable e) {
        try (LogContext ignored = event instanceof PlayerEvent playerEvent
            ? LogContext.guild(playerEvent.guildId(), event.node().name())
            : LogContext.node(event.node().name())) {
          log.error("Listener {} failed on {}", listener.owner, event, e);
        }
        observers.listenerFailed(event.kind(), e);
      }
    }
  }

  private record Listener(Object owner, Consumer<TonearmEvent> dispatcher) {}
}
