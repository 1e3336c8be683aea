package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.PluginEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of a registered plugin's typed events: the method's one parameter is
 * the plugin's event record (such as LavaLyrics' {@code LyricsLineEvent}), and the method gets
 * only events of that record; a parameter of {@link PluginEvent} or a supertype gets every plugin
 * event.
 *
 * <pre>{@code
 * @OnPluginEvent
 * void line(LyricsLineEvent event) {
 *   channel.sendMessage(event.line().line()).queue();
 * }
 * }</pre>
 *
 * <p>The {@code tonearm-processor} annotation processor checks the method when the class is
 * compiled and generates the dispatcher that {@code Lavalink.register} uses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@HandlesEvent(kind = EventKind.PLUGIN, event = PluginEvent.class)
public @interface OnPluginEvent {

  /**
   * Limits the method to events from the node of this name; empty (the default) means every
   * node. A blank name is a compile error.
   *
   * @return the node's name
   */
  String node() default "";
}
