package dev.tonearm.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void guild_closed_removesBothKeys() {
    try (LogContext ignored = LogContext.guild(817327181659111454L, "main")) {
      assertThat(MDC.get(LogContext.GUILD)).isEqualTo("817327181659111454");
      assertThat(MDC.get(LogContext.NODE)).isEqualTo("main");
    }

    assertThat(MDC.get(LogContext.GUILD)).isNull();
    assertThat(MDC.get(LogContext.NODE)).isNull();
  }

  @Test
  void node_insideAGuildContext_keepsTheGuildAndRestoresTheOuterNode() {
    try (LogContext outer = LogContext.guild(42, "main")) {
      try (LogContext inner = LogContext.node("backup")) {
        assertThat(MDC.get(LogContext.NODE)).isEqualTo("backup");
        assertThat(MDC.get(LogContext.GUILD)).isEqualTo("42");
      }
      assertThat(MDC.get(LogContext.NODE)).isEqualTo("main");
    }
  }

  @Test
  void guild_withoutNode_keepsTheNodeSetFurtherOut() {
    try (LogContext outer = LogContext.node("main")) {
      try (LogContext inner = LogContext.guild(7)) {
        assertThat(MDC.get(LogContext.NODE)).isEqualTo("main");
        assertThat(MDC.get(LogContext.GUILD)).isEqualTo("7");
      }
      assertThat(MDC.get(LogContext.GUILD)).isNull();
    }
  }
}
