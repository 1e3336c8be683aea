package dev.tonearm.player;

/** A player command could not run because its node had no session within the wait allowed. */
public final class NodeUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which node and for how long
   */
  public NodeUnavailableException(String message) {
    super(message);
  }
}
