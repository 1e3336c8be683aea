package dev.tonearm.testkit.discord;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import dev.tonearm.testkit.discord.internal.json.JsonReading;
import java.util.Objects;
import java.util.Optional;

/**
 * One frame the bot sent on the gateway, in arrival order.
 *
 * @param shardId the shard of the connection, from its IDENTIFY or the session it resumed; -1 if
 *     the connection had neither identified nor resumed a known session yet
 * @param connection the connection's number, counting from 0 in the order they were opened
 * @param op the opcode, e.g. 2 for IDENTIFY, 4 for a voice state request
 * @param payload the frame's {@code d} as JSON text ({@code null} if it had none)
 */
public record GatewayFrame(int shardId, int connection, int op, String payload) {

  /**
   * Checks the payload.
   *
   * @param shardId the shard of the connection, from its IDENTIFY or the session it resumed; -1 if
   *     the connection had neither identified nor resumed a known session yet
   * @param connection the connection's number, counting from 0 in the order they were opened
   * @param op the opcode, e.g. 2 for IDENTIFY, 4 for a voice state request
   * @param payload the frame's {@code d} as JSON text ({@code null} if it had none)
   * @throws NullPointerException if {@code payload} is null
   */
  public GatewayFrame {
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * Reads the frame as a voice state request.
   *
   * @return the request's fields, or empty if this frame is not opcode 4 or not an object
   */
  public Optional<VoiceStateRequest> voiceStateRequest() {
    if (op != GatewayJson.VOICE_STATE || !payload.startsWith("{")) {
      return Optional.empty();
    }
    JsonObject d = JsonReading.object(payload);
    return Optional.of(new VoiceStateRequest(JsonReading.snowflake(d, "guild_id"),
        JsonReading.snowflake(d, "channel_id"), JsonReading.flag(d, "self_mute"),
        JsonReading.flag(d, "self_deaf")));
  }
}
