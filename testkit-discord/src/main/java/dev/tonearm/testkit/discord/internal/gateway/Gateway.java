package dev.tonearm.testkit.discord.internal.gateway;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import dev.tonearm.testkit.discord.GatewayFrame;
import dev.tonearm.testkit.discord.GatewayHandshake;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.EntityJson;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import dev.tonearm.testkit.discord.internal.json.JsonReading;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.internal.model.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: accepts connections, answers HELLO, IDENTIFY, RESUME, heartbeats and member
 * requests the way Discord does, keeps one session per shard, routes each guild's dispatches to
 * the session of its shard, and injects the faults a test asks for.
 */
public final class Gateway {
  /** The path of the gateway URL handed out by {@code GET /gateway/bot}. */
  public static final String PATH = "/gateway";
  /** The path of the {@code resume_gateway_url} handed out in READY. */
  public static final String RESUME_PATH = "/gateway/resume";

  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final ServerContext context;
  private final Duration heartbeatInterval;
  private final String resumeUrl;
  private final ShardSessions sessions;
  private final List<GatewayConnection> connections = new ArrayList<>();
  private final VoiceAnswers voice;
  private boolean rejectIdentify;
  private boolean ackHeartbeats = true;

  /**
   * Creates the gateway.
   *
   * @param context the fake's shared state
   * @param heartbeatInterval the interval HELLO asks for
   * @param resumeUrl the {@code resume_gateway_url} READY hands out
   * @param ownEndpoint the fake's {@code host:port}, the voice endpoint unless one is configured
   */
  public Gateway(ServerContext context, Duration heartbeatInterval, String resumeUrl,
      String ownEndpoint) {
    this.context = context;
    this.heartbeatInterval = heartbeatInterval;
    this.resumeUrl = resumeUrl;
    this.sessions = new ShardSessions(context);
    this.voice = new VoiceAnswers(context, sessions, ownEndpoint);
  }

  /** @return the sessions of the shards, which carry dispatches and take injected faults */
  public ShardSessions sessions() {
    return sessions;
  }

  /** @return the voice answers, which also carry out scripted moves of the bot */
  public VoiceAnswers voice() {
    return voice;
  }

  /**
   * Accepts a WebSocket upgrade; call under the lock.
   *
   * @param path the path the client asked for
   * @param query the query it sent
   * @return the listener to serve the connection with
   */
  public okhttp3.WebSocketListener accept(String path, String query) {
    GatewayConnection connection = new GatewayConnection(this, connections.size());
    connections.add(connection);
    context.recordings().add(new GatewayHandshake(connection.index(), path, query));
    return connection;
  }

  // ---- connection callbacks ------------------------------------------------------------------

  void opened(GatewayConnection connection, WebSocket socket) {
    synchronized (context.lock()) {
      connection.opened(socket);
      if (context.closed()) {
        connection.close(1000, "The fake Discord is closed");
        return;
      }
      connection.send(GatewayJson.frame(GatewayJson.HELLO,
          GatewayJson.hello(heartbeatInterval.toMillis())));
    }
  }

  void received(GatewayConnection connection, String text) {
    synchronized (context.lock()) {
      try {
        JsonObject frame = JsonReading.object(text);
        int op = frame.has("op") ? frame.get("op").getAsInt() : -1;
        JsonElement data = frame.has("d") ? frame.get("d") : JsonNull.INSTANCE;
        context.recordings().add(new GatewayFrame(shardOf(connection, op, data),
            connection.index(), op, data.toString()));
        context.changed();
        handle(connection, op, data);
      } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
          | NumberFormatException | IndexOutOfBoundsException e) {
        // Not JSON, or a payload without the fields its opcode needs, or of the wrong types.
        LOG.warn("Gateway connection {} sent a frame the fake cannot read: {}",
            connection.index(), text, e);
        connection.close(4002, "Error while decoding payload.");
      }
    }
  }

  void closed(GatewayConnection connection) {
    synchronized (context.lock()) {
      connection.gone();
      GatewaySession session = connection.session();
      if (session != null && session.connection() == connection) {
        session.detach();
      }
      context.changed();
    }
  }

  private int shardOf(GatewayConnection connection, int op, JsonElement data) {
    if (connection.session() != null || !data.isJsonObject()) {
      return connection.shardId();
    }
    JsonObject d = data.getAsJsonObject();
    if (op == GatewayJson.IDENTIFY) {
      return d.has("shard") ? d.getAsJsonArray("shard").get(0).getAsInt() : 0;
    }
    if (op == GatewayJson.RESUME) {
      GatewaySession resumed = sessions.byId(JsonReading.string(d, "session_id"));
      return resumed == null ? -1 : resumed.shardId();
    }
    return -1;
  }

  private void handle(GatewayConnection connection, int op, JsonElement data) {
    switch (op) {
      case GatewayJson.HEARTBEAT -> {
        if (ackHeartbeats) {
          connection.send(GatewayJson.frame(GatewayJson.HEARTBEAT_ACK, JsonNull.INSTANCE));
        }
      }
      case GatewayJson.IDENTIFY -> identify(connection, data.getAsJsonObject());
      case GatewayJson.RESUME -> resume(connection, data.getAsJsonObject());
      case GatewayJson.VOICE_STATE, GatewayJson.REQUEST_GUILD_MEMBERS,
          GatewayJson.PRESENCE_UPDATE -> {
        GatewaySession session = connection.session();
        if (session == null) {
          connection.close(4003, "Not authenticated.");
        } else if (session.connection() == connection && op == GatewayJson.VOICE_STATE) {
          voice.onRequest(session, request(data.getAsJsonObject()));
        } else if (session.connection() == connection && op == GatewayJson.REQUEST_GUILD_MEMBERS) {
          requestMembers(session, data.getAsJsonObject());
        }
      }
      default -> LOG.debug("Gateway connection {} sent opcode {}, which the fake ignores",
          connection.index(), op);
    }
  }

  private static VoiceStateRequest request(JsonObject d) {
    return new VoiceStateRequest(JsonReading.snowflake(d, "guild_id"),
        JsonReading.snowflake(d, "channel_id"), JsonReading.flag(d, "self_mute"),
        JsonReading.flag(d, "self_deaf"));
  }

  private boolean authenticated(GatewayConnection connection, JsonObject d) {
    if (rejectIdentify || !context.botToken().equals(JsonReading.string(d, "token"))) {
      connection.close(4004, "Authentication failed.");
      return false;
    }
    return true;
  }

  private void identify(GatewayConnection connection, JsonObject d) {
    if (connection.session() != null) {
      connection.close(4005, "Already authenticated.");
      return;
    }
    if (!authenticated(connection, d)) {
      return;
    }
    int shardId = 0;
    int shardTotal = 1;
    if (d.has("shard")) {
      shardId = d.getAsJsonArray("shard").get(0).getAsInt();
      shardTotal = d.getAsJsonArray("shard").get(1).getAsInt();
    }
    if (shardTotal < 1 || shardId < 0 || shardId >= shardTotal) {
      connection.close(4010, "Invalid shard.");
      return;
    }
    GatewaySession session = sessions.start(shardId, shardTotal, connection);
    World world = context.world();
    List<GuildModel> guilds = world.guildsOf(shardId, shardTotal);
    session.dispatch("READY",
        GatewayJson.ready(world, guilds, session.id(), resumeUrl, shardId, shardTotal));
    for (GuildModel guild : guilds) {
      session.dispatch("GUILD_CREATE", EntityJson.guildCreate(guild));
    }
    context.changed();
  }

  private void resume(GatewayConnection connection, JsonObject d) {
    if (!authenticated(connection, d)) {
      return;
    }
    GatewaySession session = sessions.byId(JsonReading.string(d, "session_id"));
    if (session == null || session.isInvalid()) {
      connection.send(GatewayJson.frame(GatewayJson.INVALID_SESSION, new JsonPrimitive(false)));
      return;
    }
    GatewayConnection old = session.connection();
    if (old != null && old != connection) {
      old.close(4000, "Resumed on another connection.");
    }
    session.attach(connection);
    JsonElement seq = d.get("seq");
    session.replayAfter(seq == null || seq.isJsonNull() ? 0 : seq.getAsLong(), connection);
    session.dispatch("RESUMED", GatewayJson.resumed());
    context.changed();
  }

  private void requestMembers(GatewaySession session, JsonObject d) {
    JsonElement ids = d.get("guild_id");
    List<Long> guildIds = new ArrayList<>();
    if (ids != null && ids.isJsonArray()) {
      ids.getAsJsonArray().forEach(id -> guildIds.add(Long.parseUnsignedLong(id.getAsString())));
    } else {
      guildIds.add(JsonReading.snowflake(d, "guild_id"));
    }
    for (long guildId : guildIds) {
      GuildModel guild = context.world().findGuild(guildId);
      if (guild != null && ShardSessions.owns(session, guildId)) {
        session.dispatch("GUILD_MEMBERS_CHUNK",
            GatewayJson.membersChunk(guild, JsonReading.string(d, "nonce")));
      }
    }
  }

  /**
   * Makes every IDENTIFY and RESUME fail with close code 4004, or stops doing so; call under the
   * lock.
   *
   * @param reject whether to reject
   */
  public void rejectIdentify(boolean reject) {
    this.rejectIdentify = reject;
  }

  /**
   * Stops or resumes answering heartbeats; call under the lock.
   *
   * @param ack whether heartbeats get opcode 11
   */
  public void ackHeartbeats(boolean ack) {
    this.ackHeartbeats = ack;
  }

  /**
   * Closes every open connection with code 1000, as a server that shuts down, and waits a little
   * for the clients to answer, so that they see a normal close rather than a dropped socket;
   * call under the lock.
   *
   * @param realTimeout how long to wait for the answers at most
   */
  public void closeAll(Duration realTimeout) {
    for (GatewayConnection connection : connections) {
      connection.close(1000, "The fake Discord is closing");
    }
    sessions.detachAll();
    context.awaitQuietly(
        () -> connections.stream().noneMatch(GatewayConnection::awaitingClient), realTimeout);
  }
}
