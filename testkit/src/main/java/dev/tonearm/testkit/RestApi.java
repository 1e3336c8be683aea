package dev.tonearm.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tonearm.testkit.LoadItem.ErrorItem;
import dev.tonearm.testkit.LoadItem.PlaylistItem;
import dev.tonearm.testkit.LoadItem.SearchItem;
import dev.tonearm.testkit.LoadItem.TrackItem;
import dev.tonearm.track.DecodedTrack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API of the fake node: authentication, routing, handlers and Spring-style errors. */
final class RestApi {
  private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

  private final FakeLavalink node;

  RestApi(FakeLavalink node) {
    this.node = node;
  }

  /** Answers one REST request, or the injected {@code failure} instead if there is one. */
  MockResponse handle(RecordedRequest request, @Nullable HttpError failure) {
    HttpUrl url = request.getUrl();
    String trace = url.queryParameter("trace");
    boolean withTrace = trace != null && !trace.equalsIgnoreCase("false");
    try {
      if (failure != null) {
        throw failure;
      }
      return route(request);
    } catch (StalledRequest stalled) {
      LOG.debug("The fake Lavalink node leaves {} {} unanswered: {}", request.getMethod(), url,
          stalled.getMessage());
      return FakeLavalink.STALL;
    } catch (HttpError error) {
      return error(error, url.encodedPath(), withTrace);
    } catch (RuntimeException e) {
      LOG.warn("The fake Lavalink node failed on {} {}", request.getMethod(), url, e);
      return error(HttpError.uncaught(e.toString()), url.encodedPath(), withTrace);
    }
  }

  private MockResponse route(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization == null) {
      return empty(401, true);
    }
    if (!node.checkPassword(authorization)) {
      return empty(403, true);
    }
    String method = request.getMethod();
    List<String> segments = request.getUrl().pathSegments();
    int size = segments.size();
    if (segments.equals(List.of("version"))) {
      allow(method, "GET");
      return text(node.version());
    }
    if (size >= 2 && segments.get(0).equals("v4")) {
      String second = segments.get(1);
      if (size == 2) {
        switch (second) {
          case "info" -> {
            allow(method, "GET");
            return json(200, node.info());
          }
          case "stats" -> {
            allow(method, "GET");
            synchronized (node.lock) {
              return json(200, node.stats(null, false));
            }
          }
          case "loadtracks" -> {
            allow(method, "GET");
            return json(200, loadTracks(request.getUrl()));
          }
          case "decodetrack" -> {
            allow(method, "GET");
            return json(200, decodeTrack(request.getUrl()));
          }
          case "decodetracks" -> {
            allow(method, "POST");
            return json(200, decodeTracks(request));
          }
          case "websocket" -> {
            allow(method, "GET");
            return empty(400, true);
          }
          default -> { }
        }
      }
      if (second.equals("routeplanner")) {
        if (size == 3 && segments.get(2).equals("status")) {
          allow(method, "GET");
          return noContent();
        }
        if (size == 4 && segments.get(2).equals("free")
            && (segments.get(3).equals("address") || segments.get(3).equals("all"))) {
          allow(method, "POST");
          if (segments.get(3).equals("address")) {
            JsonObject body = StrictJson.parseObject(jsonBody(request));
            StrictJson.requireFields(body,
                "dev.arbjerg.lavalink.protocol.v4.RoutePlannerFreeAddress", "$", "address");
            StrictJson.string(body, "address");
          }
          throw HttpError.of(500, "Can't access disabled route planner");
        }
      }
      if (second.equals("sessions") && size >= 3 && !segments.get(2).isEmpty()) {
        String sessionId = segments.get(2);
        if (size == 3) {
          allow(method, "PATCH");
          return json(200, patchSession(sessionId, request));
        }
        if (segments.get(3).equals("players")) {
          if (size == 4) {
            allow(method, "GET");
            return json(200, players(sessionId));
          }
          if (size == 5 && !segments.get(4).isEmpty()) {
            allow(method, "GET", "PATCH", "DELETE");
            long guildId = guildId(segments.get(4));
            return switch (method) {
              case "GET" -> json(200, player(sessionId, guildId));
              case "PATCH" -> json(200, patchPlayer(sessionId, guildId, request));
              default -> deletePlayer(sessionId, guildId);
            };
          }
        }
      }
    }
    throw HttpError.notFound("No endpoint " + method + " " + request.getUrl().encodedPath() + ".");
  }

  private JsonObject loadTracks(HttpUrl url) {
    String identifier = url.queryParameter("identifier");
    if (identifier == null) {
      throw HttpError.badRequest("Required parameter 'identifier' is not present.");
    }
    LoadItem item = node.resolve(identifier);
    JsonObject result = new JsonObject();
    if (item == null) {
      result.addProperty("loadType", "empty");
      result.add("data", JsonNull.INSTANCE);
    } else if (item instanceof TrackItem track) {
      result.addProperty("loadType", "track");
      result.add("data", trackJson(track));
    } else if (item instanceof PlaylistItem playlist) {
      result.addProperty("loadType", "playlist");
      JsonObject data = new JsonObject();
      JsonObject info = new JsonObject();
      info.addProperty("name", playlist.name());
      info.addProperty("selectedTrack", playlist.selectedTrack());
      data.add("info", info);
      data.add("pluginInfo", new JsonObject());
      data.add("tracks", trackArray(playlist.tracks()));
      result.add("data", data);
    } else if (item instanceof SearchItem search) {
      result.addProperty("loadType", "search");
      result.add("data", trackArray(search.tracks()));
    } else if (item instanceof ErrorItem error) {
      result.addProperty("loadType", "error");
      result.add("data", Wire.exception(error.message(), error.severity(), error.cause(),
          error.causeStackTrace(), node.version.atLeast(4, 1)));
    }
    return result;
  }

  private JsonObject decodeTrack(HttpUrl url) {
    String encoded = url.queryParameter("encodedTrack");
    if (encoded == null) {
      encoded = url.queryParameter("track");
    }
    if (encoded == null) {
      throw HttpError.badRequest("No track to decode provided");
    }
    DecodedTrack decoded = node.decode(encoded);
    return Wire.track(encoded, decoded.info(), new JsonObject());
  }

  private JsonArray decodeTracks(RecordedRequest request) {
    JsonElement body = StrictJson.parse(jsonBody(request));
    if (!body.isJsonArray()) {
      throw HttpError.unreadable();
    }
    List<String> encodedTracks = new ArrayList<>();
    for (JsonElement element : body.getAsJsonArray()) {
      if (!(element instanceof JsonPrimitive primitive) || !primitive.isString()) {
        throw HttpError.unreadable();
      }
      encodedTracks.add(primitive.getAsString());
    }
    if (encodedTracks.isEmpty()) {
      throw HttpError.badRequest("No tracks to decode provided");
    }
    JsonArray tracks = new JsonArray();
    for (String encoded : encodedTracks) {
      tracks.add(Wire.track(encoded, node.decode(encoded).info(), new JsonObject()));
    }
    return tracks;
  }

  private JsonObject patchSession(String sessionId, RecordedRequest request) {
    JsonObject body = StrictJson.parseObject(jsonBody(request));
    Boolean resuming = body.has("resuming") ? StrictJson.bool(body, "resuming") : null;
    Long timeout = body.has("timeout") ? StrictJson.longValue(body, "timeout") : null;
    synchronized (node.lock) {
      FakeSession session = node.liveSession(sessionId);
      session.configure(resuming, timeout);
      return session.configJson();
    }
  }

  private JsonArray players(String sessionId) {
    synchronized (node.lock) {
      JsonArray players = new JsonArray();
      node.liveSession(sessionId).playerList().forEach(player -> players.add(player.toJson()));
      return players;
    }
  }

  private JsonObject player(String sessionId, long guildId) {
    synchronized (node.lock) {
      FakePlayer player = node.liveSession(sessionId).existingPlayer(guildId);
      if (player == null) {
        throw HttpError.notFound("Player not found");
      }
      return player.toJson();
    }
  }

  private JsonObject patchPlayer(String sessionId, long guildId, RecordedRequest request) {
    boolean noReplace = booleanParameter(request.getUrl().queryParameter("noReplace"));
    PlayerPatch patch = PlayerPatch.parse(StrictJson.parseObject(jsonBody(request)), node.version);
    String endpoint = patch.voiceEndpoint();
    // Tried before taking the node's lock: a connection attempt must not hold up other calls.
    boolean voiceRefused = endpoint != null && VoiceEndpoint.refusesConnections(endpoint);
    synchronized (node.lock) {
      return patch.apply(node, node.liveSession(sessionId), guildId, noReplace, voiceRefused);
    }
  }

  private MockResponse deletePlayer(String sessionId, long guildId) {
    synchronized (node.lock) {
      node.liveSession(sessionId).destroyPlayer(guildId);
    }
    return noContent();
  }

  private JsonArray trackArray(List<TrackItem> tracks) {
    JsonArray array = new JsonArray();
    tracks.forEach(track -> array.add(trackJson(track)));
    return array;
  }

  private static JsonObject trackJson(TrackItem track) {
    return Wire.track(track.encoded(), track.decoded().info(), new JsonObject());
  }

  private static long guildId(String segment) {
    try {
      return Long.parseLong(segment);
    } catch (NumberFormatException e) {
      throw HttpError.unreadable();
    }
  }

  /** Converts a boolean request parameter as Spring does; absent means false. */
  private static boolean booleanParameter(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default -> throw HttpError.unreadable();
    };
  }

  /** Returns the body of a request that must be JSON; other content types are a 415. */
  private static @Nullable String jsonBody(RecordedRequest request) {
    String contentType = request.getHeaders().get("Content-Type");
    MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
    boolean json = mediaType != null && mediaType.type().equals("application")
        && (mediaType.subtype().equals("json") || mediaType.subtype().endsWith("+json"));
    if (!json) {
      throw HttpError.of(415, "Content-Type '"
          + (contentType == null ? "application/octet-stream" : contentType)
          + "' is not supported.");
    }
    return request.getBody() == null ? null : request.getBody().utf8();
  }

  private static void allow(String method, String... allowed) {
    for (String each : allowed) {
      if (each.equals(method)) {
        return;
      }
    }
    throw HttpError.of(405, "Method '" + method + "' is not supported.");
  }

  private MockResponse error(HttpError error, String path, boolean withTrace) {
    JsonObject body = Wire.errorBody(node.clock.currentTimeMillis(), error.status(),
        error.getMessage(), path, withTrace ? error.trace() : null);
    MockResponse.Builder response = new MockResponse.Builder()
        .status(statusLine(error.status()))
        .setHeader("Content-Type", "application/json")
        .body(Wire.toJson(body));
    if (!error.uncaught()) {
      response.setHeader(FakeLavalink.API_VERSION_HEADER, "4");
    }
    return response.build();
  }

  static MockResponse json(int status, JsonElement body) {
    return new MockResponse.Builder()
        .status(statusLine(status))
        .setHeader(FakeLavalink.API_VERSION_HEADER, "4")
        .setHeader("Content-Type", "application/json")
        .body(Wire.toJson(body))
        .build();
  }

  static MockResponse text(String body) {
    return new MockResponse.Builder()
        .status(statusLine(200))
        .setHeader(FakeLavalink.API_VERSION_HEADER, "4")
        .setHeader("Content-Type", "text/plain;charset=UTF-8")
        .body(body)
        .build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder()
        .status(statusLine(204))
        .removeHeader("Content-Length")
        .setHeader(FakeLavalink.API_VERSION_HEADER, "4")
        .build();
  }

  /** A response without a body, like the node's authentication and handshake rejections. */
  static MockResponse empty(int status, boolean versionHeader) {
    MockResponse.Builder response = new MockResponse.Builder().status(statusLine(status));
    if (versionHeader) {
      response.setHeader(FakeLavalink.API_VERSION_HEADER, "4");
    }
    return response.build();
  }

  static Map<String, List<String>> headerMap(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i), name -> new ArrayList<>()).add(headers.value(i));
    }
    return map;
  }

  private static String statusLine(int status) {
    return "HTTP/1.1 " + status + " " + Wire.reason(status);
  }
}
