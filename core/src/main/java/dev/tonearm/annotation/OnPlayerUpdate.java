package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.PlayerUpdateEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link PlayerUpdateEvent}:
 * a node reported a player's position and voice connection.
 * The method's one parameter is {@code PlayerUpdateEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnPlayerUpdate
 * void updated(PlayerUpdateEvent event) {
 *   log.info("At {} ms", event.state().position());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.PLAYER_UPDATE, event = PlayerUpdateEvent.class)
public @interface OnPlayerUpdate {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
