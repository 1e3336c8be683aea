package dev.tonearm.testkit.discord.internal.json;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.internal.model.World;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The gateway's frames: the envelope, HELLO, READY and the other session payloads. */
public final class GatewayJson {
  /** Opcode of a dispatch (an event with a sequence number). */
  public static final int DISPATCH = 0;
  /** Opcode of a heartbeat. */
  public static final int HEARTBEAT = 1;
  /** Opcode of IDENTIFY. */
  public static final int IDENTIFY = 2;
  /** Opcode of a presence update. */
  public static final int PRESENCE_UPDATE = 3;
  /** Opcode of a voice state request. */
  public static final int VOICE_STATE = 4;
  /** Opcode of RESUME. */
  public static final int RESUME = 6;
  /** Opcode of the server's request to reconnect. */
  public static final int RECONNECT = 7;
  /** Opcode of a request for guild members. */
  public static final int REQUEST_GUILD_MEMBERS = 8;
  /** Opcode of an invalid session notice. */
  public static final int INVALID_SESSION = 9;
  /** Opcode of HELLO. */
  public static final int HELLO = 10;
  /** Opcode of a heartbeat acknowledgement. */
  public static final int HEARTBEAT_ACK = 11;

  private static final JsonArray TRACE = new JsonArray();

  static {
    TRACE.add("[\"tonearm-fake-gateway\",{\"micros\":0}]");
  }

  private GatewayJson() {}

  /**
   * A whole frame.
   *
   * @param op the opcode
   * @param data the {@code d} field
   * @param seq the sequence number, for dispatches only
   * @param type the event name, for dispatches only
   * @return the frame's JSON text
   */
  public static String frame(int op, JsonElement data, @Nullable Long seq, @Nullable String type) {
    JsonObject frame = new JsonObject();
    frame.addProperty("op", op);
    frame.add("d", data);
    frame.add("s", seq == null ? JsonNull.INSTANCE : new JsonPrimitive(seq));
    frame.add("t", type == null ? JsonNull.INSTANCE : new JsonPrimitive(type));
    return frame.toString();
  }

  /**
   * A frame that is not a dispatch.
   *
   * @param op the opcode
   * @param data the {@code d} field
   * @return the frame's JSON text
   */
  public static String frame(int op, JsonElement data) {
    return frame(op, data, null, null);
  }

  /**
   * HELLO's data.
   *
   * @param heartbeatIntervalMillis how often the client must send heartbeats
   * @return the {@code d} of HELLO
   */
  public static JsonObject hello(long heartbeatIntervalMillis) {
    JsonObject hello = new JsonObject();
    hello.addProperty("heartbeat_interval", heartbeatIntervalMillis);
    hello.add("_trace", TRACE);
    return hello;
  }

  /**
   * READY's data.
   *
   * @param world the bot and its application
   * @param guilds the guilds of the shard, listed as unavailable until their GUILD_CREATE
   * @param sessionId the new session's id
   * @param resumeUrl where to reconnect to resume the session
   * @param shardId the shard
   * @param shardTotal the number of shards
   * @return the {@code d} of READY
   */
  public static JsonObject ready(World world, List<GuildModel> guilds, String sessionId,
      String resumeUrl, int shardId, int shardTotal) {
    JsonObject ready = new JsonObject();
    ready.addProperty("v", 10);
    JsonObject user = EntityJson.user(world.bot());
    user.addProperty("verified", true);
    user.addProperty("mfa_enabled", false);
    user.addProperty("flags", 0);
    ready.add("user", user);
    JsonArray unavailable = new JsonArray();
    for (GuildModel guild : guilds) {
      JsonObject partial = new JsonObject();
      partial.addProperty("id", text(guild.id()));
      partial.addProperty("unavailable", true);
      unavailable.add(partial);
    }
    ready.add("guilds", unavailable);
    ready.addProperty("session_id", sessionId);
    ready.addProperty("session_type", "normal");
    ready.addProperty("resume_gateway_url", resumeUrl);
    JsonArray shard = new JsonArray();
    shard.add(shardId);
    shard.add(shardTotal);
    ready.add("shard", shard);
    JsonObject application = new JsonObject();
    application.addProperty("id", text(world.applicationId()));
    application.addProperty("flags", 0);
    ready.add("application", application);
    ready.add("private_channels", new JsonArray());
    ready.add("relationships", new JsonArray());
    ready.add("presences", new JsonArray());
    ready.add("guild_join_requests", new JsonArray());
    ready.add("_trace", TRACE);
    return ready;
  }

  /**
   * RESUMED's data.
   *
   * @return the {@code d} of RESUMED
   */
  public static JsonObject resumed() {
    JsonObject resumed = new JsonObject();
    resumed.add("_trace", TRACE);
    return resumed;
  }

  /**
   * GUILD_DELETE's data for a guild the bot was removed from.
   *
   * @param guildId the guild
   * @return the {@code d} of GUILD_DELETE
   */
  public static JsonObject guildDelete(long guildId) {
    JsonObject json = new JsonObject();
    json.addProperty("id", text(guildId));
    return json;
  }

  /**
   * VOICE_SERVER_UPDATE's data.
   *
   * @param guildId the guild
   * @param token the voice token
   * @param endpoint the voice server, or null while Discord allocates one
   * @return the {@code d} of VOICE_SERVER_UPDATE
   */
  public static JsonObject voiceServerUpdate(long guildId, String token,
      @Nullable String endpoint) {
    JsonObject json = new JsonObject();
    json.addProperty("token", token);
    json.addProperty("guild_id", text(guildId));
    json.add("endpoint", endpoint == null ? JsonNull.INSTANCE : new JsonPrimitive(endpoint));
    return json;
  }

  /**
   * GUILD_MEMBERS_CHUNK's data with every member of a guild, in one chunk.
   *
   * @param guild the guild
   * @param nonce the request's nonce, or null
   * @return the {@code d} of GUILD_MEMBERS_CHUNK
   */
  public static JsonObject membersChunk(GuildModel guild, @Nullable String nonce) {
    JsonObject json = new JsonObject();
    json.addProperty("guild_id", text(guild.id()));
    JsonArray members = new JsonArray();
    guild.members().forEach(member -> members.add(EntityJson.member(member)));
    json.add("members", members);
    json.addProperty("chunk_index", 0);
    json.addProperty("chunk_count", 1);
    if (nonce != null) {
      json.addProperty("nonce", nonce);
    }
    return json;
  }
}
