package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link TrackEndEvent}: a track stopped playing.
 * The method's one parameter is {@code TrackEndEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnTrackEnd(reasons = {TrackEndReason.FINISHED, TrackEndReason.LOAD_FAILED})
 * void ended(TrackEndEvent event) {
 *   log.info("Ended {}: {}", event.track().info().title(), event.reason());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.TRACK_END, event = TrackEndEvent.class)
public @interface OnTrackEnd {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";

  /**
   * Limits the method to tracks that ended for one of these reasons; empty (the default) means
   * every reason.
   *
   * @return the reasons
   */
  TrackEndReason[] reasons() default {};
}
