package dev.tonearm.rest;

import org.jspecify.annotations.Nullable;

/**
 * A node answered a REST call with an error status. Carries what Lavalink's error body said; a
 * body that is not JSON (the server sends empty bodies for 401 and some 400s) still produces this
 * exception, with the HTTP reason as {@link #error()}.
 */
public final class LavalinkRestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;
  /** The HTTP reason phrase. */
  private final String error;
  /** The {@code message} of the error body, or null. */
  private final @Nullable String serverMessage;
  /** The request path, without query and host. */
  private final String path;
  /** The server's stack trace, or null. */
  private final @Nullable String trace;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param error the HTTP reason phrase, such as {@code Not Found}
   * @param serverMessage the {@code message} of the error body, or null if there was none
   * @param path the request path, without query and host
   * @param trace the server's stack trace when the request asked for one, or null
   */
  public LavalinkRestException(int status, String error, @Nullable String serverMessage, String path,
      @Nullable String trace) {
    super(status + " " + error + " for " + path
        + (serverMessage == null || serverMessage.isEmpty() ? "" : ": " + serverMessage));
    this.status = status;
    this.error = error;
    this.serverMessage = serverMessage;
    this.path = path;
    this.trace = trace;
  }

  /** {@return the HTTP status, such as 404} */
  public int status() {
    return status;
  }

  /** {@return the HTTP reason, such as {@code Not Found}} */
  public String error() {
    return error;
  }

  /** {@return the {@code message} of the server's error body, or null if the body had none} */
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /** {@return the request path, such as {@code /v4/sessions/abc/players/123}} */
  public String path() {
    return path;
  }

  /** {@return the server-side stack trace, sent only for requests with {@code trace=true}} */
  public @Nullable String trace() {
    return trace;
  }

  /**
   * Tells whether the node does not know the session: it restarted, the session expired, or it is
   * waiting for this client to resume. The session id is stale unless a resume is still possible.
   *
   * @return true for a 404 {@code Session not found}
   */
  public boolean isSessionNotFound() {
    return status == 404 && "Session not found".equals(serverMessage);
  }

  /**
   * Tells whether the node has no player for the guild (only reading a player answers this;
   * updating creates the player).
   *
   * @return true for a 404 {@code Player not found}
   */
  public boolean isPlayerNotFound() {
    return status == 404 && "Player not found".equals(serverMessage);
  }

  /** {@return whether the password was missing or wrong (401 or 403)} */
  public boolean isAuthenticationFailure() {
    return status == 401 || status == 403;
  }
}
