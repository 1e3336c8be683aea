package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.ExtraEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link ExtraEvent}:
 * a node sent an event type Tonearm does not know, usually a plugin's.
 * The method's one parameter is {@code ExtraEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnExtraEvent(type = "SegmentSkipped")
 * void skipped(ExtraEvent event) {
 *   log.info("Skipped a segment: {}", event.raw());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.EXTRA, event = ExtraEvent.class)
public @interface OnExtraEvent {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";

  /**
   * Limits the method to events of this type, such as {@code SegmentSkipped} (compared exactly);
   * empty (the default) means every type. A blank type is a compile error.
   *
   * @return the event type
   */
  String type() default "";
}
