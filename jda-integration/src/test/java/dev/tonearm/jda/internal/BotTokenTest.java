package dev.tonearm.jda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BotTokenTest {

  private static String segment(String text) {
    return Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void userId_token_isTheDecodedFirstSegment() {
    assertThat(BotToken.userId(segment("1000000000000000001") + ".GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789"))
        .isEqualTo(1_000_000_000_000_000_001L);
  }

  @Test
  void userId_paddedSegment_isAccepted() {
    assertThat(BotToken.userId("MTAwMDAwMDAwMDAwMDAwMDAwMQ==.GhIjKl.signature"))
        .isEqualTo(1_000_000_000_000_000_001L);
  }

  @Test
  void userId_withBotPrefixAndSpaces_isAccepted() {
    assertThat(BotToken.userId("  Bot " + segment("817327181659111454") + ".GhIjKl.signature "))
        .isEqualTo(817327181659111454L);
  }

  @Test
  void userId_largestUnsignedId_isReadUnsigned() {
    assertThat(BotToken.userId(segment("18446744073709551615") + ".a.b")).isEqualTo(-1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "nodots", ".GhIjKl.signature", "!!!!.GhIjKl.signature",
      "A.GhIjKl.signature"})
  void userId_notAToken_throwsWithAClearMessage(String token) {
    assertThatThrownBy(() -> BotToken.userId(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a Discord bot token: ");
  }

  @Test
  void userId_segmentNotANumber_throws() {
    assertThatThrownBy(() -> BotToken.userId(segment("abc") + ".GhIjKl.secret-part"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not encode a numeric user id")
        .hasMessageNotContaining("secret-part");
  }

  @Test
  void userId_numberTooLarge_throws() {
    assertThatThrownBy(() -> BotToken.userId(segment("18446744073709551616") + ".a.b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void userId_zero_throws() {
    assertThatThrownBy(() -> BotToken.userId(segment("0") + ".a.b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user id 0");
  }

  @Test
  void userId_null_throwsNullPointerException() {
    assertThatThrownBy(() -> BotToken.userId(null)).isInstanceOf(NullPointerException.class);
  }
}
