package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.PlayerMovedEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link PlayerMovedEvent}: a player moved to another node, by
 * failover, by hand or because its node was drained.
 * The method's one parameter is {@code PlayerMovedEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnPlayerMoved
 * void moved(PlayerMovedEvent event) {
 *   log.info("Guild {} moved from {} to {} ({})", event.guildId(), event.from().name(),
 *       event.to().name(), event.reason());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.PLAYER_MOVED, event = PlayerMovedEvent.class)
public @interface OnPlayerMoved {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
