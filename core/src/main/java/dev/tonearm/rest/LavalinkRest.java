package dev.tonearm.rest;

import dev.tonearm.json.JsonView;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The REST API of one Lavalink node, every route of {@code /v4}.
 *
 * <p>Every call returns at once; the future completes on an HTTP thread when the node answered.
 * A future fails with:
 *
 * <ul>
 *   <li>{@link LavalinkRestException} when the node answered with an error status;
 *   <li>{@link dev.tonearm.ProtocolException} when a 2xx body is not what the protocol says;
 *   <li>{@link java.io.IOException} (such as {@link java.net.SocketTimeoutException}) when the
 *       node could not be reached or did not answer within the read timeout.
 * </ul>
 *
 * <p>Instances are thread-safe. Obtain one from a node ({@code node.rest()}).
 */
public interface LavalinkRest {

  /**
   * Resolves a URL or a search (such as {@code ytsearch:never gonna give you up}) into tracks.
   * A failed load is a {@link LoadResult.Failed} result, not a failed future.
   *
   * @param identifier what to load
   * @return the load result
   */
  CompletableFuture<LoadResult> loadTracks(String identifier);

  /**
   * Asks the node to decode an encoded track. {@link dev.tonearm.track.TrackCodec} does the same
   * locally without a request, except for plugin info, which only the node can add.
   *
   * @param encoded the base64 track
   * @return the track
   */
  CompletableFuture<Track> decodeTrack(String encoded);

  /**
   * Asks the node to decode several encoded tracks.
   *
   * @param encoded the base64 tracks; must not be empty
   * @return the tracks, in the same order
   * @throws IllegalArgumentException if {@code encoded} is empty
   */
  CompletableFuture<List<Track>> decodeTracks(List<String> encoded);

  /**
   * Lists the players of a session.
   *
   * @param sessionId the session id from the node's {@code ready} message
   * @return the players; fails with a {@code Session not found} exception if the node does not
   *     know the session
   */
  CompletableFuture<List<LavalinkPlayer>> getPlayers(String sessionId);

  /**
   * Reads one player.
   *
   * @param sessionId the session id
   * @param guildId the guild
   * @return the player; fails with {@link LavalinkRestException#isPlayerNotFound()} if the guild
   *     has none
   */
  CompletableFuture<LavalinkPlayer> getPlayer(String sessionId, long guildId);

  /**
   * Creates or updates a player.
   *
   * @param sessionId the session id
   * @param guildId the guild
   * @param update what to change
   * @return the player after the update
   */
  CompletableFuture<LavalinkPlayer> updatePlayer(String sessionId, long guildId, PlayerUpdate update);

  /**
   * Destroys a player and its voice connection. The bot stays in the Discord channel until it
   * leaves through the gateway. Succeeds also when there was no player.
   *
   * @param sessionId the session id
   * @param guildId the guild
   * @return a future that completes when the node confirmed
   */
  CompletableFuture<Void> destroyPlayer(String sessionId, long guildId);

  /**
   * Changes a session's resuming configuration.
   *
   * @param sessionId the session id
   * @param update the change; {@link SessionUpdate#readOnly()} changes nothing
   * @return the configuration after the change
   */
  CompletableFuture<SessionSettings> updateSession(String sessionId, SessionUpdate update);

  /**
   * Reads what the node says about itself: versions, sources, filters and plugins.
   *
   * @return a future of the node's information, failed with a {@link LavalinkRestException} on
   *     an error status
   */
  CompletableFuture<NodeInfo> info();

  /**
   * Reads the node's version string from the unversioned route.
   *
   * @return a future of the version, such as {@code 4.2.2}
   */
  CompletableFuture<String> version();

  /**
   * Reads the node's statistics.
   *
   * @return a future of the statistics; their {@code frameStats} is always null on this route
   */
  CompletableFuture<NodeStats> stats();

  /**
   * Reads the route planner's state.
   *
   * @return the state, or empty when the node has no route planner configured
   */
  CompletableFuture<Optional<RoutePlannerStatus>> routePlannerStatus();

  /**
   * Puts a failing address back into rotation.
   *
   * @param address the address, as in {@link RoutePlannerStatus.FailingAddress#address()}
   * @return a future that completes when the node confirmed; fails with a 500 if no route planner
   *     is configured and with a 400 if the address is invalid
   */
  CompletableFuture<Void> freeAddress(String address);

  /**
   * Puts every failing address back into rotation.
   *
   * @return a future that completes when the node confirmed
   */
  CompletableFuture<Void> freeAllAddresses();

  /**
   * Calls any route of the node, such as a plugin's: the way typed plugin APIs reach their routes
   * (see {@link dev.tonearm.plugin.LavalinkPlugin}). The node's password is sent as for every
   * other route.
   *
   * @param method the HTTP method: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or
   *     {@code DELETE}
   * @param path the path with its query, starting with {@code /}, such as
   *     {@code /v4/lyrics?track=...}; query values must already be encoded
   *     ({@link #encodeQueryValue(String)})
   * @param body the JSON body, or null for none
   * @return a future of the answer's JSON, JSON null when the node answered with no body; fails
   *     as described above, and with a {@link dev.tonearm.ProtocolException} when the answer is
   *     not JSON
   * @throws IllegalArgumentException if the method is not one of those or the path does not
   *     start with {@code /}
   */
  CompletableFuture<JsonView> call(String method, String path, @Nullable JsonView body);

  /**
   * Encodes a value for a query string, spaces as {@code %20}.
   *
   * @param value the value
   * @return the encoded value
   */
  static String encodeQueryValue(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
