package dev.tonearm.testkit.discord.internal.rest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A REST call as the routes see it.
 *
 * @param method the HTTP method
 * @param segments the decoded path segments below the API base, e.g. {@code [users, @me]}
 * @param query the query parameters
 * @param authorization the {@code Authorization} header, or null
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body as UTF-8 text, empty if none
 */
public record RestRequest(String method, List<String> segments, Map<String, String> query,
    @Nullable String authorization, @Nullable String contentType, String body) {

  /** @return the path below the API base, e.g. {@code /users/@me} */
  public String path() {
    return "/" + String.join("/", segments);
  }
}
