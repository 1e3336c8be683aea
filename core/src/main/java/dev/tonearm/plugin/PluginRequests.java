package dev.tonearm.plugin;

import dev.tonearm.json.JsonView;
import dev.tonearm.node.Node;
import dev.tonearm.node.PluginUnavailableException;
import dev.tonearm.player.Player;
import dev.tonearm.rest.LavalinkRest;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Calls of a plugin's REST routes on a node, checked against the node's plugins first. */
public final class PluginRequests {
  private PluginRequests() {}

  /**
   * Calls a plugin's route on a node that must have the plugin.
   *
   * @param node the node
   * @param plugin the plugin's name as nodes list it
   * @param what what the call is for, for the exception's message
   * @param method the HTTP method
   * @param path the path with its query, starting with {@code /}
   * @param body the JSON body, or null
   * @return a future of the answer, JSON null for no body; fails with
   *     {@link PluginUnavailableException} naming the plugin and the node if the node does not
   *     have the plugin, and as {@link LavalinkRest#call} fails
   */
  public static CompletableFuture<JsonView> call(Node node, String plugin, String what,
      String method, String path, @Nullable JsonView body) {
    return node.requirePlugin(plugin, what).thenCompose(checked -> checked.rest().call(method, path, body));
  }

  /**
   * Calls a plugin's route of a player, under {@code /v4/sessions/{session}/players/{guild}}, on
   * the player's node.
   *
   * @param player the player
   * @param plugin the plugin's name as nodes list it
   * @param what what the call is for, for the exception's message
   * @param method the HTTP method
   * @param subPath the rest of the path after the player's, starting with {@code /}
   * @param body the JSON body, or null
   * @return a future of the answer, JSON null for no body; fails as {@link #call} fails, and with
   *     {@link IllegalStateException} if the player's node has no session yet
   */
  public static CompletableFuture<JsonView> callPlayer(Player player, String plugin, String what,
      String method, String subPath, @Nullable JsonView body) {
    Node node = player.node();
    String session = node.sessionId();
    if (session == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("Node '" + node.name()
          + "' has no session yet, needed for " + what));
    }
    String path = "/v4/sessions/" + LavalinkRest.encodeQueryValue(session) + "/players/"
        + Long.toUnsignedString(player.guildId()) + subPath;
    return call(node, plugin, what, method, path, body);
  }
}
