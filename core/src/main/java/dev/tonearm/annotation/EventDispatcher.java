package dev.tonearm.annotation;

import dev.tonearm.event.TonearmEvent;

/**
 * Calls a listener's handler methods for one event. The {@code tonearm-processor} annotation
 * processor generates one per listener class, named {@code <package>.<Outer_Inner>_TonearmDispatcher},
 * which switches on {@link TonearmEvent#kind()} and calls the methods directly, without
 * reflection. Implementations are stateless and thread-safe, with a public no-argument
 * constructor.
 *
 * <p>{@code Lavalink.register(listener)} finds the generated class by name. On the module path or
 * in a native image, where that lookup may not be possible, pass it yourself:
 * {@code lavalink.register(listener, new MusicListener_TonearmDispatcher())}.
 *
 * @param <L> the listener class
 */
@FunctionalInterface
public interface EventDispatcher<L> {

  /**
   * Calls every method of {@code listener} that handles the event's kind and whose filters
   * ({@code node}, {@code reasons}, {@code type}) accept it: superclass methods first, then each
   * class's methods in declaration order. A method overridden in a subclass is called once.
   *
   * @param listener the listener
   * @param event the event
   * @throws RuntimeException the first exception a handler threw, with the ones of later handlers
   *     for the same event added as suppressed; every handler still ran. An {@link Error} thrown by
   *     a handler stops the remaining ones.
   */
  void dispatch(L listener, TonearmEvent event);
}
