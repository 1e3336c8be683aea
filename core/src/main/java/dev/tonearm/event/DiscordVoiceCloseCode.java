package dev.tonearm.event;

/**
 * The close codes of Discord's voice gateway, which Lavalink passes on in
 * {@link WebSocketClosedEvent}.
 */
public enum DiscordVoiceCloseCode {
  /** A code Discord does not document, or a normal WebSocket code. */
  UNKNOWN(-1, "unknown close code"),
  /** 4001: Unknown opcode. */
  UNKNOWN_OPCODE(4001, "unknown opcode"),
  /** 4002: Failed to decode payload. */
  DECODE_ERROR(4002, "failed to decode payload"),
  /** 4003: Not authenticated. */
  NOT_AUTHENTICATED(4003, "not authenticated"),
  /** 4004: Authentication failed. */
  AUTHENTICATION_FAILED(4004, "authentication failed"),
  /** 4005: Already authenticated. */
  ALREADY_AUTHENTICATED(4005, "already authenticated"),
  /** 4006: Session no longer valid. */
  SESSION_NO_LONGER_VALID(4006, "session no longer valid"),
  /** 4009: Session timed out. */
  SESSION_TIMEOUT(4009, "session timed out"),
  /** 4011: Voice server not found. */
  SERVER_NOT_FOUND(4011, "voice server not found"),
  /** 4012: Unknown protocol. */
  UNKNOWN_PROTOCOL(4012, "unknown protocol"),
  /** Channel deleted, kicked, moved, or the main gateway session dropped. */
  DISCONNECTED(4014, "disconnected: channel deleted, kicked, moved, or gateway session dropped"),
  /** 4015: Voice server crashed. */
  VOICE_SERVER_CRASHED(4015, "voice server crashed"),
  /** 4016: Unknown encryption mode. */
  UNKNOWN_ENCRYPTION_MODE(4016, "unknown encryption mode"),
  /** Discord requires end-to-end encryption (DAVE); the node is older than Lavalink 4.2. */
  E2EE_REQUIRED(4017, "end-to-end encryption (DAVE) required"),
  /** 4020: Bad request. */
  BAD_REQUEST(4020, "bad request"),
  /** 4021: Rate limited. */
  RATE_LIMITED(4021, "rate limited"),
  /** 4022: Call terminated. */
  CALL_TERMINATED(4022, "call terminated");

  private final int code;
  private final String description;

  DiscordVoiceCloseCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Finds the constant for a raw code.
   *
   * @param code the close code
   * @return the matching constant, or {@link #UNKNOWN}
   */
  public static DiscordVoiceCloseCode of(int code) {
    for (DiscordVoiceCloseCode value : values()) {
      if (value.code == code) {
        return value;
      }
    }
    return UNKNOWN;
  }

  /** {@return the numeric code, or -1 for {@link #UNKNOWN}} */
  public int code() {
    return code;
  }

  /** {@return what the code means, in a few words} */
  public String description() {
    return description;
  }
}
