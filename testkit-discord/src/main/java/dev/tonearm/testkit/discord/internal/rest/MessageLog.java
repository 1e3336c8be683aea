package dev.tonearm.testkit.discord.internal.rest;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.internal.Snowflakes;
import dev.tonearm.testkit.discord.internal.json.MessageJson;
import dev.tonearm.testkit.discord.internal.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The messages the bot sent: to channels, and as answers to interactions (callback, follow-ups,
 * edits), with the current state of each interaction's messages so that edits apply and reads
 * return the latest text. Not thread-safe: the fake's lock guards it.
 */
public final class MessageLog {
  private static final String ORIGINAL = "@original";

  private final World world;
  private final Snowflakes ids;
  private final Supplier<Instant> clock;
  private final List<BotMessage> messages = new ArrayList<>();
  private final Map<Long, Interaction> byId = new LinkedHashMap<>();
  private final Map<String, Interaction> byToken = new LinkedHashMap<>();

  MessageLog(World world, Snowflakes ids, Supplier<Instant> clock) {
    this.world = world;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Remembers an interaction sent to the bot, so that its answers can be recorded.
   *
   * @param id the interaction id
   * @param token its token
   * @param guildId the guild it was used in
   * @param channelId the channel it was used in
   */
  public void register(long id, String token, long guildId, long channelId) {
    Interaction interaction = new Interaction(id, guildId, channelId);
    byId.put(id, interaction);
    byToken.put(token, interaction);
  }

  /** @return every message the bot sent, in order */
  public List<BotMessage> messages() {
    return List.copyOf(messages);
  }

  /**
   * Lists the answers to one interaction.
   *
   * @param interactionId the interaction
   * @return its callback, follow-ups and edits, in order
   */
  public List<BotMessage> replies(long interactionId) {
    return messages.stream().filter(m -> m.interactionId() == interactionId).toList();
  }

  /**
   * Returns an interaction's original response as it is now, edits applied.
   *
   * @param interactionId the interaction
   * @return the response, or empty before the callback
   */
  public Optional<BotMessage> original(long interactionId) {
    Interaction interaction = byId.get(interactionId);
    return interaction == null || interaction.original == null ? Optional.empty()
        : Optional.of(interaction.original.view(interaction, interaction.originalKind,
            interaction.original.payload.toString()));
  }

  HttpReply channelMessage(long channelId, long guildId, JsonObject payload, String json) {
    Stored stored = new Stored(ids.next(), payload, clock.get());
    record(new BotMessage(stored.id, BotMessage.Kind.CHANNEL_MESSAGE, channelId, 0,
        content(payload), MessageJson.embeds(payload), false, json));
    return HttpReply.ok(MessageJson.message(stored.id, channelId, guildId, world.bot(), payload,
        0, stored.sent, null));
  }

  HttpReply callback(long interactionId, String token, JsonObject body, String json) {
    Interaction interaction = byId.get(interactionId);
    if (interaction == null || byToken.get(token) != interaction) {
      return HttpReply.error(404, "Unknown interaction", 10062);
    }
    if (interaction.acknowledged) {
      return HttpReply.error(400, "Interaction has already been acknowledged.", 40060);
    }
    interaction.acknowledged = true;
    int type = body.has("type") ? body.get("type").getAsInt() : 0;
    JsonObject data = body.has("data") && body.get("data").isJsonObject()
        ? body.getAsJsonObject("data") : new JsonObject();
    BotMessage.Kind kind = switch (type) {
      case 4 -> BotMessage.Kind.REPLY;
      case 5 -> BotMessage.Kind.DEFERRED_REPLY;
      default -> BotMessage.Kind.OTHER_CALLBACK;
    };
    JsonObject resource = new JsonObject();
    resource.addProperty("type", type);
    if (type == 4 || type == 5) {
      JsonObject payload = data.deepCopy();
      if (type == 5) {
        payload.addProperty("flags", MessageJson.flags(data) | MessageJson.LOADING);
      }
      interaction.original = new Stored(ids.next(), payload, clock.get());
      interaction.originalKind = kind;
      if (type == 4) {
        resource.add("message", message(interaction, interaction.original));
      }
    }
    record(new BotMessage(interaction.original == null ? 0 : interaction.original.id, kind,
        interaction.channelId, interaction.id, content(data), MessageJson.embeds(data),
        ephemeral(data), json));
    JsonObject callback = new JsonObject();
    callback.addProperty("id", Long.toUnsignedString(interaction.id));
    callback.addProperty("type", 2);
    if (interaction.original != null) {
      callback.addProperty("response_message_id", Long.toUnsignedString(interaction.original.id));
      callback.addProperty("response_message_loading", type == 5);
      callback.addProperty("response_message_ephemeral", ephemeral(data));
    }
    JsonObject answer = new JsonObject();
    answer.add("interaction", callback);
    answer.add("resource", resource);
    return HttpReply.ok(answer);
  }

  HttpReply followUp(String token, JsonObject payload, String json) {
    Interaction interaction = byToken.get(token);
    if (interaction == null || !interaction.acknowledged) {
      return HttpReply.error(404, "Unknown Webhook", 10015);
    }
    Stored stored = new Stored(ids.next(), payload, clock.get());
    interaction.followUps.put(stored.id, stored);
    record(stored.view(interaction, BotMessage.Kind.FOLLOW_UP, json));
    return HttpReply.ok(message(interaction, stored));
  }

  HttpReply edit(String token, String messageId, JsonObject edit, String json) {
    Interaction interaction = byToken.get(token);
    Stored stored = interaction == null ? null : interaction.find(messageId);
    if (interaction == null || stored == null) {
      return HttpReply.error(404, "Unknown Message", 10008);
    }
    stored.payload = MessageJson.merge(stored.payload, edit);
    stored.edited = clock.get();
    if (stored == interaction.original) {
      interaction.originalKind = BotMessage.Kind.EDIT;
    }
    record(stored.view(interaction, BotMessage.Kind.EDIT, json));
    return HttpReply.ok(message(interaction, stored));
  }

  HttpReply get(String token, String messageId) {
    Interaction interaction = byToken.get(token);
    Stored stored = interaction == null ? null : interaction.find(messageId);
    return interaction == null || stored == null ? HttpReply.error(404, "Unknown Message", 10008)
        : HttpReply.ok(message(interaction, stored));
  }

  HttpReply delete(String token, String messageId) {
    Interaction interaction = byToken.get(token);
    Stored stored = interaction == null ? null : interaction.find(messageId);
    if (interaction == null || stored == null) {
      return HttpReply.error(404, "Unknown Message", 10008);
    }
    if (stored == interaction.original) {
      interaction.original = null;
    } else {
      interaction.followUps.remove(stored.id);
    }
    return HttpReply.noContent();
  }

  private JsonObject message(Interaction interaction, Stored stored) {
    return MessageJson.message(stored.id, interaction.channelId, interaction.guildId, world.bot(),
        stored.payload, world.applicationId(), stored.sent, stored.edited);
  }

  private void record(BotMessage message) {
    messages.add(message);
  }

  private static String content(JsonObject payload) {
    return payload.has("content") && !payload.get("content").isJsonNull()
        ? payload.get("content").getAsString() : "";
  }

  private static boolean ephemeral(JsonObject payload) {
    return (MessageJson.flags(payload) & MessageJson.EPHEMERAL) != 0;
  }

  /** One interaction and the messages of its answer. */
  private static final class Interaction {
    final long id;
    final long guildId;
    final long channelId;
    final Map<Long, Stored> followUps = new LinkedHashMap<>();
    boolean acknowledged;
    @Nullable Stored original;
    BotMessage.Kind originalKind = BotMessage.Kind.REPLY;

    Interaction(long id, long guildId, long channelId) {
      this.id = id;
      this.guildId = guildId;
      this.channelId = channelId;
    }

    @Nullable Stored find(String messageId) {
      if (ORIGINAL.equals(messageId)) {
        return original;
      }
      try {
        long id = Long.parseUnsignedLong(messageId);
        return original != null && original.id == id ? original : followUps.get(id);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** A message as it is now. */
  private static final class Stored {
    final long id;
    final Instant sent;
    JsonObject payload;
    @Nullable Instant edited;

    Stored(long id, JsonObject payload, Instant sent) {
      this.id = id;
      this.payload = payload;
      this.sent = sent;
    }

    BotMessage view(Interaction interaction, BotMessage.Kind kind, String json) {
      return new BotMessage(id, kind, interaction.channelId, interaction.id, content(payload),
          MessageJson.embeds(payload), ephemeral(payload), json);
    }
  }
}
