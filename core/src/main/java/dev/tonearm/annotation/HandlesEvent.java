package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.TonearmEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an annotation type an event annotation: a method carrying it handles events of
 * {@link #kind()}, whose record is {@link #event()}. This is the one place that ties an
 * {@code @On…} annotation to its event; the annotation processor reads it from the annotation
 * types themselves, so a new event needs no change to the processor.
 *
 * <p>Bots do not use it; it is public because the annotation processor reads it from compiled
 * code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface HandlesEvent {

  /** {@return the kind that generated dispatchers switch on} */
  EventKind kind();

  /** {@return the event record; a handler's parameter must be it or a supertype of it} */
  Class<? extends TonearmEvent> event();
}
