package dev.tonearm.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One REST request a {@link FakeLavalink} received, in arrival order.
 *
 * @param method the HTTP method, e.g. {@code PATCH}
 * @param path the decoded path without the query, e.g. {@code /v4/sessions/abc/players/1}
 * @param query the decoded query parameters, in order; a parameter without {@code =} has an
 *     empty value
 * @param headers the request headers as sent, in order, keyed by the name as the client spelled it
 * @param body the request body as UTF-8 text; empty if there was none
 * @param status the status the node answered, or 0 while no answer was sent (a stalled call, or
 *     one still being handled)
 */
public record RecordedCall(String method, String path, Map<String, List<String>> query,
    Map<String, List<String>> headers, String body, int status) {

  /**
   * Copies the maps and lists, keeping their order.
   *
   * @param method the HTTP method, e.g. {@code PATCH}
   * @param path the decoded path without the query, e.g. {@code /v4/sessions/abc/players/1}
   * @param query the decoded query parameters, in order; a parameter without {@code =} has an
   *     empty value
   * @param headers the request headers as sent, in order, keyed by the name as the client spelled
   *     it
   * @param body the request body as UTF-8 text; empty if there was none
   * @param status the status the node answered, or 0 while no answer was sent (a stalled call, or
   *     one still being handled)
   * @throws NullPointerException if an argument is null
   */
  public RecordedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = copy(query);
    headers = copy(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * Returns the first value of a header, matching its name case-insensitively.
   *
   * @param name the header name
   * @return the value, or null if the request had no such header
   */
  public @Nullable String header(String name) {
    return first(headers, name, true);
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name the parameter name, matched exactly
   * @return the value, or null if the request had no such parameter
   */
  public @Nullable String queryParameter(String name) {
    return first(query, name, false);
  }

  static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  static @Nullable String first(Map<String, List<String>> map, String name, boolean ignoreCase) {
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      boolean matches = ignoreCase
          ? entry.getKey().equalsIgnoreCase(name)
          : entry.getKey().equals(name);
      if (matches && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }
}
