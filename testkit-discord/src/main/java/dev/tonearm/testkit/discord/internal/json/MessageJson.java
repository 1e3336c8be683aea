package dev.tonearm.testkit.discord.internal.json;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.Embed;
import dev.tonearm.testkit.discord.GuildSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Messages: reading the bodies a bot sends, and the message objects Discord answers with. */
public final class MessageJson {
  /** The flag of a message only the interaction's user sees. */
  public static final int EPHEMERAL = 1 << 6;
  /** The flag of a deferred reply that shows "thinking…". */
  public static final int LOADING = 1 << 7;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  private MessageJson() {}

  /**
   * Reads a message body, JSON or multipart with a {@code payload_json} part.
   *
   * @param body the request body
   * @param contentType the request's content type, or null
   * @return the message payload; empty if the body had none
   * @throws com.google.gson.JsonParseException if the payload is not a JSON object
   */
  public static JsonObject payload(String body, @Nullable String contentType) {
    if (contentType != null && contentType.startsWith("multipart/form-data")) {
      return JsonReading.object(multipartPayload(body, contentType));
    }
    return body.isBlank() ? new JsonObject() : JsonReading.object(body);
  }

  private static String multipartPayload(String body, String contentType) {
    int at = contentType.indexOf("boundary=");
    String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "");
    for (String part : body.split(Pattern.quote(boundary))) {
      if (part.contains("name=\"payload_json\"")) {
        int start = part.indexOf("\r\n\r\n");
        return part.substring(start + 4).strip();
      }
    }
    return "{}";
  }

  /**
   * Reads the embeds of a message payload.
   *
   * @param payload the payload
   * @return the embeds' readable parts, in order
   */
  public static List<Embed> embeds(JsonObject payload) {
    List<Embed> embeds = new ArrayList<>();
    JsonElement array = payload.get("embeds");
    if (array == null || !array.isJsonArray()) {
      return embeds;
    }
    for (JsonElement element : array.getAsJsonArray()) {
      JsonObject embed = element.getAsJsonObject();
      List<Embed.Field> fields = new ArrayList<>();
      JsonElement fieldArray = embed.get("fields");
      if (fieldArray != null && fieldArray.isJsonArray()) {
        for (JsonElement f : fieldArray.getAsJsonArray()) {
          JsonObject field = f.getAsJsonObject();
          fields.add(new Embed.Field(String.valueOf(JsonReading.string(field, "name")),
              String.valueOf(JsonReading.string(field, "value")),
              JsonReading.flag(field, "inline")));
        }
      }
      embeds.add(new Embed(JsonReading.string(embed, "title"),
          JsonReading.string(embed, "description"), fields));
    }
    return embeds;
  }

  /**
   * Reads the flags of a message payload.
   *
   * @param payload the payload
   * @return the flags, 0 if none
   */
  public static int flags(JsonObject payload) {
    JsonElement flags = payload.get("flags");
    return flags == null || flags.isJsonNull() ? 0 : flags.getAsInt();
  }

  /**
   * A message object as Discord answers with.
   *
   * @param id the message id
   * @param channelId the channel
   * @param guildId the guild, or 0
   * @param author the bot
   * @param payload the content, embeds and flags the message has now
   * @param webhookId the application id for an interaction's message, or 0
   * @param sent when the message was sent
   * @param edited when it was last edited, or null
   * @return the message JSON
   */
  public static JsonObject message(long id, long channelId, long guildId, GuildSpec.Member author,
      JsonObject payload, long webhookId, Instant sent, @Nullable Instant edited) {
    JsonObject json = new JsonObject();
    json.addProperty("id", text(id));
    json.addProperty("type", 0);
    json.addProperty("channel_id", text(channelId));
    if (guildId != 0) {
      json.addProperty("guild_id", text(guildId));
    }
    json.add("author", EntityJson.user(author));
    String content = JsonReading.string(payload, "content");
    json.addProperty("content", content == null ? "" : content);
    json.addProperty("timestamp", TIMESTAMP.format(sent));
    if (edited == null) {
      json.add("edited_timestamp", JsonNull.INSTANCE);
    } else {
      json.addProperty("edited_timestamp", TIMESTAMP.format(edited));
    }
    json.addProperty("tts", false);
    json.addProperty("mention_everyone", false);
    json.add("mentions", new JsonArray());
    json.add("mention_roles", new JsonArray());
    json.add("attachments", new JsonArray());
    json.add("embeds", richEmbeds(payload));
    json.add("components", new JsonArray());
    json.addProperty("pinned", false);
    json.addProperty("flags", flags(payload));
    if (webhookId != 0) {
      json.addProperty("webhook_id", text(webhookId));
      json.addProperty("application_id", text(webhookId));
    }
    return json;
  }

  /** The payload's embeds as Discord stores them: each with its type, "rich" unless given. */
  private static JsonArray richEmbeds(JsonObject payload) {
    JsonArray rich = new JsonArray();
    JsonElement embeds = payload.get("embeds");
    if (embeds != null && embeds.isJsonArray()) {
      for (JsonElement element : embeds.getAsJsonArray()) {
        JsonObject embed = element.getAsJsonObject().deepCopy();
        if (!embed.has("type")) {
          embed.addProperty("type", "rich");
        }
        rich.add(embed);
      }
    }
    return rich;
  }

  /**
   * Applies an edit to a message's payload: fields the edit has replace the old ones.
   *
   * @param current the payload now
   * @param edit the edit's payload
   * @return the payload after the edit
   */
  public static JsonObject merge(JsonObject current, JsonObject edit) {
    JsonObject merged = current.deepCopy();
    for (String key : edit.keySet()) {
      merged.add(key, edit.get(key));
    }
    if (edit.has("content") || edit.has("embeds")) {
      merged.addProperty("flags", flags(current) & ~LOADING);
    }
    return merged;
  }
}
