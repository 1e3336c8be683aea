package dev.tonearm.testkit.discord;

import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.gateway.ShardSessions;
import java.util.List;
import java.util.Optional;

/**
 * One shard's end of the gateway of a {@link FakeDiscord}: its session, and the faults Discord
 * injects into it. Shard 0 is also the shard of a bot without sharding. Thread-safe.
 */
public final class FakeShard {
  private final FakeDiscord discord;
  private final int id;

  FakeShard(FakeDiscord discord, int id) {
    this.discord = discord;
    this.id = id;
  }

  /** @return the shard id */
  public int id() {
    return id;
  }

  /**
   * Returns the shard's current session.
   *
   * @return the session id from READY, or empty if the shard never identified or its session was
   *     invalidated
   */
  public Optional<String> sessionId() {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      return discord.gateway().sessions().sessionId(id);
    }
  }

  /**
   * Tells whether the shard's session has an open connection, so that dispatches reach the bot
   * now rather than on a RESUME.
   *
   * @return true if connected
   */
  public boolean isConnected() {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      return discord.gateway().sessions().connected(id);
    }
  }

  /**
   * Sends opcode 7 (reconnect). The bot closes the connection, reconnects to the resume URL and
   * sends RESUME; dispatches made meanwhile are replayed then, before RESUMED.
   *
   * @throws IllegalStateException if the shard has no open connection
   */
  public void requestReconnect() {
    act(ShardSessions::requestReconnect);
  }

  /**
   * Sends opcode 9 (invalid session). If resumable, the bot resumes as after opcode 7; if not, the
   * session ends and the bot sends a new IDENTIFY, getting a new READY and GUILD_CREATEs.
   *
   * @param resumable the opcode's {@code d}
   * @throws IllegalStateException if the shard has no open connection
   */
  public void invalidateSession(boolean resumable) {
    act((sessions, shard) -> sessions.invalidateSession(shard, resumable));
  }

  /**
   * Closes the connection with a close code. The session stays resumable: after 4000 (unknown
   * error) or 4009 (session timed out) JDA resumes it; after 4004 (authentication failed) JDA
   * shuts down.
   *
   * @param code the close code
   * @param reason the close reason
   * @throws IllegalStateException if the shard has no open connection
   */
  public void close(int code, String reason) {
    act((sessions, shard) -> sessions.close(shard, code, reason));
  }

  /** @return the frames the bot sent on this shard's connections, in order */
  public List<GatewayFrame> frames() {
    return discord.frames().stream().filter(frame -> frame.shardId() == id).toList();
  }

  /** @return the dispatches the fake sent or queued for this shard, in order */
  public List<Dispatch> dispatches() {
    return discord.dispatches().stream().filter(dispatch -> dispatch.shardId() == id).toList();
  }

  @Override
  public String toString() {
    return "FakeShard[" + id + "]";
  }

  private void act(ShardAction action) {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      action.apply(discord.gateway().sessions(), id);
    }
  }

  @FunctionalInterface
  private interface ShardAction {
    void apply(ShardSessions sessions, int shardId);
  }
}
