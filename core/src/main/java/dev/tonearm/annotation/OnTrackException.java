package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.TrackExceptionEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link TrackExceptionEvent}: a track failed while playing.
 * The method's one parameter is {@code TrackExceptionEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnTrackException
 * void failed(TrackExceptionEvent event) {
 *   log.info("Failed: {}", event.exception().message());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.TRACK_EXCEPTION, event = TrackExceptionEvent.class)
public @interface OnTrackException {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
