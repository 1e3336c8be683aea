package dev.tonearm.node;

/**
 * A node refused the WebSocket handshake because the password or the bot's user id was not
 * accepted. The node stops retrying until {@link Node#reconnect()} is called.
 */
public final class NodeAuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the refused handshake. */
  private final int status;

  /**
   * Creates the exception.
   *
   * @param nodeName the node's name
   * @param status the handshake's HTTP status, 401, 403 or 400
   */
  public NodeAuthenticationException(String nodeName, int status) {
    super(message(nodeName, status));
    this.status = status;
  }

  private static String message(String nodeName, int status) {
    return status == 400
        ? "Node '" + nodeName + "' refused the connection (HTTP 400): the User-Id header must be"
            + " the bot's non-zero user id"
        : "Node '" + nodeName + "' refused the password (HTTP " + status + "): check the password"
            + " configured for this node against lavalink.server.password";
  }

  /** {@return the handshake's HTTP status} */
  public int status() {
    return status;
  }
}
