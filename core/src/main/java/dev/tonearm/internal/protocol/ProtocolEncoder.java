package dev.tonearm.internal.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tonearm.rest.SessionUpdate;
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

  /** The body of {@code POST /v4/routeplanner/free/address}. */
  public static String freeAddress(String address) {
    JsonObject json = new JsonObject();
    json.addProperty("address", address);
    return json.toString();
  }
}
