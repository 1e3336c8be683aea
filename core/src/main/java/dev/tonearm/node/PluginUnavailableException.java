package dev.tonearm.node;

import java.util.List;
import java.util.Objects;

/**
 * A plugin's API was called where the plugin is not loaded: on a node whose {@code /v4/info} does
 * not list it, or, for a load that needs the plugin, when no connected node lists it.
 */
public final class PluginUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The plugin's name. */
  private final String plugin;
  /** The nodes asked that do not have the plugin. */
  private final List<String> nodes;

  /**
   * Creates the exception.
   *
   * @param plugin the plugin's name as nodes list it, such as {@code lavalyrics-plugin}
   * @param nodes the names of the nodes that were asked and do not have it
   * @param what what needed the plugin, such as {@code lyrics of the current track}
   * @throws NullPointerException if an argument is null
   */
  public PluginUnavailableException(String plugin, List<String> nodes, String what) {
    super(message(plugin, nodes, what));
    this.plugin = plugin;
    this.nodes = List.copyOf(nodes);
  }

  private static String message(String plugin, List<String> nodes, String what) {
    Objects.requireNonNull(what, "what");
    if (nodes.isEmpty()) {
      return "No connected node has the plugin '" + plugin + "', needed for " + what;
    }
    return (nodes.size() == 1 ? "Node '" + nodes.get(0) + "' does not have"
        : "None of the nodes " + nodes + " has") + " the plugin '" + plugin + "', needed for " + what;
  }

  /** {@return the plugin's name, such as {@code lavalyrics-plugin}} */
  public String plugin() {
    return plugin;
  }

  /** {@return the names of the nodes that do not have the plugin; unmodifiable} */
  public List<String> nodes() {
    return nodes;
  }
}
