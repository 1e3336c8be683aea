package dev.tonearm.testkit.discord;

import java.util.Objects;

/**
 * One dispatch (gateway opcode 0) the fake Discord sent or queued for a session, in order.
 * Dispatches queued while the session had no connection are sent when it resumes.
 *
 * @param shardId the shard of the session
 * @param sessionId the session
 * @param seq the sequence number
 * @param type the event name, e.g. {@code VOICE_STATE_UPDATE}
 * @param payload the event's {@code d} as JSON text
 */
public record Dispatch(int shardId, String sessionId, long seq, String type, String payload) {
  /**
   * Checks the fields.
   *
   * @param shardId the shard of the session
   * @param sessionId the session
   * @param seq the sequence number
   * @param type the event name, e.g. {@code VOICE_STATE_UPDATE}
   * @param payload the event's {@code d} as JSON text
   * @throws NullPointerException if a text field is null
   */
  public Dispatch {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
  }
}
