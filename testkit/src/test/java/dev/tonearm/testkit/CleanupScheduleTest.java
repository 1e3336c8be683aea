package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CleanupScheduleTest {
  private static final long START = 5_000_000_000L;

  private static long at(long seconds) {
    return START + Duration.ofSeconds(seconds).toNanos();
  }

  @Test
  void delay_readBetweenChecks_firstCheckAMinuteOrMoreLater() {
    assertThat(CleanupSchedule.delay(START, at(3), at(3))).isEqualTo(Duration.ofSeconds(67));
    assertThat(CleanupSchedule.delay(START, at(3), at(50))).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void delay_readOnACheck_exactlyAMinuteLater() {
    assertThat(CleanupSchedule.delay(START, at(30), at(30))).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void delay_checkAlreadyPassed_now() {
    assertThat(CleanupSchedule.delay(START, at(0), at(75))).isZero();
  }
}
