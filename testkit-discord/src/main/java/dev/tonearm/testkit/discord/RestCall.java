package dev.tonearm.testkit.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One REST request the bot made, in arrival order.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path below the API's base, e.g. {@code /interactions/123/abc/callback}
 * @param query the query parameters, in order; a parameter given twice keeps its last value
 * @param body the request body as UTF-8 text; empty if there was none
 * @param status the status the fake answered
 */
public record RestCall(String method, String path, Map<String, String> query, String body,
    int status) {

  /**
   * Copies the query.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the path below the API's base, e.g. {@code /interactions/123/abc/callback}
   * @param query the query parameters, in order; a parameter given twice keeps its last value
   * @param body the request body as UTF-8 text; empty if there was none
   * @param status the status the fake answered
   * @throws NullPointerException if an argument is null
   */
  public RestCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    Objects.requireNonNull(body, "body");
  }

  /**
   * Tells whether this is a call to a route.
   *
   * @param method the HTTP method
   * @param path the path below the API's base
   * @return true if both match exactly
   */
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }
}
