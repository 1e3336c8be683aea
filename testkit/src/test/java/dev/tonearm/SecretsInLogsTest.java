package dev.tonearm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class SecretsInLogsTest {
  private static final Logger log = LoggerFactory.getLogger(SecretsInLogsTest.class);

  @AfterEach
  void forgetTheLeaksThisTestMadeOnPurpose() {
    SecretsInLogs.clear();
  }

  @Test
  void append_passwordInMessage_isKept() {
    int before = SecretsInLogs.count();

    log.debug("sending Authorization youshallnotpass");

    assertThat(SecretsInLogs.since(before)).singleElement().asString()
        .contains("DEBUG").contains("youshallnotpass");
  }

  @Test
  void append_voiceTokenInACause_isKept() {
    int before = SecretsInLogs.count();

    log.warn("voice failed", new IllegalStateException("wrapped",
        new IOException("bad token voice-token")));

    assertThat(SecretsInLogs.since(before)).singleElement().asString().contains("voice-token");
  }

  @Test
  void append_secretInMdc_isKept() {
    int before = SecretsInLogs.count();

    MDC.put("leak", "token-817327181659111454");
    try {
      log.info("nothing secret here");
    } finally {
      MDC.remove("leak");
    }

    assertThat(SecretsInLogs.since(before)).hasSize(1);
  }

  @Test
  void append_ordinaryLine_isNotKept() {
    int before = SecretsInLogs.count();

    log.info("Node 'main' connected, session abc; voice token of guild 42 sent");

    assertThat(SecretsInLogs.since(before)).isEmpty();
  }
}
