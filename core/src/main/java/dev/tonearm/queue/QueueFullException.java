package dev.tonearm.queue;

/**
 * Tracks were offered to a {@link TrackQueue} that has no room for all of them. Nothing was added:
 * adding several tracks at once is all-or-nothing.
 */
public final class QueueFullException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The queue's maximum size. */
  private final int maxSize;
  /** How many tracks the queue held when the tracks were offered. */
  private final int size;
  /** How many tracks were offered. */
  private final int offered;

  /**
   * Creates the exception.
   *
   * @param maxSize the queue's maximum size
   * @param size how many tracks the queue held when the tracks were offered
   * @param offered how many tracks were offered
   */
  public QueueFullException(int maxSize, int size, int offered) {
    super(message(maxSize, size, offered));
    this.maxSize = maxSize;
    this.size = size;
    this.offered = offered;
  }

  private static String message(int maxSize, int size, int offered) {
    return "The queue is full: it holds at most " + maxSize
        + (maxSize == 1 ? " track" : " tracks") + " and has " + size + ", so " + offered
        + (offered == 1 ? " offered track does" : " offered tracks do") + " not fit;"
        + " nothing was added";
  }

  /** {@return the queue's maximum size at the time the tracks were offered} */
  public int maxSize() {
    return maxSize;
  }

  /** {@return how many tracks the queue held at the time the tracks were offered} */
  public int size() {
    return size;
  }

  /** {@return how many tracks were offered} */
  public int offered() {
    return offered;
  }
}
