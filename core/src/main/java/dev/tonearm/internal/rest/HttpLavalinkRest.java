package dev.tonearm.internal.rest;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.ProtocolException;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.internal.node.NodeHealth;
import dev.tonearm.internal.observe.Observers;
import dev.tonearm.internal.observe.RestRoutes;
import dev.tonearm.internal.protocol.JsonFields;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.internal.protocol.ProtocolEncoder;
import dev.tonearm.json.JsonView;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.observe.RestCall;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.rest.RoutePlannerStatus;
import dev.tonearm.rest.SessionSettings;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import dev.tonearm.internal.transport.HttpReply;
import dev.tonearm.internal.transport.Transport;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** {@link LavalinkRest} over the client's {@link Transport}. */
public final class HttpLavalinkRest implements LavalinkRest {
  private static final Set<String> CALL_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private final Transport transport;
  private final String base;
  private final String basePath;
  private final String password;
  private final NodeHealth health;
  private final String nodeName;
  private final Observers observers;

  /**
   * Creates the client, unobserved.
   *
   * @param transport what sends the requests, already configured with timeouts
   * @param base the node's base URI, such as {@code http://127.0.0.1:2333}; a path in it, as
   *     behind a reverse proxy, prefixes every route
   * @param password the node's password, sent as the Authorization header
   * @param health where failed calls and loads are counted
   */
  public HttpLavalinkRest(Transport transport, URI base, String password, NodeHealth health) {
    this(transport, base, password, health, "", new Observers());
  }

  /**
   * Creates the client.
   *
   * @param transport what sends the requests, already configured with timeouts
   * @param base the node's base URI; a path in it prefixes every route
   * @param password the node's password, sent as the Authorization header
   * @param health where failed calls and loads are counted
   * @param nodeName the node's name, for observers
   * @param observers told about every finished call
   */
  public HttpLavalinkRest(Transport transport, URI base, String password, NodeHealth health,
      String nodeName, Observers observers) {
    this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
    this.observers = Objects.requireNonNull(observers, "observers");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.base = baseUrl(Objects.requireNonNull(base, "base"));
    this.basePath = trimmedPath(base);
    this.password = Objects.requireNonNull(password, "password");
    this.health = Objects.requireNonNull(health, "health");
  }

  /**
   * The URI without query, fragment or trailing slash, so that routes append to it; shared with
   * the node's WebSocket endpoint.
   */
  public static String baseUrl(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + trimmedPath(uri);
  }

  private static String trimmedPath(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  @Override
  public CompletableFuture<LoadResult> loadTracks(String identifier) {
    return get("/v4/loadtracks?identifier=" + queryValue(identifier), body -> {
      LoadResult result = ProtocolDecoder.loadResult(body);
      if (result instanceof LoadResult.Failed) {
        health.recordLoadFailure();
      }
      return result;
    });
  }

  @Override
  public CompletableFuture<Track> decodeTrack(String encoded) {
    return get("/v4/decodetrack?encodedTrack=" + queryValue(encoded), ProtocolDecoder::track);
  }

  @Override
  public CompletableFuture<List<Track>> decodeTracks(List<String> encoded) {
    if (encoded.isEmpty()) {
      throw new IllegalArgumentException("decodeTracks needs at least one encoded track");
    }
    return send("POST", "/v4/decodetracks", ProtocolEncoder.encodedTracks(encoded),
        ProtocolDecoder::tracks);
  }

  @Override
  public CompletableFuture<List<LavalinkPlayer>> getPlayers(String sessionId) {
    return get(session(sessionId) + "/players", ProtocolDecoder::players);
  }

  @Override
  public CompletableFuture<LavalinkPlayer> getPlayer(String sessionId, long guildId) {
    return get(player(sessionId, guildId), ProtocolDecoder::player);
  }

  @Override
  public CompletableFuture<LavalinkPlayer> updatePlayer(String sessionId, long guildId,
      PlayerUpdate update) {
    String path = player(sessionId, guildId);
    return send("PATCH", update.noReplace() ? path + "?noReplace=true" : path, update.toJson(),
        ProtocolDecoder::player);
  }

  @Override
  public CompletableFuture<Void> destroyPlayer(String sessionId, long guildId) {
    return send("DELETE", player(sessionId, guildId), null, body -> null);
  }

  @Override
  public CompletableFuture<SessionSettings> updateSession(String sessionId, SessionUpdate update) {
    return send("PATCH", session(sessionId), ProtocolEncoder.sessionUpdate(update),
        ProtocolDecoder::session);
  }

  @Override
  public CompletableFuture<NodeInfo> info() {
    return get("/v4/info", ProtocolDecoder::info);
  }

  @Override
  public CompletableFuture<String> version() {
    return get("/version", String::strip);
  }

  @Override
  public CompletableFuture<NodeStats> stats() {
    return get("/v4/stats", ProtocolDecoder::stats);
  }

  @Override
  public CompletableFuture<Optional<RoutePlannerStatus>> routePlannerStatus() {
    // 204 means no planner is configured; the body is then empty.
    return get("/v4/routeplanner/status",
        body -> body.isEmpty() ? Optional.empty() : Optional.of(ProtocolDecoder.routePlannerStatus(body)));
  }

  @Override
  public CompletableFuture<Void> freeAddress(String address) {
    return send("POST", "/v4/routeplanner/free/address", ProtocolEncoder.freeAddress(address),
        body -> null);
  }

  @Override
  public CompletableFuture<Void> freeAllAddresses() {
    return send("POST", "/v4/routeplanner/free/all", "", body -> null);
  }

  @Override
  public String toString() {
    return "LavalinkRest[" + base + "]";
  }

  private static String session(String sessionId) {
    if (sessionId.isBlank()) {
      throw new IllegalArgumentException("sessionId must not be blank");
    }
    return "/v4/sessions/" + pathSegment(sessionId);
  }

  private static String player(String sessionId, long guildId) {
    return session(sessionId) + "/players/" + Long.toUnsignedString(guildId);
  }

  /** Percent-encodes a path segment; the ids Lavalink hands out pass through as they are. */
  static String pathSegment(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if (!isUnreserved(segment.charAt(i))) {
        return queryValue(segment);
      }
    }
    return segment;
  }

  /** Percent-encodes a query value as UTF-8, spaces as {@code %20}. */
  static String queryValue(String value) {
    return LavalinkRest.encodeQueryValue(value);
  }

  private static boolean isUnreserved(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  @Override
  public CompletableFuture<JsonView> call(String method, String path, @Nullable JsonView body) {
    if (!CALL_METHODS.contains(method)) {
      throw new IllegalArgumentException(
          "method must be one of " + CALL_METHODS + ", was '" + method + "'");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/', was '" + path + "'");
    }
    return send(method, path, body == null ? null : body.toJson(),
        text -> text.isBlank() ? JsonTrees.view(JsonNull.INSTANCE)
            : JsonTrees.view(JsonFields.parse(text)));
  }

  private <T> CompletableFuture<T> get(String path, Function<String, T> decoder) {
    return send("GET", path, null, decoder);
  }

  private <T> CompletableFuture<T> send(String method, String path, @Nullable String json,
      Function<String, T> decoder) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<HttpReply> call = transport.send(method, base + path, password, json);
    if (observers.active()) {
      observe(call, method, path, System.nanoTime());
    }
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel(true);
      }
    });
    call.whenComplete((reply, failure) -> {
      if (failure != null) {
        if (!result.isCancelled()) {
          health.recordRestFailure();
        }
        result.completeExceptionally(failure);
        return;
      }
      if (!reply.successful()) {
        if (reply.status() >= 500) {
          health.recordRestFailure();
        }
        int query = path.indexOf('?');
        result.completeExceptionally(error(reply.status(), reply.reason(),
            basePath + (query < 0 ? path : path.substring(0, query)), reply.body()));
        return;
      }
      try {
        result.complete(decoder.apply(reply.body()));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  private void observe(CompletableFuture<HttpReply> call, String method, String path, long start) {
    call.whenComplete((reply, failure) -> {
      long nanos = System.nanoTime() - start;
      int status = reply == null ? 0 : reply.status();
      RestCall.Outcome outcome = reply != null
          ? (reply.successful() ? RestCall.Outcome.SUCCESS : RestCall.Outcome.ERROR)
          : timedOut(failure) ? RestCall.Outcome.TIMEOUT : RestCall.Outcome.FAILED;
      observers.restCallCompleted(new RestCall(nodeName, method, RestRoutes.template(path), status,
          outcome, nanos));
    });
  }

  /** Both transports fail a call that got no answer in time with an {@link InterruptedIOException}. */
  private static boolean timedOut(@Nullable Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Reads Lavalink's error body where there is one; empty and non-JSON bodies are normal too. */
  static LavalinkRestException error(int status, String statusMessage, String path, String body) {
    String reason = statusMessage.isEmpty() ? HttpReasons.of(status) : statusMessage;
    if (!body.isBlank()) {
      try {
        JsonObject json = JsonFields.parseObject(body);
        return new LavalinkRestException(status,
            JsonFields.stringOr(json, "error", "", reason),
            JsonFields.nullableString(json, "message", ""),
            JsonFields.stringOr(json, "path", "", path),
            JsonFields.nullableString(json, "trace", ""));
      } catch (ProtocolException notLavalinkJson) {
        return new LavalinkRestException(status, reason, abbreviate(body), path, null);
      }
    }
    return new LavalinkRestException(status, reason, null, path, null);
  }

  private static String abbreviate(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
