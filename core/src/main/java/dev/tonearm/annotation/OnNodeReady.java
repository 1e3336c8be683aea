package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.NodeReadyEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of {@link NodeReadyEvent}: a node opened a session, new or resumed.
 * The method's one parameter is {@code NodeReadyEvent} or a supertype of it.
 *
 * <pre>{@code
 * @OnNodeReady
 * void ready(NodeReadyEvent event) {
 *   log.info("Node {} ready", event.node().name());
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.NODE_READY, event = NodeReadyEvent.class)
public @interface OnNodeReady {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
