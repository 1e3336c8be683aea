package dev.tonearm.testkit.discord.internal.gateway;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.Dispatch;
import dev.tonearm.testkit.discord.internal.Recordings;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One gateway session of one shard: its id, its sequence numbers and every dispatch it was sent,
 * so that a RESUME can replay what the bot missed. Dispatches made while the session has no
 * connection are kept for that replay. Not thread-safe: the fake's lock guards it.
 */
final class GatewaySession {
  private final String id;
  private final int shardId;
  private final int shardTotal;
  private final Recordings recordings;
  private final List<Sent> history = new ArrayList<>();
  private @Nullable GatewayConnection connection;
  private long seq;
  private boolean invalid;

  GatewaySession(String id, int shardId, int shardTotal, Recordings recordings) {
    this.id = id;
    this.shardId = shardId;
    this.shardTotal = shardTotal;
    this.recordings = recordings;
  }

  String id() {
    return id;
  }

  int shardId() {
    return shardId;
  }

  int shardTotal() {
    return shardTotal;
  }

  boolean isInvalid() {
    return invalid;
  }

  /** The connection dispatches go to now, or null while the session waits to be resumed. */
  @Nullable GatewayConnection connection() {
    return connection;
  }

  void attach(GatewayConnection attached) {
    connection = attached;
    attached.session(this);
  }

  /** Stops sending on the current connection; later dispatches wait for a RESUME. */
  void detach() {
    connection = null;
  }

  /** Ends the session: it can no longer be resumed. */
  void invalidate() {
    invalid = true;
    connection = null;
  }

  /** Sends a dispatch with the next sequence number, or keeps it for a RESUME. */
  void dispatch(String type, JsonObject data) {
    long next = ++seq;
    String frame = GatewayJson.frame(GatewayJson.DISPATCH, data, next, type);
    history.add(new Sent(next, frame));
    recordings.add(new Dispatch(shardId, id, next, type, data.toString()));
    if (connection != null) {
      connection.send(frame);
    }
  }

  /** Sends the connection every dispatch after {@code lastSeen}, in order. */
  void replayAfter(long lastSeen, GatewayConnection to) {
    for (Sent sent : history) {
      if (sent.seq > lastSeen) {
        to.send(sent.frame);
      }
    }
  }

  private record Sent(long seq, String frame) {}
}
