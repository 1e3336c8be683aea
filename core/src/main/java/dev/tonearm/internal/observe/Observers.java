package dev.tonearm.internal.observe;

import dev.tonearm.Subscription;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.MoveReason;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.observe.RestCall;
import dev.tonearm.observe.TonearmObserver;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's observers, called as one. With none installed every call returns after one read of
 * a volatile field, so callers on the frame path check {@link #active()} before they measure.
 */
public final class Observers implements TonearmObserver {
  private static final Logger log = LoggerFactory.getLogger(Observers.class);
  private static final TonearmObserver[] NONE = new TonearmObserver[0];
  private static final ThreadLocal<long[]> FRAME_RECEIVED = ThreadLocal.withInitial(() -> new long[1]);

  private volatile TonearmObserver[] observers = NONE;

  /**
   * Installs an observer.
   *
   * @return a subscription that removes it
   */
  public synchronized Subscription add(TonearmObserver observer) {
    Objects.requireNonNull(observer, "observer");
    TonearmObserver[] grown = Arrays.copyOf(observers, observers.length + 1);
    grown[observers.length] = observer;
    observers = grown;
    return () -> remove(observer);
  }

  private synchronized void remove(TonearmObserver observer) {
    List<TonearmObserver> kept = Arrays.stream(observers).filter(o -> o != observer).toList();
    observers = kept.toArray(NONE);
  }

  /** {@return whether any observer is installed} */
  public boolean active() {
    return observers.length > 0;
  }

  /**
   * Notes that the current thread is handling a frame read at {@code nanoTime}, so events it
   * publishes meanwhile measure their lag from then; 0 clears it.
   */
  public static void frameReceived(long nanoTime) {
    FRAME_RECEIVED.get()[0] = nanoTime;
  }

  /**
   * Returns when the timed frame the current thread is handling was read, or 0 if it handles
   * none: the start of an event's dispatch lag.
   */
  public static long frameReceivedAt() {
    return FRAME_RECEIVED.get()[0];
  }

  private void each(Consumer<TonearmObserver> call) {
    for (TonearmObserver observer : observers) {
      try {
        call.accept(observer);
      } catch (RuntimeException e) {
        log.warn("Observer {} failed", observer, e);
      }
    }
  }

  @Override
  public void nodeStateChanged(Node node, NodeState previous, NodeState next) {
    if (active()) {
      each(o -> o.nodeStateChanged(node, previous, next));
    }
  }

  @Override
  public void nodeReconnectScheduled(Node node, Duration delay) {
    if (active()) {
      each(o -> o.nodeReconnectScheduled(node, delay));
    }
  }

  @Override
  public void sessionResumed(Node node) {
    if (active()) {
      each(o -> o.sessionResumed(node));
    }
  }

  @Override
  public void sessionLost(Node node) {
    if (active()) {
      each(o -> o.sessionLost(node));
    }
  }

  @Override
  public void restCallCompleted(RestCall call) {
    if (active()) {
      each(o -> o.restCallCompleted(call));
    }
  }

  @Override
  public void eventDelivered(EventKind kind, long lagNanos) {
    // Once per event: a loop of its own, so that no lambda is allocated.
    for (TonearmObserver observer : observers) {
      try {
        observer.eventDelivered(kind, lagNanos);
      } catch (RuntimeException e) {
        log.warn("Observer {} failed", observer, e);
      }
    }
  }

  @Override
  public void listenerFailed(EventKind kind, Throwable failure) {
    if (active()) {
      each(o -> o.listenerFailed(kind, failure));
    }
  }

  @Override
  public void playerCreated(Node node) {
    if (active()) {
      each(o -> o.playerCreated(node));
    }
  }

  @Override
  public void playerDestroyed(Node node, DisconnectTrigger trigger) {
    if (active()) {
      each(o -> o.playerDestroyed(node, trigger));
    }
  }

  @Override
  public void playerMoved(Node from, Node to, MoveReason reason) {
    if (active()) {
      each(o -> o.playerMoved(from, to, reason));
    }
  }

  @Override
  public void voiceNotReady(Node node) {
    if (active()) {
      each(o -> o.voiceNotReady(node));
    }
  }

  @Override
  public void voiceClosed(Node node, int code) {
    if (active()) {
      each(o -> o.voiceClosed(node, code));
    }
  }

  @Override
  public void stateSaved(Duration lag) {
    if (active()) {
      each(o -> o.stateSaved(lag));
    }
  }

  @Override
  public void stateSaveFailed(Throwable failure) {
    if (active()) {
      each(o -> o.stateSaveFailed(failure));
    }
  }
}
