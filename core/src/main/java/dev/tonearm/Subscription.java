package dev.tonearm;

/** A registration that can be undone, such as a listener. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Removes the registration; calling it again does nothing. */
  void unsubscribe();

  /** Same as {@link #unsubscribe()}, for try-with-resources. */
  @Override
  default void close() {
    unsubscribe();
  }
}
