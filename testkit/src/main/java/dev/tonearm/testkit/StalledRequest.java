package dev.tonearm.testkit;

/**
 * Thrown while handling a request the node never answers, as a real node never answers a voice
 * update whose endpoint refuses the connection; the dispatcher then leaves the call hanging.
 */
final class StalledRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StalledRequest(String why) {
    super(why, null, false, false);
  }
}
