package dev.tonearm.annotation;

import dev.tonearm.event.EventKind;
import dev.tonearm.event.PluginEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a handler of the typed events of registered plugins: the method's one
 * parameter is {@link PluginEvent} or a supertype of it, and the method gets every plugin event;
 * test for the plugin's record (such as LavaLyrics' {@code LyricsLineEvent}) in the method, or
 * use {@code lavalink.on(LyricsLineEvent.class, ...)} to get one record only.
 *
 * <pre>{@code
 * @OnPluginEvent
 * void plugin(PluginEvent event) {
 *   if (event instanceof LyricsLineEvent line) {
 *     channel.sendMessage(line.line().line()).queue();
 *   }
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
