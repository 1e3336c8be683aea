package dev.tonearm.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.Subscription;
import dev.tonearm.event.EventKind;
import dev.tonearm.observe.TonearmObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObserversTest {
  private final Observers observers = new Observers();

  @Test
  void active_noObserver_isFalseUntilOneIsAddedAndAfterItIsRemoved() {
    assertThat(observers.active()).isFalse();

    Subscription subscription = observers.add(new TonearmObserver() {});
    assertThat(observers.active()).isTrue();

    subscription.unsubscribe();
    assertThat(observers.active()).isFalse();
  }

  @Test
  void stateSaved_observerThrows_theOthersStillHearIt() {
    List<Duration> heard = new ArrayList<>();
    observers.add(new TonearmObserver() {
      @Override
      public void stateSaved(Duration lag) {
        throw new IllegalStateException("an observer's bug");
      }
    });
    observers.add(new TonearmObserver() {
      @Override
      public void stateSaved(Duration lag) {
        heard.add(lag);
      }
    });

    observers.stateSaved(Duration.ofSeconds(2));

    assertThat(heard).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void frameReceivedAt_duringATimedFrame_isTheFrameTimeAndAfterItZero() {
    Observers.frameReceived(42);
    assertThat(Observers.frameReceivedAt()).isEqualTo(42);

    Observers.frameReceived(0);
    assertThat(Observers.frameReceivedAt()).isZero();
  }

  @Test
  void eventDelivered_unsubscribed_isNotHeard() {
    List<EventKind> heard = new ArrayList<>();
    Subscription subscription = observers.add(new TonearmObserver() {
      @Override
      public void eventDelivered(EventKind kind, long lagNanos) {
        heard.add(kind);
      }
    });
    observers.eventDelivered(EventKind.STATS, 1);

    subscription.unsubscribe();
    observers.eventDelivered(EventKind.STATS, 1);

    assertThat(heard).containsExactly(EventKind.STATS);
  }
}
