package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.StatsEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link StatsEvent}: a node sent its statistics.
 * The method's one parameter is {@code StatsEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnStatsUpdate
 * void stats(StatsEvent event) {
 *   log.info("{} players", event.stats().players());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.STATS, event = StatsEvent.class)
public @interface OnStatsUpdate {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
