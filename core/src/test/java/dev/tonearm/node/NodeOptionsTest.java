package dev.tonearm.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeOptionsTest {

  @Test
  void toString_neverShowsThePassword() {
    NodeOptions options = NodeOptions.builder("main", URI.create("http://127.0.0.1:2333"), "hunter2").build();

    assertThat(options.toString()).doesNotContain("hunter2").contains("main");
  }

  @Test
  void builder_defaults_resumeForSixtySeconds() {
    NodeOptions options = NodeOptions.builder("main", URI.create("https://node.example"), "pw").build();

    assertThat(options.resuming()).isTrue();
    assertThat(options.resumeTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.region()).isNull();
  }

  @Test
  void builder_websocketScheme_isRejectedWithTheUri() {
    assertThatThrownBy(() -> NodeOptions.builder("main", URI.create("ws://127.0.0.1:2333"), "pw"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ws://127.0.0.1:2333");
  }

  @Test
  void region_isLowerCased() {
    assertThat(NodeOptions.builder("a", URI.create("http://h"), "p").region("EU").build().region())
        .isEqualTo("eu");
  }

  @Test
  void resumeTimeout_zero_isRejected() {
    assertThatThrownBy(() -> NodeOptions.builder("a", URI.create("http://h"), "p").resumeTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive whole number of seconds");
  }
}
