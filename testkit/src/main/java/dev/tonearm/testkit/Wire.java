package dev.tonearm.testkit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.track.TrackInfo;
import org.jspecify.annotations.Nullable;

/** Builds the JSON the node sends, with Gson trees, the way Lavalink's serializer lays it out. */
final class Wire {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private Wire() {}

  static String toJson(JsonElement element) {
    return GSON.toJson(element);
  }

  static JsonObject track(String encoded, TrackInfo info, JsonObject userData) {
    JsonObject track = new JsonObject();
    track.addProperty("encoded", encoded);
    track.add("info", info(info));
    track.add("pluginInfo", new JsonObject());
    track.add("userData", userData.deepCopy());
    return track;
  }

  static JsonObject info(TrackInfo info) {
    JsonObject json = new JsonObject();
    json.addProperty("identifier", info.identifier());
    json.addProperty("isSeekable", !info.stream());
    json.addProperty("author", info.author());
    json.addProperty("length", info.length());
    json.addProperty("isStream", info.stream());
    json.addProperty("position", info.position());
    json.addProperty("title", info.title());
    json.addProperty("uri", info.uri());
    json.addProperty("sourceName", info.sourceName());
    json.addProperty("artworkUrl", info.artworkUrl());
    json.addProperty("isrc", info.isrc());
    return json;
  }

  static JsonObject exception(@Nullable String message, String severity, String cause,
      String causeStackTrace, boolean withStackTrace) {
    JsonObject json = new JsonObject();
    json.addProperty("message", message);
    json.addProperty("severity", severity);
    json.addProperty("cause", cause);
    if (withStackTrace) {
      json.addProperty("causeStackTrace", causeStackTrace);
    }
    return json;
  }

  static JsonObject event(String type, long guildId) {
    JsonObject json = new JsonObject();
    json.addProperty("op", "event");
    json.addProperty("type", type);
    json.addProperty("guildId", Long.toString(guildId));
    return json;
  }

  static JsonObject ready(boolean resumed, String sessionId) {
    JsonObject json = new JsonObject();
    json.addProperty("op", "ready");
    json.addProperty("resumed", resumed);
    json.addProperty("sessionId", sessionId);
    return json;
  }

  static JsonObject playerState(long time, long position, boolean connected, long ping) {
    JsonObject state = new JsonObject();
    state.addProperty("time", time);
    state.addProperty("position", position);
    state.addProperty("connected", connected);
    state.addProperty("ping", ping);
    return state;
  }

  static JsonObject playerUpdate(long guildId, JsonObject state) {
    JsonObject json = new JsonObject();
    json.addProperty("op", "playerUpdate");
    json.addProperty("guildId", Long.toString(guildId));
    json.add("state", state);
    return json;
  }

  static JsonObject errorBody(long timestamp, int status, String message, String path,
      @Nullable String trace) {
    JsonObject json = new JsonObject();
    json.addProperty("timestamp", timestamp);
    json.addProperty("status", status);
    json.addProperty("error", reason(status));
    if (trace != null) {
      json.addProperty("trace", trace);
    }
    json.addProperty("message", message);
    json.addProperty("path", path);
    return json;
  }

  static JsonElement orNull(@Nullable JsonElement element) {
    return element == null ? JsonNull.INSTANCE : element;
  }

  /** The HTTP reason phrase Spring uses for a status. */
  static String reason(int status) {
    return switch (status) {
      case 101 -> "Switching Protocols";
      case 200 -> "OK";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
