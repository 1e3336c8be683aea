package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.InactivePlayerEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link InactivePlayerEvent}:
 * a player stayed idle for the inactivity timeout.
 * The method's one parameter is {@code InactivePlayerEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnInactivePlayer
 * void inactive(InactivePlayerEvent event) {
 *   log.info("Idle: {}", event.reason());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.INACTIVE_PLAYER, event = InactivePlayerEvent.class)
public @interface OnInactivePlayer {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
