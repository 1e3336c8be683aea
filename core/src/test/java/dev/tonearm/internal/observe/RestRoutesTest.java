package dev.tonearm.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestRoutesTest {

  @Test
  void template_playerPathWithQuery_replacesTheIdsAndDropsTheQuery() {
    assertThat(RestRoutes.template("/v4/sessions/abc123/players/817327181659111454?noReplace=true"))
        .isEqualTo("/v4/sessions/{sessionId}/players/{guildId}");
  }

  @Test
  void template_sessionPaths_replaceTheSessionId() {
    assertThat(RestRoutes.template("/v4/sessions/abc123")).isEqualTo("/v4/sessions/{sessionId}");
    assertThat(RestRoutes.template("/v4/sessions/abc123/players"))
        .isEqualTo("/v4/sessions/{sessionId}/players");
  }

  @Test
  void template_pathsWithoutIds_stayAsTheyAreWithoutTheQuery() {
    assertThat(RestRoutes.template("/v4/loadtracks?identifier=ytsearch%3Aguild%20123"))
        .isEqualTo("/v4/loadtracks");
    assertThat(RestRoutes.template("/version")).isEqualTo("/version");
    assertThat(RestRoutes.template("/v4/routeplanner/free/all")).isEqualTo("/v4/routeplanner/free/all");
  }
}
