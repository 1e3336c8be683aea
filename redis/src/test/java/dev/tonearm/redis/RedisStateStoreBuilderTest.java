package dev.tonearm.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisStateStoreBuilderTest {
  private static final URI URI_ = URI.create("redis://127.0.0.1:6379");

  @Test
  void builder_ownerIdWithColon_failsNamingIt() {
    assertThatThrownBy(() -> RedisStateStore.builder(URI_, 1, "a:b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a:b'");
  }

  @Test
  void builder_zeroUserId_failsSayingSo() {
    assertThatThrownBy(() -> RedisStateStore.builder(URI_, 0, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user id");
  }

  @Test
  void retryBackoff_maxBelowInitial_failsNamingBoth() {
    RedisStateStore.Builder builder = RedisStateStore.builder(URI_, 1, "a");

    assertThatThrownBy(() -> builder.retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT1S")
        .hasMessageContaining("PT2S");
  }

  @Test
  void timeout_zero_failsNamingIt() {
    RedisStateStore.Builder builder = RedisStateStore.builder(URI_, 1, "a");

    assertThatThrownBy(() -> builder.timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }
}
