package dev.tonearm.testkit;

import java.util.Locale;

/**
 * A failed REST call, answered with a Spring-style JSON error body. An "uncaught" error is a 500
 * whose message is {@code No message available} and which lacks the {@code Lavalink-Api-Version}
 * header, as the real node answers when a handler throws an unexpected exception.
 */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final boolean uncaught;
  private final String exceptionName;

  private HttpError(int status, String message, boolean uncaught, String exceptionName) {
    super(message, null, false, false);
    this.status = status;
    this.uncaught = uncaught;
    this.exceptionName = exceptionName;
  }

  /** An error the node reports on purpose, like Spring's {@code ResponseStatusException}. */
  static HttpError of(int status, String message) {
    return new HttpError(status, message, false,
        "org.springframework.web.server.ResponseStatusException");
  }

  static HttpError badRequest(String message) {
    return of(400, message);
  }

  /** A request whose body, query or path could not be read into the handler's parameters. */
  static HttpError unreadable() {
    return new HttpError(400, "Bad Request", false,
        "org.springframework.http.converter.HttpMessageNotReadableException");
  }

  static HttpError notFound(String message) {
    return of(404, message);
  }

  /** An unexpected exception in a handler; {@code cause} only shows in the {@code trace}. */
  static HttpError uncaught(String cause) {
    return new HttpError(500, "No message available", true, cause);
  }

  int status() {
    return status;
  }

  boolean uncaught() {
    return uncaught;
  }

  /** A made-up stack trace for the {@code trace} field of the error body. */
  String trace() {
    String statusName = Wire.reason(status).toUpperCase(Locale.ROOT).replace(' ', '_');
    String head = uncaught
        ? exceptionName
        : exceptionName + ": " + status + " " + statusName + " \"" + getMessage() + "\"";
    return head + "\n\tat lavalink.server.FakeNode.handle(FakeNode.kt)\n";
  }
}
