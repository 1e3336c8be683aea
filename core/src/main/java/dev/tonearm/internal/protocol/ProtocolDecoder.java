package dev.tonearm.internal.protocol;

import static dev.tonearm.internal.protocol.JsonFields.array;
import static dev.tonearm.internal.protocol.JsonFields.asObject;
import static dev.tonearm.internal.protocol.JsonFields.bool;
import static dev.tonearm.internal.protocol.JsonFields.boolOr;
import static dev.tonearm.internal.protocol.JsonFields.doubleValue;
import static dev.tonearm.internal.protocol.JsonFields.index;
import static dev.tonearm.internal.protocol.JsonFields.intOr;
import static dev.tonearm.internal.protocol.JsonFields.intValue;
import static dev.tonearm.internal.protocol.JsonFields.longOr;
import static dev.tonearm.internal.protocol.JsonFields.longValue;
import static dev.tonearm.internal.protocol.JsonFields.nullableObject;
import static dev.tonearm.internal.protocol.JsonFields.nullableString;
import static dev.tonearm.internal.protocol.JsonFields.object;
import static dev.tonearm.internal.protocol.JsonFields.objectOrEmpty;
import static dev.tonearm.internal.protocol.JsonFields.optional;
import static dev.tonearm.internal.protocol.JsonFields.path;
import static dev.tonearm.internal.protocol.JsonFields.string;
import static dev.tonearm.internal.protocol.JsonFields.stringOr;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tonearm.ProtocolException;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.Filters;
import dev.tonearm.player.PlayerState;
import dev.tonearm.player.VoiceState;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.RoutePlannerStatus;
import dev.tonearm.rest.SessionSettings;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.PlaylistInfo;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a node sends, on the WebSocket and in REST bodies, into typed values.
 *
 * <p>Tolerant where real servers differ from the docs (unknown fields, {@code data: null} for an
 * empty load, a missing {@code causeStackTrace}, {@code frameStats} null or absent, missing
 * {@code pluginInfo}/{@code userData}), strict where a value would be meaningless without a field:
 * those throw {@link ProtocolException} naming the field's path.
 */
public final class ProtocolDecoder {
  private ProtocolDecoder() {}

  /**
   * Decodes one WebSocket text frame.
   *
   * @throws ProtocolException if the frame is not valid JSON, lacks a required field, has a value
   *     of the wrong type, or has an unknown {@code op}
   */
  public static ServerMessage message(String frame) {
    // Frames arrive many times a second per player; the scanner reads the usual ones without a
    // tree. It leaves anything unusual to the tree decoder, which also words the errors.
    ServerMessage scanned = FrameScanner.message(frame);
    return scanned != null ? scanned : treeMessage(frame);
  }

  /** Decodes a frame through a JSON tree: any frame, and the reference for {@link FrameScanner}. */
  static ServerMessage treeMessage(String frame) {
    JsonObject json = JsonFields.parseObject(frame);
    String op = string(json, "op", "");
    return switch (op) {
      case "ready" -> new ServerMessage.Ready(bool(json, "resumed", ""), string(json, "sessionId", ""));
      case "playerUpdate" -> new ServerMessage.PlayerUpdate(
          string(json, "guildId", ""), playerState(object(json, "state", ""), "state"));
      case "stats" -> new ServerMessage.Stats(stats(json, ""));
      case "event" -> event(json);
      default -> throw new ProtocolException("op", "unknown op '" + op + "'");
    };
  }

  private static ServerMessage.Event event(JsonObject json) {
    String type = string(json, "type", "");
    String guildId = string(json, "guildId", "");
    return switch (type) {
      case "TrackStartEvent" -> new ServerMessage.TrackStart(guildId, track(object(json, "track", ""), "track"));
      case "TrackEndEvent" -> new ServerMessage.TrackEnd(guildId,
          track(object(json, "track", ""), "track"), endReason(string(json, "reason", "")));
      case "TrackExceptionEvent" -> new ServerMessage.TrackException(guildId,
          track(object(json, "track", ""), "track"), error(object(json, "exception", ""), "exception"));
      case "TrackStuckEvent" -> new ServerMessage.TrackStuck(guildId,
          track(object(json, "track", ""), "track"), longValue(json, "thresholdMs", ""));
      case "WebSocketClosedEvent" -> new ServerMessage.WebSocketClosed(guildId,
          intValue(json, "code", ""), stringOr(json, "reason", "", ""), boolOr(json, "byRemote", "", false));
      default -> new ServerMessage.UnknownEvent(guildId, type, json);
    };
  }

  private static TrackEndReason endReason(String wire) {
    return switch (wire) {
      case "finished" -> TrackEndReason.FINISHED;
      case "loadFailed" -> TrackEndReason.LOAD_FAILED;
      case "stopped" -> TrackEndReason.STOPPED;
      case "replaced" -> TrackEndReason.REPLACED;
      case "cleanup" -> TrackEndReason.CLEANUP;
      default -> throw new ProtocolException("reason", "unknown track end reason '" + wire + "'");
    };
  }

  /** Decodes the body of {@code GET /v4/loadtracks}. */
  public static LoadResult loadResult(String body) {
    JsonObject json = JsonFields.parseObject(body);
    String loadType = string(json, "loadType", "");
    JsonElement data = optional(json, "data");
    return switch (loadType) {
      case "track" -> new LoadResult.TrackLoaded(track(requireData(data), "data"));
      case "playlist" -> playlist(requireData(data));
      case "search" -> new LoadResult.SearchLoaded(tracks(array(json, "data", ""), "data"));
      case "empty" -> new LoadResult.Empty();
      case "error" -> new LoadResult.Failed(error(requireData(data), "data"));
      default -> throw new ProtocolException("loadType", "unknown load type '" + loadType + "'");
    };
  }

  private static JsonObject requireData(@Nullable JsonElement data) {
    if (data == null) {
      throw new ProtocolException("data", "required field is missing or null");
    }
    return asObject(data, "data");
  }

  private static LoadResult playlist(JsonObject data) {
    JsonObject info = objectOrEmpty(data, "info", "data");
    PlaylistInfo playlistInfo = new PlaylistInfo(
        stringOr(info, "name", "data.info", ""), intOr(info, "selectedTrack", "data.info", -1));
    return new LoadResult.PlaylistLoaded(playlistInfo,
        tracks(array(data, "tracks", "data"), "data.tracks"),
        JsonTrees.view(objectOrEmpty(data, "pluginInfo", "data")));
  }

  /** Decodes the body of {@code GET /v4/decodetrack}. */
  public static Track track(String body) {
    return track(JsonFields.parseObject(body), "");
  }

  /** Decodes the body of {@code POST /v4/decodetracks}. */
  public static List<Track> tracks(String body) {
    return tracks(JsonFields.parseArray(body), "");
  }

  /** Decodes the body of {@code GET /v4/sessions/{id}/players/{guild}} and of a player PATCH. */
  public static LavalinkPlayer player(String body) {
    return player(JsonFields.parseObject(body), "");
  }

  /** Decodes the body of {@code GET /v4/sessions/{id}/players}. */
  public static List<LavalinkPlayer> players(String body) {
    return list(JsonFields.parseArray(body), "", ProtocolDecoder::player);
  }

  /** Decodes the body of {@code GET /v4/stats}. */
  public static NodeStats stats(String body) {
    return stats(JsonFields.parseObject(body), "");
  }

  /** Decodes the body of a session PATCH. */
  public static SessionSettings session(String body) {
    JsonObject json = JsonFields.parseObject(body);
    return new SessionSettings(bool(json, "resuming", ""),
        Duration.ofSeconds(longValue(json, "timeout", "")));
  }

  /** Decodes the body of {@code GET /v4/info}. */
  public static NodeInfo info(String body) {
    JsonObject json = JsonFields.parseObject(body);
    JsonObject version = object(json, "version", "");
    JsonObject git = object(json, "git", "");
    String preRelease = nullableString(version, "preRelease", "version");
    return new NodeInfo(
        new NodeInfo.Version(string(version, "semver", "version"), intValue(version, "major", "version"),
            intValue(version, "minor", "version"), intValue(version, "patch", "version"),
            preRelease == null || preRelease.isEmpty() ? null : preRelease),
        longOr(json, "buildTime", "", 0),
        new NodeInfo.Git(string(git, "branch", "git"), string(git, "commit", "git"),
            longOr(git, "commitTime", "git", 0)),
        string(json, "jvm", ""),
        string(json, "lavaplayer", ""),
        strings(json, "sourceManagers"),
        strings(json, "filters"),
        list(array(json, "plugins", ""), "plugins", (plugin, at) -> new NodeInfo.Plugin(
            string(plugin, "name", at), string(plugin, "version", at))));
  }

  /** Decodes the body of {@code GET /v4/routeplanner/status} (a 200; 204 means no planner). */
  public static RoutePlannerStatus routePlannerStatus(String body) {
    JsonObject json = JsonFields.parseObject(body);
    String plannerClass = string(json, "class", "");
    JsonObject details = object(json, "details", "");
    JsonObject ipBlock = object(details, "ipBlock", "details");
    List<RoutePlannerStatus.FailingAddress> failing = list(
        array(details, "failingAddresses", "details"), "details.failingAddresses",
        (address, at) -> new RoutePlannerStatus.FailingAddress(
            string(address, "failingAddress", at), longValue(address, "failingTimestamp", at),
            stringOr(address, "failingTime", at, "")));
    Map<String, String> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : details.entrySet()) {
      String key = entry.getKey();
      if (!key.equals("ipBlock") && !key.equals("failingAddresses") && !entry.getValue().isJsonNull()) {
        JsonElement value = entry.getValue();
        extra.put(key, value.isJsonPrimitive() ? value.getAsString() : value.toString());
      }
    }
    return new RoutePlannerStatus(plannerClass,
        new RoutePlannerStatus.IpBlock(string(ipBlock, "type", "details.ipBlock"),
            string(ipBlock, "size", "details.ipBlock")),
        failing, extra);
  }

  /**
   * Reads a track object.
   *
   * @param at the JSON path of the object, for error messages
   * @throws ProtocolException if a required field is missing or of the wrong type
   */
  public static Track track(JsonObject json, String at) {
    return new Track(string(json, "encoded", at), trackInfo(object(json, "info", at), path(at, "info")),
        JsonTrees.view(objectOrEmpty(json, "pluginInfo", at)),
        JsonTrees.view(objectOrEmpty(json, "userData", at)));
  }

  private static List<Track> tracks(JsonArray array, String at) {
    return list(array, at, ProtocolDecoder::track);
  }

  /**
   * Reads a track's info. Servers always send every field, but the docs' examples leave the
   * object empty, so missing fields fall back to neutral values rather than failing the whole
   * message; a field of the wrong type still fails.
   */
  private static TrackInfo trackInfo(JsonObject info, String at) {
    boolean stream = boolOr(info, "isStream", at, false);
    return new TrackInfo(
        stringOr(info, "identifier", at, ""),
        boolOr(info, "isSeekable", at, !stream),
        stringOr(info, "author", at, ""),
        longOr(info, "length", at, 0),
        stream,
        longOr(info, "position", at, 0),
        stringOr(info, "title", at, ""),
        nullableString(info, "uri", at),
        nullableString(info, "artworkUrl", at),
        nullableString(info, "isrc", at),
        stringOr(info, "sourceName", at, ""));
  }

  private static TrackError error(JsonObject json, String at) {
    return new TrackError(nullableString(json, "message", at),
        severity(stringOr(json, "severity", at, "fault"), path(at, "severity")),
        stringOr(json, "cause", at, ""), nullableString(json, "causeStackTrace", at));
  }

  private static Severity severity(String wire, String at) {
    return switch (wire) {
      case "common" -> Severity.COMMON;
      case "suspicious" -> Severity.SUSPICIOUS;
      case "fault" -> Severity.FAULT;
      default -> throw new ProtocolException(at, "unknown severity '" + wire + "'");
    };
  }

  private static PlayerState playerState(JsonObject json, String at) {
    return new PlayerState(longValue(json, "time", at), longValue(json, "position", at),
        bool(json, "connected", at), longOr(json, "ping", at, -1));
  }

  private static LavalinkPlayer player(JsonObject json, String at) {
    JsonObject track = nullableObject(json, "track", at);
    JsonObject voice = objectOrEmpty(json, "voice", at);
    String voiceAt = path(at, "voice");
    return new LavalinkPlayer(
        string(json, "guildId", at),
        track == null ? null : track(track, path(at, "track")),
        intOr(json, "volume", at, 100),
        boolOr(json, "paused", at, false),
        playerState(object(json, "state", at), path(at, "state")),
        new VoiceState(stringOr(voice, "token", voiceAt, ""), stringOr(voice, "endpoint", voiceAt, ""),
            stringOr(voice, "sessionId", voiceAt, ""), nullableString(voice, "channelId", voiceAt)),
        filters(json, at));
  }

  private static Filters filters(JsonObject json, String at) {
    JsonObject filters = nullableObject(json, "filters", at);
    return filters == null ? Filters.NONE : FiltersJson.fromJson(filters, path(at, "filters"));
  }

  private static NodeStats stats(JsonObject json, String at) {
    JsonObject memory = object(json, "memory", at);
    JsonObject cpu = object(json, "cpu", at);
    JsonObject frames = nullableObject(json, "frameStats", at);
    String memoryAt = path(at, "memory");
    String cpuAt = path(at, "cpu");
    String framesAt = path(at, "frameStats");
    return new NodeStats(
        intValue(json, "players", at),
        intValue(json, "playingPlayers", at),
        longValue(json, "uptime", at),
        new NodeStats.Memory(longValue(memory, "free", memoryAt), longValue(memory, "used", memoryAt),
            longValue(memory, "allocated", memoryAt), longValue(memory, "reservable", memoryAt)),
        new NodeStats.Cpu(intValue(cpu, "cores", cpuAt), doubleValue(cpu, "systemLoad", cpuAt),
            doubleValue(cpu, "lavalinkLoad", cpuAt)),
        frames == null ? null : new NodeStats.FrameStats(intValue(frames, "sent", framesAt),
            intValue(frames, "nulled", framesAt), intValue(frames, "deficit", framesAt)));
  }

  private static List<String> strings(JsonObject json, String name) {
    JsonArray array = array(json, name, "");
    List<String> result = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      result.add(JsonFields.asString(array.get(i), index(name, i)));
    }
    return result;
  }

  private static <T> List<T> list(JsonArray array, String at,
      BiFunction<JsonObject, String, T> reader) {
    List<T> result = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String elementAt = index(at, i);
      result.add(reader.apply(asObject(array.get(i), elementAt), elementAt));
    }
    return List.copyOf(result);
  }

  /** Lower-case wire name of an enum constant such as {@code LOAD_FAILED} → {@code loadFailed}. */
  static String wireName(Enum<?> value) {
    String[] parts = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return name.toString();
  }
}
