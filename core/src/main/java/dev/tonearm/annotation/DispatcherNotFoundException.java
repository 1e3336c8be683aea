package dev.tonearm.annotation;

/**
 * A listener passed to {@code Lavalink.register} has no generated dispatcher: its class has no
 * {@code @On…} methods, or the {@code tonearm-processor} annotation processor did not run when it
 * was compiled. The message shows how to add the processor to Maven and Gradle builds.
 */
public final class DispatcherNotFoundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The binary name of the listener's class. */
  private final String listenerClass;

  /**
   * Creates the exception.
   *
   * @param listenerClass the listener's class name
   * @param message the explanation
   */
  public DispatcherNotFoundException(String listenerClass, String message) {
    super(message);
    this.listenerClass = listenerClass;
  }

  /** {@return the binary name of the listener's class} */
  public String listenerClass() {
    return listenerClass;
  }
}
