package dev.tonearm.internal.transport;

/**
 * A response as the REST client reads it.
 *
 * @param status the HTTP status code
 * @param reason the status line's reason phrase; empty where the stack gives none
 * @param body the body as text; empty if there was none
 */
public record HttpReply(int status, String reason, String body) {
  /** Whether the status is 2xx. */
  public boolean successful() {
    return status >= 200 && status < 300;
  }
}
