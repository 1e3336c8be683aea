package dev.tonearm.plugin;

import java.util.List;
import java.util.Map;

/**
 * What Tonearm needs to know of a Lavalink plugin to type it; register it with
 * {@code Lavalink.builder(userId).plugin(plugin)}.
 *
 * <p>A typed plugin API is made of four parts, and the plugins in this package's subpackages are
 * written this way:
 *
 * <ul>
 *   <li>its REST routes, called with {@link dev.tonearm.rest.LavalinkRest#call} on
 *       {@code node.rest()} after {@link dev.tonearm.node.Node#requirePlugin} checked that the node
 *       has the plugin (which fails with a {@link dev.tonearm.node.PluginUnavailableException}
 *       naming the plugin and the node);
 *   <li>its event types: records implementing {@link dev.tonearm.event.TonearmEvent} (or
 *       {@link dev.tonearm.event.PlayerEvent}) returned by {@link #eventDecoders()}; listeners get
 *       them with {@code lavalink.on(Type.class, ...)}, and events no plugin decodes still arrive
 *       as {@link dev.tonearm.event.ExtraEvent};
 *   <li>its filters, set with {@link dev.tonearm.player.Filters.Builder#pluginFilter} under the
 *       name the plugin registers;
 *   <li>the identifier prefixes of its sources ({@link #identifierPrefixes()}), so that
 *       {@code lavalink.loadTracks} sends such a load to a node that has the plugin.
 * </ul>
 */
public interface LavalinkPlugin {

  /** {@return the plugin's name as nodes list it in {@code /v4/info}, such as {@code lavasrc-plugin}} */
  String name();

  /**
   * Returns the prefixes of identifiers only this plugin resolves, such as {@code spsearch:}; a
   * load of such an identifier goes to a node that has the plugin.
   *
   * @return the prefixes; empty by default
   */
  default List<String> identifierPrefixes() {
    return List.of();
  }

  /**
   * Returns a decoder for each event type the plugin sends, by the frame's {@code type}.
   *
   * @return event type to decoder; empty by default
   */
  default Map<String, PluginEventDecoder> eventDecoders() {
    return Map.of();
  }
}
