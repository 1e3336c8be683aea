package dev.tonearm.observe;

import java.util.Objects;

/**
 * One finished call to a node's REST API.
 *
 * @param node the node's name
 * @param method the HTTP method, such as {@code PATCH}
 * @param route the route template without query, with {@code {sessionId}} and {@code {guildId}}
 *     in place of the ids, such as {@code /v4/sessions/{sessionId}/players/{guildId}}
 * @param status the HTTP status, or 0 when no answer came
 * @param outcome how the call ended
 * @param nanos how long the call took, from sending to the answer or failure, in nanoseconds
 */
public record RestCall(String node, String method, String route, int status, Outcome outcome,
    long nanos) {

  /**
   * Creates the record.
   *
   * @param node the node's name
   * @param method the HTTP method
   * @param route the route template
   * @param status the HTTP status, or 0 when no answer came
   * @param outcome how the call ended
   * @param nanos how long the call took in nanoseconds
   * @throws NullPointerException if a reference is null
   */
  public RestCall {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return the status class, such as {@code 2xx}, or {@code none} when no answer came} */
  public String statusClass() {
    return status == 0 ? "none" : (status / 100) + "xx";
  }

  /** How a REST call ended. */
  public enum Outcome {
    /** The node answered with a 2xx status. */
    SUCCESS,
    /** The node answered with an error status (4xx or 5xx). */
    ERROR,
    /** No answer came within the client's read or connect timeout. */
    TIMEOUT,
    /** The connection failed, or the call was cancelled, before an answer came. */
    FAILED
  }
}
