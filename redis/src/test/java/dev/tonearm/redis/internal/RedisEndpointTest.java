package dev.tonearm.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedisEndpointTest {

  @Test
  void parse_redissWithUserAndPassword_usesTlsAndCredentials() {
    RedisEndpoint endpoint = RedisEndpoint.parse(URI.create("rediss://bot:s%40cret@redis.example:6380/2"));

    assertThat(endpoint).isEqualTo(new RedisEndpoint("redis.example", 6380, true, "bot", "s@cret", 2));
  }

  @Test
  void parse_passwordAlone_isForTheDefaultUser() {
    assertThat(RedisEndpoint.parse(URI.create("redis://:secret@host")))
        .isEqualTo(new RedisEndpoint("host", 6379, false, null, "secret", 0));
    assertThat(RedisEndpoint.parse(URI.create("redis://secret@host/")).password()).isEqualTo("secret");
  }

  @Test
  void toString_withPassword_leavesTheCredentialsOut() {
    RedisEndpoint endpoint = RedisEndpoint.parse(URI.create("rediss://bot:hunter2@host:6380/1"));

    assertThat(endpoint.toString()).isEqualTo("rediss://host:6380/1").doesNotContain("hunter2");
  }

  @Test
  void parse_otherScheme_failsNamingIt() {
    assertThatThrownBy(() -> RedisEndpoint.parse(URI.create("http://host:6379")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
  }

  @Test
  void parse_pathThatIsNoDatabase_failsNamingIt() {
    assertThatThrownBy(() -> RedisEndpoint.parse(URI.create("redis://:pw@host/cache")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/cache")
        .hasMessageNotContaining("pw");
  }

  @Test
  void parse_noHost_failsSayingSo() {
    assertThatThrownBy(() -> RedisEndpoint.parse(URI.create("redis:///0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no host");
  }
}
