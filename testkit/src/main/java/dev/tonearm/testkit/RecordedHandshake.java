package dev.tonearm.testkit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket handshake a {@link FakeLavalink} received, accepted or not.
 *
 * @param headers the request headers as sent, in order, keyed by the name as the client spelled it
 * @param authorization the {@code Authorization} header, or null if missing
 * @param userId the {@code User-Id} header, or null if missing
 * @param clientName the {@code Client-Name} header, or null if missing
 * @param sessionId the {@code Session-Id} header (the session to resume), or null if missing
 * @param status 101 if the upgrade was accepted, otherwise the status of the rejection
 * @param resumed whether the handshake resumed a paused session ({@code Session-Resumed: true})
 */
public record RecordedHandshake(Map<String, List<String>> headers, @Nullable String authorization,
    @Nullable String userId, @Nullable String clientName, @Nullable String sessionId, int status,
    boolean resumed) {

  /**
   * Copies the headers, keeping their order.
   *
   * @param headers the request headers as sent, in order, keyed by the name as the client spelled
   *     it
   * @param authorization the {@code Authorization} header, or null if missing
   * @param userId the {@code User-Id} header, or null if missing
   * @param clientName the {@code Client-Name} header, or null if missing
   * @param sessionId the {@code Session-Id} header (the session to resume), or null if missing
   * @param status 101 if the upgrade was accepted, otherwise the status of the rejection
   * @param resumed whether the handshake resumed a paused session ({@code Session-Resumed: true})
   */
  public RecordedHandshake {
    headers = RecordedCall.copy(headers);
  }

  /**
   * Tells whether the connection was upgraded to a WebSocket.
   *
   * @return true if the status is 101
   */
  public boolean accepted() {
    return status == 101;
  }

  /**
   * Returns the first value of a header, matching its name case-insensitively.
   *
   * @param name the header name
   * @return the value, or null if the request had no such header
   */
  public @Nullable String header(String name) {
    return RecordedCall.first(headers, name, true);
  }
}
