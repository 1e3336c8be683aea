package dev.tonearm.internal.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void next_withLowestRandom_doublesFromHalfASecondToFifteen() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);

    assertThat(java.util.stream.Stream.generate(backoff::next).limit(8).map(Duration::toMillis))
        .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 15000L, 15000L, 15000L);
  }

  @Test
  void next_withHighestRandom_staysAtOrBelowTheCap() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999999);

    for (int i = 0; i < 20; i++) {
      assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }
    assertThat(backoff.next()).isGreaterThan(Duration.ofSeconds(29));
  }

  @Test
  void reset_startsOverAtTheFirstDelay() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);
    backoff.next();
    backoff.next();
    backoff.next();

    backoff.reset();

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void new_maxBelowInitial_isRejected() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), () -> 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial=PT5S");
  }
}
