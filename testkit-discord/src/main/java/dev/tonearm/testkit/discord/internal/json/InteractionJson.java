package dev.tonearm.testkit.discord.internal.json;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.UnknownEntityException;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import java.util.List;

/** The data of INTERACTION_CREATE for a slash command used in a guild channel. */
public final class InteractionJson {
  private InteractionJson() {}

  /**
   * Builds the interaction.
   *
   * @param ids the interaction's id, token and command id, the application's id
   * @param guild the guild it is used in
   * @param channelId the channel it is used in
   * @param user the member who uses it
   * @param commandName the command's name
   * @param options the command's options
   * @param userPermissions the member's permissions in the channel
   * @param appPermissions the bot's permissions in the channel
   * @return the {@code d} of INTERACTION_CREATE
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the channel, the user, or a
   *     user, channel or role named in an option does not exist in the guild
   */
  public static JsonObject slashCommand(Ids ids, GuildModel guild, long channelId,
      GuildSpec.Member user, String commandName, List<CommandOption> options,
      long userPermissions, long appPermissions) {
    GuildSpec.Channel channel = guild.channel(channelId);
    JsonObject data = new JsonObject();
    data.addProperty("id", text(ids.commandId()));
    data.addProperty("name", commandName);
    data.addProperty("type", 1);
    JsonArray optionArray = new JsonArray();
    JsonObject resolved = new JsonObject();
    for (CommandOption option : options) {
      JsonObject json = new JsonObject();
      json.addProperty("name", option.name());
      json.addProperty("type", option.type());
      json.add("value", option.value());
      optionArray.add(json);
      resolve(guild, option, resolved);
    }
    data.add("options", optionArray);
    if (!resolved.keySet().isEmpty()) {
      data.add("resolved", resolved);
    }

    JsonObject interaction = new JsonObject();
    interaction.addProperty("id", text(ids.interactionId()));
    interaction.addProperty("application_id", text(ids.applicationId()));
    interaction.addProperty("type", 2);
    interaction.addProperty("token", ids.token());
    interaction.addProperty("version", 1);
    interaction.add("data", data);
    interaction.addProperty("guild_id", text(guild.id()));
    JsonObject partialGuild = new JsonObject();
    partialGuild.addProperty("id", text(guild.id()));
    partialGuild.addProperty("locale", "en-US");
    partialGuild.add("features", new JsonArray());
    interaction.add("guild", partialGuild);
    interaction.addProperty("channel_id", text(channelId));
    JsonObject channelJson = EntityJson.channel(guild.id(), channel, 0);
    channelJson.addProperty("permissions", Long.toUnsignedString(appPermissions));
    interaction.add("channel", channelJson);
    JsonObject member = EntityJson.member(user);
    member.addProperty("permissions", Long.toUnsignedString(userPermissions));
    interaction.add("member", member);
    interaction.addProperty("app_permissions", Long.toUnsignedString(appPermissions));
    interaction.addProperty("locale", "en-US");
    interaction.addProperty("guild_locale", "en-US");
    interaction.add("entitlements", new JsonArray());
    JsonObject owners = new JsonObject();
    owners.addProperty("0", text(guild.id()));
    interaction.add("authorizing_integration_owners", owners);
    interaction.addProperty("context", 0);
    interaction.addProperty("attachment_size_limit", 10_485_760);
    return interaction;
  }

  private static void resolve(GuildModel guild, CommandOption option, JsonObject resolved) {
    switch (option.type()) {
      case CommandOption.USER -> {
        GuildSpec.Member member = guild.member(snowflake(option));
        section(resolved, "users").add(text(member.userId()), EntityJson.user(member));
        section(resolved, "members").add(text(member.userId()),
            EntityJson.memberWithoutUser(member));
      }
      case CommandOption.CHANNEL -> {
        GuildSpec.Channel channel = guild.channel(snowflake(option));
        JsonObject json = EntityJson.channel(guild.id(), channel, 0);
        json.addProperty("permissions", "0");
        section(resolved, "channels").add(text(channel.id()), json);
      }
      case CommandOption.ROLE -> {
        long roleId = snowflake(option);
        GuildSpec.Role role = guild.spec().roles().stream().filter(r -> r.id() == roleId)
            .findFirst().orElseThrow(() -> new UnknownEntityException("No role " + roleId
                + " in guild " + guild.id() + " for option " + option.name()));
        section(resolved, "roles").add(text(roleId),
            EntityJson.role(roleId, role.name(), role.permissions(), 1));
      }
      default -> {
        // Strings, numbers and booleans need nothing resolved.
      }
    }
  }

  private static long snowflake(CommandOption option) {
    return Long.parseUnsignedLong(option.value().getAsString());
  }

  private static JsonObject section(JsonObject resolved, String name) {
    if (!resolved.has(name)) {
      resolved.add(name, new JsonObject());
    }
    return resolved.getAsJsonObject(name);
  }

  /**
   * The ids of one interaction.
   *
   * @param interactionId the interaction's id
   * @param token the interaction's token
   * @param commandId the command's id
   * @param applicationId the bot's application id
   */
  public record Ids(long interactionId, String token, long commandId, long applicationId) {}
}
