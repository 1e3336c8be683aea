package dev.tonearm.testkit.discord;

import java.util.Objects;

/**
 * One WebSocket connection the bot opened to the gateway, in order.
 *
 * @param connection the connection's number, counting from 0
 * @param path the path it asked for: {@code /gateway}, or {@code /gateway/resume} when it
 *     followed READY's {@code resume_gateway_url}
 * @param query the query it sent, e.g. {@code encoding=json&v=10}
 */
public record GatewayHandshake(int connection, String path, String query) {
  /**
   * Checks the fields.
   *
   * @param connection the connection's number, counting from 0
   * @param path the path it asked for: {@code /gateway}, or {@code /gateway/resume} when it
   *     followed READY's {@code resume_gateway_url}
   * @param query the query it sent, e.g. {@code encoding=json&v=10}
   * @throws NullPointerException if a field is null
   */
  public GatewayHandshake {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
  }

  /**
   * Tells whether the bot connected to the resume URL that READY gave it.
   *
   * @return true if the path is the resume path
   */
  public boolean viaResumeUrl() {
    return path.equals("/gateway/resume");
  }
}
