package dev.tonearm.internal.rest;

import static dev.tonearm.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.rest.LavalinkRestException;
import org.junit.jupiter.api.Test;

class HttpLavalinkRestErrorTest {

  @Test
  void error_docsExample_givesEveryField() {
    LavalinkRestException e = HttpLavalinkRest.error(404, "", "/ignored",
        read("protocol-examples/rest-error.json"));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.error()).isEqualTo("Not Found");
    assertThat(e.serverMessage()).isEqualTo("Session not found");
    assertThat(e.path()).isEqualTo("/v4/sessions/xtaug914v9k5032f/players/817327181659111454");
    assertThat(e.trace()).isEqualTo("...");
    assertThat(e.isSessionNotFound()).isTrue();
    assertThat(e.isPlayerNotFound()).isFalse();
    assertThat(e).hasMessage("404 Not Found for /v4/sessions/xtaug914v9k5032f/players/817327181659111454: Session not found");
  }

  @Test
  void error_emptyBody_usesTheStatusReason() {
    LavalinkRestException e = HttpLavalinkRest.error(401, "", "/v4/info", "");

    assertThat(e.error()).isEqualTo("Unauthorized");
    assertThat(e.serverMessage()).isNull();
    assertThat(e.isAuthenticationFailure()).isTrue();
    assertThat(e).hasMessage("401 Unauthorized for /v4/info");
  }

  @Test
  void error_htmlBody_keepsAnAbbreviatedBodyAsMessage() {
    LavalinkRestException e = HttpLavalinkRest.error(502, "Bad Gateway", "/v4/stats",
        "<html>\n  <body>upstream down</body>\n</html>");

    assertThat(e.error()).isEqualTo("Bad Gateway");
    assertThat(e.serverMessage()).isEqualTo("<html> <body>upstream down</body> </html>");
  }

  @Test
  void error_playerNotFound_isDistinguishedFromSessionNotFound() {
    LavalinkRestException e = HttpLavalinkRest.error(404, "", "/p",
        "{\"timestamp\":1,\"status\":404,\"error\":\"Not Found\",\"message\":\"Player not found\",\"path\":\"/p\"}");

    assertThat(e.isPlayerNotFound()).isTrue();
    assertThat(e.isSessionNotFound()).isFalse();
  }
}
