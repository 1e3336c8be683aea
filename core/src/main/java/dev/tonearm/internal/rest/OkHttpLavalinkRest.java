package dev.tonearm.internal.rest;

import com.google.gson.JsonObject;
import dev.tonearm.ProtocolException;
import dev.tonearm.internal.node.NodeHealth;
import dev.tonearm.internal.protocol.JsonFields;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.internal.protocol.ProtocolEncoder;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.rest.RoutePlannerStatus;
import dev.tonearm.rest.SessionSettings;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/** {@link LavalinkRest} over OkHttp. */
public final class OkHttpLavalinkRest implements LavalinkRest {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String password;
  private final NodeHealth health;

  /**
   * Creates the client.
   *
   * @param http the client to send with, already configured with timeouts
   * @param base the node's base URL, such as {@code http://127.0.0.1:2333}
   * @param password the node's password, sent as the Authorization header
   * @param health where failed calls and loads are counted
   */
  public OkHttpLavalinkRest(OkHttpClient http, HttpUrl base, String password, NodeHealth health) {
    this.http = Objects.requireNonNull(http, "http");
    this.base = Objects.requireNonNull(base, "base");
    this.password = Objects.requireNonNull(password, "password");
    this.health = Objects.requireNonNull(health, "health");
  }

  @Override
  public CompletableFuture<LoadResult> loadTracks(String identifier) {
    return get(url("v4/loadtracks").addQueryParameter("identifier", identifier), body -> {
      LoadResult result = ProtocolDecoder.loadResult(body);
      if (result instanceof LoadResult.Failed) {
        health.recordLoadFailure();
      }
      return result;
    });
  }

  @Override
  public CompletableFuture<Track> decodeTrack(String encoded) {
    return get(url("v4/decodetrack").addQueryParameter("encodedTrack", encoded), ProtocolDecoder::track);
  }

  @Override
  public CompletableFuture<List<Track>> decodeTracks(List<String> encoded) {
    if (encoded.isEmpty()) {
      throw new IllegalArgumentException("decodeTracks needs at least one encoded track");
    }
    return send("POST", url("v4/decodetracks"), ProtocolEncoder.encodedTracks(encoded),
        ProtocolDecoder::tracks);
  }

  @Override
  public CompletableFuture<List<LavalinkPlayer>> getPlayers(String sessionId) {
    return get(session(sessionId).addPathSegment("players"), ProtocolDecoder::players);
  }

  @Override
  public CompletableFuture<LavalinkPlayer> getPlayer(String sessionId, long guildId) {
    return get(player(sessionId, guildId), ProtocolDecoder::player);
  }

  @Override
  public CompletableFuture<LavalinkPlayer> updatePlayer(String sessionId, long guildId,
      PlayerUpdate update) {
    HttpUrl.Builder url = player(sessionId, guildId);
    if (update.noReplace()) {
      url.addQueryParameter("noReplace", "true");
    }
    return send("PATCH", url, update.toJson(), ProtocolDecoder::player);
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
    return get(url("v4/info"), ProtocolDecoder::info);
  }

  @Override
  public CompletableFuture<String> version() {
    return get(url("version"), String::strip);
  }

  @Override
  public CompletableFuture<NodeStats> stats() {
    return get(url("v4/stats"), ProtocolDecoder::stats);
  }

  @Override
  public CompletableFuture<Optional<RoutePlannerStatus>> routePlannerStatus() {
    // 204 means no planner is configured; the body is then empty.
    return get(url("v4/routeplanner/status"),
        body -> body.isEmpty() ? Optional.empty() : Optional.of(ProtocolDecoder.routePlannerStatus(body)));
  }

  @Override
  public CompletableFuture<Void> freeAddress(String address) {
    return send("POST", url("v4/routeplanner/free/address"), ProtocolEncoder.freeAddress(address),
        body -> null);
  }

  @Override
  public CompletableFuture<Void> freeAllAddresses() {
    return send("POST", url("v4/routeplanner/free/all"), "", body -> null);
  }

  @Override
  public String toString() {
    return "LavalinkRest[" + base + "]";
  }

  private HttpUrl.Builder url(String path) {
    return base.newBuilder().addPathSegments(path);
  }

  private HttpUrl.Builder session(String sessionId) {
    if (sessionId.isBlank()) {
      throw new IllegalArgumentException("sessionId must not be blank");
    }
    return url("v4/sessions").addPathSegment(sessionId);
  }

  private HttpUrl.Builder player(String sessionId, long guildId) {
    return session(sessionId).addPathSegment("players").addPathSegment(Long.toUnsignedString(guildId));
  }

  private <T> CompletableFuture<T> get(HttpUrl.Builder url, Function<String, T> decoder) {
    return send("GET", url, null, decoder);
  }

  private <T> CompletableFuture<T> send(String method, HttpUrl.Builder url, @Nullable String json,
      Function<String, T> decoder) {
    Request request = new Request.Builder()
        .url(url.build())
        .header("Authorization", password)
        .method(method, json == null ? null : RequestBody.create(json, JSON))
        .build();
    CompletableFuture<T> future = new CompletableFuture<>();
    Call call = http.newCall(request);
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        if (!future.isCancelled()) {
          health.recordRestFailure();
        }
        future.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call done, Response response) {
        try (response) {
          String body = readBody(response.body());
          if (!response.isSuccessful()) {
            if (response.code() >= 500) {
              health.recordRestFailure();
            }
            future.completeExceptionally(error(response.code(), response.message(),
                request.url().encodedPath(), body));
            return;
          }
          future.complete(decoder.apply(body));
        } catch (IOException | RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    return future;
  }

  private static String readBody(@Nullable ResponseBody body) throws IOException {
    return body == null ? "" : body.string();
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
