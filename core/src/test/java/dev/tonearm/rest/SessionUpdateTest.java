package dev.tonearm.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.internal.protocol.ProtocolEncoder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionUpdateTest {

  @Test
  void enableResuming_sendsTimeoutInSeconds() {
    assertThat(ProtocolEncoder.sessionUpdate(SessionUpdate.enableResuming(Duration.ofMinutes(2))))
        .isEqualTo("{\"resuming\":true,\"timeout\":120}");
  }

  @Test
  void readOnly_sendsEmptyObject() {
    assertThat(ProtocolEncoder.sessionUpdate(SessionUpdate.readOnly())).isEqualTo("{}");
  }

  @Test
  void disableResuming_sendsOnlyResuming() {
    assertThat(ProtocolEncoder.sessionUpdate(SessionUpdate.disableResuming())).isEqualTo("{\"resuming\":false}");
  }

  @Test
  void new_fractionalSeconds_isRejected() {
    assertThatThrownBy(() -> SessionUpdate.enableResuming(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of seconds");
  }
}
