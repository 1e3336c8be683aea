package dev.tonearm.internal.transport;

/**
 * What a WebSocket tells its owner. Calls for one socket never overlap and come in the order the
 * frames were read; after {@link #onClosed} or {@link #onFailure} nothing more arrives, except
 * that a peer's close may be reported once when it arrives and once when the handshake ends.
 */
public interface SocketListener {
  /** A text frame, whole. */
  void onText(String text);

  /**
   * The peer closed the connection with a close frame.
   *
   * @param code the close code
   * @param reason the close reason, empty if none
   */
  void onClosed(int code, String reason);

  /**
   * The connection failed or could not be opened.
   *
   * @param failure what went wrong
   * @param handshakeStatus the HTTP status the handshake was answered with, or -1 if the
   *     failure was not an answered handshake
   */
  void onFailure(Throwable failure, int handshakeStatus);
}
