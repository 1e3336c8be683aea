package dev.tonearm.internal.transport;

/** An open or opening WebSocket. */
public interface Socket {
  /**
   * Starts the close handshake.
   *
   * @param code the close code
   * @param reason the close reason
   */
  void close(int code, String reason);

  /** Drops the connection at once, without a close handshake. */
  void cancel();
}
