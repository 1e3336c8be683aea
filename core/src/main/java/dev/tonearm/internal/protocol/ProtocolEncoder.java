package dev.tonearm.internal.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import java.util.List;

/** Writes the request bodies that are not built by their own public type. */
public final class ProtocolEncoder {
  private ProtocolEncoder() {}

  /** The body of a session PATCH; absent parts are left out so the node keeps them. */
  public static String sessionUpdate(SessionUpdate update) {
    JsonObject json = new JsonObject();
    if (update.resuming() != null) {
      json.addProperty("resuming", update.resuming());
    }
    if (update.timeout() != null) {
      json.addProperty("timeout", update.timeout().toSeconds());
    }
    return json.toString();
  }

  /** The body of {@code POST /v4/decodetracks}. */
  public static String encodedTracks(List<String> encoded) {
    JsonArray array = new JsonArray(encoded.size());
    encoded.forEach(array::add);
    return array.toString();
  }

  /** A track in Lavalink's own JSON form, as the node sends it. */
  public static JsonObject track(Track track) {
    TrackInfo info = track.info();
    JsonObject json = new JsonObject();
    json.addProperty("encoded", track.encoded());
    JsonObject infoJson = new JsonObject();
    infoJson.addProperty("identifier", info.identifier());
    infoJson.addProperty("isSeekable", info.seekable());
    infoJson.addProperty("author", info.author());
    infoJson.addProperty("length", info.length());
    infoJson.addProperty("isStream", info.stream());
    infoJson.addProperty("position", info.position());
    infoJson.addProperty("title", info.title());
    infoJson.addProperty("uri", info.uri());
    infoJson.addProperty("artworkUrl", info.artworkUrl());
    infoJson.addProperty("isrc", info.isrc());
    infoJson.addProperty("sourceName", info.sourceName());
    json.add("info", infoJson);
    json.add("pluginInfo", JsonTrees.tree(track.pluginInfo()).deepCopy());
    json.add("userData", JsonTrees.tree(track.userData()).deepCopy());
    return json;
  }

  /** The body of {@code POST /v4/routeplanner/free/address}. */
  public static String freeAddress(String address) {
    JsonObject json = new JsonObject();
    json.addProperty("address", address);
    return json.toString();
  }
}
