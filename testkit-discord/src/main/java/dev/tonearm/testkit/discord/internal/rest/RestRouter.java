package dev.tonearm.testkit.discord.internal.rest;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tonearm.testkit.discord.RegisteredCommand;
import dev.tonearm.testkit.discord.RestCall;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.EntityJson;
import dev.tonearm.testkit.discord.internal.json.MessageJson;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.internal.model.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the REST routes a bot uses in passing and records every call: the bot user, the gateway
 * URL and shard count, the application, channel messages, command registration, interaction
 * callbacks and webhook follow-ups and edits. Unknown routes get Discord's 404 error.
 */
public final class RestRouter {
  private final ServerContext context;
  private final String gatewayUrl;
  private final int shardCount;
  private final CommandRegistry commands;
  private final MessageLog messages;

  /**
   * Creates the routes.
   *
   * @param context the fake's shared state
   * @param gatewayUrl the gateway URL {@code GET /gateway/bot} hands out
   * @param shardCount the number of shards {@code GET /gateway/bot} recommends
   * @param clock the time messages are stamped with
   */
  public RestRouter(ServerContext context, String gatewayUrl, int shardCount,
      Supplier<Instant> clock) {
    this.context = context;
    this.gatewayUrl = gatewayUrl;
    this.shardCount = shardCount;
    World world = context.world();
    this.commands = new CommandRegistry(context.ids(), world.applicationId());
    this.messages = new MessageLog(world, context.ids(), clock);
  }

  /** @return the bot's messages and interaction answers; use under the lock */
  public MessageLog messages() {
    return messages;
  }

  /**
   * Lists the registered commands; call under the lock.
   *
   * @return global commands (guild 0) and guild commands
   */
  public List<RegisteredCommand> commands() {
    return commands.all();
  }

  /**
   * Finds the id of a registered command; call under the lock.
   *
   * @param guildId the guild it is used in
   * @param name the command's name
   * @return its id, if the bot registered it globally or in the guild
   */
  public Optional<Long> commandId(long guildId, String name) {
    return commands.idOf(guildId, name);
  }

  /**
   * Answers a call and records it.
   *
   * @param request the call
   * @return the answer
   */
  public HttpReply handle(RestRequest request) {
    synchronized (context.lock()) {
      HttpReply reply;
      try {
        reply = route(request);
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        reply = HttpReply.error(400, "Invalid Form Body", 50035);
      }
      context.recordings().add(new RestCall(request.method(), request.path(), request.query(),
          request.body(), reply.status()));
      context.changed();
      return reply;
    }
  }

  private HttpReply route(RestRequest request) {
    List<String> s = request.segments();
    String method = request.method();
    if (!s.isEmpty() && s.get(0).equals("interactions") && s.size() == 4
        && s.get(3).equals("callback") && method.equals("POST")) {
      return messages.callback(Long.parseUnsignedLong(s.get(1)), s.get(2), body(request),
          request.body());
    }
    if (!s.isEmpty() && s.get(0).equals("webhooks") && s.size() >= 3) {
      return webhook(request, s);
    }
    String expected = "Bot " + context.botToken();
    if (!expected.equals(request.authorization())) {
      return HttpReply.error(401, "401: Unauthorized", 0);
    }
    String path = request.path();
    if (method.equals("GET")) {
      switch (path) {
        case "/users/@me" -> {
          return HttpReply.ok(selfUser());
        }
        case "/gateway" -> {
          JsonObject gateway = new JsonObject();
          gateway.addProperty("url", gatewayUrl);
          return HttpReply.ok(gateway);
        }
        case "/gateway/bot" -> {
          return HttpReply.ok(gatewayBot());
        }
        case "/applications/@me", "/oauth2/applications/@me" -> {
          return HttpReply.ok(application());
        }
        default -> {
          // Commands below.
        }
      }
    }
    if (s.size() == 3 && s.get(0).equals("channels") && s.get(2).equals("messages")
        && method.equals("POST")) {
      return channelMessage(Long.parseUnsignedLong(s.get(1)), request);
    }
    if (s.size() >= 3 && s.get(0).equals("applications")) {
      return command(request, s);
    }
    return HttpReply.notFound();
  }

  private HttpReply webhook(RestRequest request, List<String> s) {
    String token = s.get(2);
    String method = request.method();
    if (s.size() == 3 && method.equals("POST")) {
      return messages.followUp(token, body(request), request.body());
    }
    if (s.size() == 5 && s.get(3).equals("messages")) {
      String messageId = s.get(4);
      return switch (method) {
        case "PATCH" -> messages.edit(token, messageId, body(request), request.body());
        case "GET" -> messages.get(token, messageId);
        case "DELETE" -> messages.delete(token, messageId);
        default -> HttpReply.notFound();
      };
    }
    return HttpReply.notFound();
  }

  private HttpReply command(RestRequest request, List<String> s) {
    if (!s.get(1).chars().allMatch(Character::isDigit)) {
      return HttpReply.notFound();
    }
    if (Long.parseUnsignedLong(s.get(1)) != context.world().applicationId()) {
      return HttpReply.error(403, "Missing Access", 50001);
    }
    long guildId = 0;
    List<String> rest = s.subList(2, s.size());
    if (rest.size() >= 3 && rest.get(0).equals("guilds")) {
      guildId = Long.parseUnsignedLong(rest.get(1));
      rest = rest.subList(2, rest.size());
    }
    if (rest.isEmpty() || !rest.get(0).equals("commands")) {
      return HttpReply.notFound();
    }
    String method = request.method();
    if (rest.size() == 1) {
      return switch (method) {
        case "PUT" -> commands.overwrite(guildId, json(request));
        case "POST" -> commands.create(guildId, json(request));
        case "GET" -> commands.list(guildId);
        default -> HttpReply.notFound();
      };
    }
    if (rest.size() == 2 && method.equals("DELETE")) {
      return commands.delete(guildId, Long.parseUnsignedLong(rest.get(1)));
    }
    return HttpReply.notFound();
  }

  private HttpReply channelMessage(long channelId, RestRequest request) {
    for (long guildId : context.world().guildIds()) {
      GuildModel guild = context.world().findGuild(guildId);
      if (guild != null && guild.hasChannel(channelId)) {
        return messages.channelMessage(channelId, guildId, body(request), request.body());
      }
    }
    return HttpReply.error(404, "Unknown Channel", 10003);
  }

  private static JsonObject body(RestRequest request) {
    return MessageJson.payload(request.body(), request.contentType());
  }

  private static JsonElement json(RestRequest request) {
    return request.body().isBlank() ? JsonNull.INSTANCE : JsonParser.parseString(request.body());
  }

  private JsonObject selfUser() {
    JsonObject user = EntityJson.user(context.world().bot());
    user.addProperty("verified", true);
    user.addProperty("mfa_enabled", false);
    user.addProperty("flags", 0);
    return user;
  }

  private JsonObject gatewayBot() {
    JsonObject limit = new JsonObject();
    limit.addProperty("total", 1000);
    limit.addProperty("remaining", 1000);
    limit.addProperty("reset_after", 0);
    limit.addProperty("max_concurrency", 1);
    JsonObject gateway = new JsonObject();
    gateway.addProperty("url", gatewayUrl);
    gateway.addProperty("shards", shardCount);
    gateway.add("session_start_limit", limit);
    return gateway;
  }

  private JsonObject application() {
    World world = context.world();
    JsonObject application = new JsonObject();
    application.addProperty("id", text(world.applicationId()));
    application.addProperty("name", world.bot().name());
    application.add("icon", JsonNull.INSTANCE);
    application.addProperty("description", "");
    application.addProperty("bot_public", true);
    application.addProperty("bot_require_code_grant", false);
    application.addProperty("verify_key", "0".repeat(64));
    application.addProperty("flags", 0);
    application.add("team", JsonNull.INSTANCE);
    application.add("owner", EntityJson.user(world.bot()));
    application.add("bot", selfUser());
    return application;
  }
}
