package dev.tonearm.json;

import org.jspecify.annotations.Nullable;

/**
 * A read from a {@link JsonView} that the JSON does not allow: a path that is not there, a value
 * of another type than the one asked for, or JSON that does not bind to the class asked for.
 */
public final class JsonViewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The path that failed; empty for the view itself. */
  private final String path;

  /**
   * Creates the exception; decoders of plugin JSON throw it too, for a value that does not fit.
   *
   * @param path the path that failed, empty for the view itself
   * @param message what is wrong, naming the path
   * @param cause the underlying failure, or null
   */
  public JsonViewException(String path, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** {@return the path that failed, such as {@code album.name}; empty for the view itself} */
  public String path() {
    return path;
  }
}
