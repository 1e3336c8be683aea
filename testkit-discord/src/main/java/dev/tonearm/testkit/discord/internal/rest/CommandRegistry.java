package dev.tonearm.testkit.discord.internal.rest;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.RegisteredCommand;
import dev.tonearm.testkit.discord.internal.Snowflakes;
import dev.tonearm.testkit.discord.internal.json.JsonReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application commands the bot registered, global (guild 0) and per guild, as Discord keeps
 * them: a bulk overwrite replaces the scope's list, a create replaces the command of the same name,
 * and each command keeps its id across overwrites. Not thread-safe: the fake's lock guards it.
 */
final class CommandRegistry {
  private final Snowflakes ids;
  private final long applicationId;
  private final Map<Long, Map<String, JsonObject>> byScope = new LinkedHashMap<>();

  CommandRegistry(Snowflakes ids, long applicationId) {
    this.ids = ids;
    this.applicationId = applicationId;
  }

  /** {@code PUT .../commands}: replaces every command of the scope. */
  HttpReply overwrite(long guildId, JsonElement body) {
    if (!body.isJsonArray()) {
      return HttpReply.error(400, "Invalid Form Body", 50035);
    }
    Map<String, JsonObject> old = scope(guildId);
    Map<String, JsonObject> replaced = new LinkedHashMap<>();
    JsonArray answer = new JsonArray();
    for (JsonElement element : body.getAsJsonArray()) {
      JsonObject command = stored(guildId, element.getAsJsonObject(), old);
      replaced.put(command.get("name").getAsString(), command);
      answer.add(command);
    }
    byScope.put(guildId, replaced);
    return HttpReply.ok(answer);
  }

  /** {@code POST .../commands}: adds or replaces one command. */
  HttpReply create(long guildId, JsonElement body) {
    if (!body.isJsonObject()) {
      return HttpReply.error(400, "Invalid Form Body", 50035);
    }
    Map<String, JsonObject> scope = scope(guildId);
    JsonObject command = stored(guildId, body.getAsJsonObject(), scope);
    boolean existed = scope.containsKey(command.get("name").getAsString());
    scope.put(command.get("name").getAsString(), command);
    return new HttpReply(existed ? 200 : 201, command);
  }

  /** {@code GET .../commands}. */
  HttpReply list(long guildId) {
    JsonArray answer = new JsonArray();
    scope(guildId).values().forEach(answer::add);
    return HttpReply.ok(answer);
  }

  /** {@code DELETE .../commands/{id}}. */
  HttpReply delete(long guildId, long commandId) {
    boolean removed = scope(guildId).values()
        .removeIf(command -> JsonReading.snowflake(command, "id") == commandId);
    return removed ? HttpReply.noContent() : HttpReply.error(404, "Unknown application command",
        10063);
  }

  /** The id of the command with this name, global or in the guild, if registered. */
  Optional<Long> idOf(long guildId, String name) {
    JsonObject command = scope(guildId).get(name);
    if (command == null) {
      command = scope(0).get(name);
    }
    return Optional.ofNullable(command).map(c -> JsonReading.snowflake(c, "id"));
  }

  List<RegisteredCommand> all() {
    List<RegisteredCommand> all = new ArrayList<>();
    byScope.forEach((guildId, commands) -> commands.values().forEach(command -> {
      List<String> optionNames = new ArrayList<>();
      JsonElement options = command.get("options");
      if (options != null && options.isJsonArray()) {
        options.getAsJsonArray().forEach(option ->
            optionNames.add(option.getAsJsonObject().get("name").getAsString()));
      }
      String description = JsonReading.string(command, "description");
      all.add(new RegisteredCommand(JsonReading.snowflake(command, "id"), guildId,
          command.get("name").getAsString(), description == null ? "" : description, optionNames,
          command.toString()));
    }));
    return all;
  }

  private Map<String, JsonObject> scope(long guildId) {
    return byScope.computeIfAbsent(guildId, id -> new LinkedHashMap<>());
  }

  private JsonObject stored(long guildId, JsonObject sent, Map<String, JsonObject> existing) {
    JsonObject command = sent.deepCopy();
    String name = command.get("name").getAsString();
    JsonObject previous = existing.get(name);
    long id = previous == null ? ids.next() : JsonReading.snowflake(previous, "id");
    command.addProperty("id", text(id));
    command.addProperty("application_id", text(applicationId));
    command.addProperty("version", text(ids.next()));
    if (!command.has("type")) {
      command.addProperty("type", 1);
    }
    if (guildId != 0) {
      command.addProperty("guild_id", text(guildId));
    }
    if (!command.has("default_member_permissions")) {
      command.add("default_member_permissions", JsonNull.INSTANCE);
    }
    return command;
  }
}
