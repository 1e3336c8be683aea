package dev.tonearm.internal.state;

import static dev.tonearm.internal.protocol.JsonFields.array;
import static dev.tonearm.internal.protocol.JsonFields.asObject;
import static dev.tonearm.internal.protocol.JsonFields.bool;
import static dev.tonearm.internal.protocol.JsonFields.index;
import static dev.tonearm.internal.protocol.JsonFields.intValue;
import static dev.tonearm.internal.protocol.JsonFields.longValue;
import static dev.tonearm.internal.protocol.JsonFields.nullableObject;
import static dev.tonearm.internal.protocol.JsonFields.nullableString;
import static dev.tonearm.internal.protocol.JsonFields.object;
import static dev.tonearm.internal.protocol.JsonFields.optional;
import static dev.tonearm.internal.protocol.JsonFields.path;
import static dev.tonearm.internal.protocol.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tonearm.ProtocolException;
import dev.tonearm.internal.player.PlayerSnapshot;
import dev.tonearm.internal.protocol.FiltersJson;
import dev.tonearm.internal.protocol.JsonFields;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.internal.protocol.ProtocolEncoder;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the client's snapshot: per node its session id, per player its voice, track,
 * position, pause, volume, filters, end time, queue and repeat mode.
 */
public final class SnapshotCodec {
  /** Names the format, so an unrelated JSON file is not taken for a snapshot. */
  static final String FORMAT = "tonearm-state";
  /** The version this code writes and reads; a change of layout bumps it. */
  static final int VERSION = 1;

  private SnapshotCodec() {}

  /**
   * A snapshot read back.
   *
   * @param sessions node name to the session id it had
   * @param players the players
   */
  public record Snapshot(Map<String, String> sessions, List<PlayerSnapshot> players) {}

  /** Writes a snapshot. */
  public static String write(Map<String, String> sessions, List<PlayerSnapshot> players,
      long savedAt) {
    JsonArray playerArray = new JsonArray();
    players.forEach(player -> playerArray.add(player(player)));
    return write(sessions, playerArray, savedAt);
  }

  /** Writes one player as a snapshot's player entry. */
  public static String writePlayer(PlayerSnapshot player) {
    return player(player).toString();
  }

  /**
   * Writes a snapshot from player entries that {@link #writePlayer} wrote.
   *
   * @throws IllegalArgumentException if an entry is not a player entry of this version
   */
  public static String compose(Map<String, String> sessions, Collection<String> players,
      long savedAt) {
    JsonArray playerArray = new JsonArray();
    int i = 0;
    for (String text : players) {
      String at = index("players", i++);
      try {
        JsonObject json = JsonFields.parseObject(text);
        player(json, at);
        playerArray.add(json);
      } catch (ProtocolException | NumberFormatException e) {
        throw new IllegalArgumentException("player state is corrupt: " + e.getMessage(), e);
      }
    }
    return write(sessions, playerArray, savedAt);
  }

  private static String write(Map<String, String> sessions, JsonArray players, long savedAt) {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    json.addProperty("version", VERSION);
    json.addProperty("savedAt", savedAt);
    JsonArray nodes = new JsonArray();
    sessions.forEach((name, sessionId) -> {
      JsonObject node = new JsonObject();
      node.addProperty("name", name);
      node.addProperty("sessionId", sessionId);
      nodes.add(node);
    });
    json.add("nodes", nodes);
    json.add("players", players);
    return json.toString();
  }

  private static JsonObject player(PlayerSnapshot player) {
    JsonObject json = new JsonObject();
    json.addProperty("guildId", Long.toUnsignedString(player.guildId()));
    json.addProperty("node", player.node());
    json.addProperty("channelId", Long.toUnsignedString(player.channelId()));
    JsonObject voice = new JsonObject();
    voice.addProperty("sessionId", player.voiceSessionId());
    voice.addProperty("token", player.voiceToken());
    voice.addProperty("endpoint", player.voiceEndpoint());
    json.add("voice", voice);
    json.add("track", player.track() == null ? null : ProtocolEncoder.track(player.track()));
    json.addProperty("position", player.position());
    json.addProperty("paused", player.paused());
    json.addProperty("volume", player.volume());
    json.add("filters", FiltersJson.toJson(player.filters()));
    json.addProperty("endTime", player.endTime());
    JsonArray queue = new JsonArray();
    player.queue().forEach(track -> queue.add(ProtocolEncoder.track(track)));
    json.add("queue", queue);
    json.addProperty("repeatMode", player.repeatMode().name());
    return json;
  }

  /**
   * Reads a snapshot.
   *
   * @throws IllegalArgumentException if the text is not a snapshot of this version; the message
   *     says what is wrong
   */
  public static Snapshot read(String text) {
    try {
      JsonObject json = JsonFields.parseObject(text);
      String format = nullableString(json, "format", "");
      if (!FORMAT.equals(format)) {
        throw new IllegalArgumentException("not a Tonearm snapshot: its format is " + format
            + ", expected " + FORMAT);
      }
      int version = intValue(json, "version", "");
      if (version != VERSION) {
        throw new IllegalArgumentException("snapshot version " + version
            + " cannot be read by this Tonearm, which reads version " + VERSION);
      }
      Map<String, String> sessions = new LinkedHashMap<>();
      JsonArray nodes = array(json, "nodes", "");
      for (int i = 0; i < nodes.size(); i++) {
        JsonObject node = asObject(nodes.get(i), index("nodes", i));
        sessions.put(string(node, "name", index("nodes", i)), string(node, "sessionId", index("nodes", i)));
      }
      List<PlayerSnapshot> players = new ArrayList<>();
      JsonArray playerArray = array(json, "players", "");
      for (int i = 0; i < playerArray.size(); i++) {
        String at = index("players", i);
        players.add(player(asObject(playerArray.get(i), at), at));
      }
      return new Snapshot(sessions, players);
    } catch (ProtocolException | NumberFormatException e) {
      throw new IllegalArgumentException("snapshot is corrupt: " + e.getMessage(), e);
    }
  }

  private static PlayerSnapshot player(JsonObject json, String at) {
    JsonObject voice = object(json, "voice", at);
    String voiceAt = path(at, "voice");
    JsonObject track = nullableObject(json, "track", at);
    JsonArray queueArray = array(json, "queue", at);
    List<Track> queue = new ArrayList<>();
    for (int i = 0; i < queueArray.size(); i++) {
      String trackAt = index(path(at, "queue"), i);
      queue.add(ProtocolDecoder.track(asObject(queueArray.get(i), trackAt), trackAt));
    }
    return new PlayerSnapshot(
        Long.parseUnsignedLong(string(json, "guildId", at)),
        string(json, "node", at),
        Long.parseUnsignedLong(string(json, "channelId", at)),
        nullableString(voice, "sessionId", voiceAt),
        nullableString(voice, "token", voiceAt),
        nullableString(voice, "endpoint", voiceAt),
        track == null ? null : ProtocolDecoder.track(track, path(at, "track")),
        longValue(json, "position", at),
        bool(json, "paused", at),
        intValue(json, "volume", at),
        FiltersJson.fromJson(object(json, "filters", at), path(at, "filters")),
        endTime(json, at),
        queue,
        repeatMode(string(json, "repeatMode", at), path(at, "repeatMode")));
  }

  private static @Nullable Long endTime(JsonObject json, String at) {
    return optional(json, "endTime") == null ? null : longValue(json, "endTime", at);
  }

  private static RepeatMode repeatMode(String name, String at) {
    try {
      return RepeatMode.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(at, "unknown repeat mode '" + name + "'");
    }
  }
}
