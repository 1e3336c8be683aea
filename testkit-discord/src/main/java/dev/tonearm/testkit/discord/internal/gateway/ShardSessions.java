package dev.tonearm.testkit.discord.internal.gateway;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import dev.tonearm.testkit.discord.internal.model.World;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gateway sessions, one current session per shard: routes each guild's dispatches to the
 * session of its shard, and injects the faults a test asks for (opcodes 7 and 9, close codes).
 * Every method runs under the fake's lock.
 */
public final class ShardSessions {
  private final ServerContext context;
  private final Map<Integer, GatewaySession> byShard = new LinkedHashMap<>();
  private final Map<String, GatewaySession> byId = new LinkedHashMap<>();

  ShardSessions(ServerContext context) {
    this.context = context;
  }

  /** Starts a shard's new session on a connection; the shard's previous session ends. */
  GatewaySession start(int shardId, int shardTotal, GatewayConnection connection) {
    GatewaySession previous = byShard.get(shardId);
    if (previous != null) {
      previous.invalidate();
    }
    GatewaySession session = new GatewaySession(context.ids().nextToken(), shardId, shardTotal,
        context.recordings());
    byShard.put(shardId, session);
    byId.put(session.id(), session);
    session.attach(connection);
    return session;
  }

  /** The session with this id, ended or not, or null. */
  @Nullable GatewaySession byId(@Nullable String sessionId) {
    return sessionId == null ? null : byId.get(sessionId);
  }

  /** Stops sending on every connection, as the server shuts down. */
  void detachAll() {
    byShard.values().forEach(GatewaySession::detach);
  }

  /**
   * Sends a guild's dispatch to the session of the guild's shard; call under the lock. Without
   * such a session, or inside {@link ServerContext#silently}, nothing is sent.
   *
   * @param guildId the guild
   * @param type the event name
   * @param data the event's data
   */
  public void dispatchToGuild(long guildId, String type, JsonObject data) {
    if (context.silent()) {
      return;
    }
    for (GatewaySession session : byShard.values()) {
      if (!session.isInvalid() && owns(session, guildId)) {
        session.dispatch(type, data);
      }
    }
    context.changed();
  }

  /**
   * Tells whether a session receives a guild's dispatches, connected or waiting for a RESUME;
   * call under the lock.
   *
   * @param guildId the guild
   * @return true if a dispatch for the guild would reach the bot now or on a RESUME
   */
  public boolean receives(long guildId) {
    return byShard.values().stream()
        .anyMatch(session -> !session.isInvalid() && owns(session, guildId));
  }

  static boolean owns(GatewaySession session, long guildId) {
    return World.shardOf(guildId, session.shardTotal()) == session.shardId();
  }

  /**
   * Returns the id of a shard's session; call under the lock.
   *
   * @param shardId the shard
   * @return the session id, or empty if the shard never identified or its session ended
   */
  public Optional<String> sessionId(int shardId) {
    GatewaySession session = byShard.get(shardId);
    return session == null || session.isInvalid() ? Optional.empty() : Optional.of(session.id());
  }

  /**
   * Tells whether a shard's session has an open connection; call under the lock.
   *
   * @param shardId the shard
   * @return true if dispatches reach the bot now
   */
  public boolean connected(int shardId) {
    GatewaySession session = byShard.get(shardId);
    return session != null && !session.isInvalid() && session.connection() != null;
  }

  /**
   * Sends opcode 7: the bot should reconnect and resume. Dispatches from now on wait for the
   * RESUME. Call under the lock.
   *
   * @param shardId the shard
   * @throws IllegalStateException if the shard has no open connection
   */
  public void requestReconnect(int shardId) {
    GatewayConnection connection = openConnection(shardId);
    connection.send(GatewayJson.frame(GatewayJson.RECONNECT, JsonNull.INSTANCE));
    session(shardId).detach();
  }

  /**
   * Sends opcode 9. A resumable notice keeps the session for a RESUME; otherwise it ends and the
   * bot must IDENTIFY again. Call under the lock.
   *
   * @param shardId the shard
   * @param resumable the notice's {@code d}
   * @throws IllegalStateException if the shard has no open connection
   */
  public void invalidateSession(int shardId, boolean resumable) {
    GatewayConnection connection = openConnection(shardId);
    connection.send(GatewayJson.frame(GatewayJson.INVALID_SESSION, new JsonPrimitive(resumable)));
    GatewaySession session = session(shardId);
    if (resumable) {
      session.detach();
    } else {
      session.invalidate();
    }
  }

  /**
   * Closes a shard's connection with a close code; the session stays resumable. Call under the
   * lock.
   *
   * @param shardId the shard
   * @param code the close code, e.g. 4000, 4009 or 4004
   * @param reason the close reason
   * @throws IllegalStateException if the shard has no open connection
   */
  public void close(int shardId, int code, String reason) {
    GatewayConnection connection = openConnection(shardId);
    session(shardId).detach();
    connection.close(code, reason);
  }

  private GatewaySession session(int shardId) {
    GatewaySession session = byShard.get(shardId);
    if (session == null || session.isInvalid()) {
      throw new IllegalStateException("Shard " + shardId + " has no gateway session; shards with"
          + " one: " + byShard.keySet());
    }
    return session;
  }

  private GatewayConnection openConnection(int shardId) {
    GatewayConnection connection = session(shardId).connection();
    if (connection == null || !connection.isOpen()) {
      throw new IllegalStateException("Shard " + shardId + " has no open gateway connection");
    }
    return connection;
  }
}
