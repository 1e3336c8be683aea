package dev.tonearm.testkit.discord;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.CommandOption;
import dev.tonearm.testkit.discord.internal.json.InteractionJson;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A slash command a member uses in a guild of a {@link FakeDiscord}, built option by option and
 * sent to the bot as INTERACTION_CREATE by {@link #send()}. If the bot registered the command, the
 * interaction carries the registered id. Not thread-safe; {@link #send()} is.
 *
 * <pre>{@code
 * FakeInteraction play = discord.guild(GUILD).slashCommand("play")
 *     .option("query", "never gonna give you up")
 *     .option("position", 2)
 *     .from(ALICE).in(TEXT)
 *     .send();
 * }</pre>
 */
public final class SlashCommand {
  private final FakeDiscord discord;
  private final long guildId;
  private final String name;
  private final List<CommandOption> options = new ArrayList<>();
  private long userId;
  private long channelId;

  SlashCommand(FakeDiscord discord, long guildId, String name) {
    this.discord = discord;
    this.guildId = guildId;
    this.name = name;
  }

  /**
   * Adds a string option.
   *
   * @param optionName the option's name
   * @param value its value
   * @return this builder
   */
  public SlashCommand option(String optionName, String value) {
    return add(optionName, CommandOption.STRING, new JsonPrimitive(value));
  }

  /**
   * Adds an integer option.
   *
   * @param optionName the option's name
   * @param value its value
   * @return this builder
   */
  public SlashCommand option(String optionName, long value) {
    return add(optionName, CommandOption.INTEGER, new JsonPrimitive(value));
  }

  /**
   * Adds a number option.
   *
   * @param optionName the option's name
   * @param value its value
   * @return this builder
   */
  public SlashCommand option(String optionName, double value) {
    return add(optionName, CommandOption.NUMBER, new JsonPrimitive(value));
  }

  /**
   * Adds a boolean option.
   *
   * @param optionName the option's name
   * @param value its value
   * @return this builder
   */
  public SlashCommand option(String optionName, boolean value) {
    return add(optionName, CommandOption.BOOLEAN, new JsonPrimitive(value));
  }

  /**
   * Adds a user option naming a member of the guild; the interaction resolves it.
   *
   * @param optionName the option's name
   * @param memberId the member
   * @return this builder
   */
  public SlashCommand userOption(String optionName, long memberId) {
    return add(optionName, CommandOption.USER, new JsonPrimitive(Long.toUnsignedString(memberId)));
  }

  /**
   * Adds a channel option naming a channel of the guild; the interaction resolves it.
   *
   * @param optionName the option's name
   * @param optionChannelId the channel
   * @return this builder
   */
  public SlashCommand channelOption(String optionName, long optionChannelId) {
    return add(optionName, CommandOption.CHANNEL,
        new JsonPrimitive(Long.toUnsignedString(optionChannelId)));
  }

  /**
   * Adds a role option naming a role of the guild; the interaction resolves it.
   *
   * @param optionName the option's name
   * @param roleId the role
   * @return this builder
   */
  public SlashCommand roleOption(String optionName, long roleId) {
    return add(optionName, CommandOption.ROLE, new JsonPrimitive(Long.toUnsignedString(roleId)));
  }

  /**
   * Sets the member who uses the command; by default the guild's first human member.
   *
   * @param memberId the member
   * @return this builder
   */
  public SlashCommand from(long memberId) {
    this.userId = memberId;
    return this;
  }

  /**
   * Sets the channel the command is used in; by default the guild's first text channel.
   *
   * @param commandChannelId the channel
   * @return this builder
   */
  public SlashCommand in(long commandChannelId) {
    this.channelId = commandChannelId;
    return this;
  }

  /**
   * Sends the interaction to the shard that receives the guild.
   *
   * @return the interaction, to read the bot's answers from
   * @throws UnknownEntityException if the guild is gone, or the member, the channel or an
   *     option's user, channel or role does not exist in it
   * @throws IllegalStateException if no member or channel was set and the guild has no human
   *     member or no text channel to default to, or no shard of the bot receives the guild
   */
  public FakeInteraction send() {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      GuildModel guild = context.world().guild(guildId);
      GuildSpec.Member user = guild.member(userId != 0 ? userId : defaultUser(guild));
      long channel = channelId != 0 ? channelId : defaultChannel(guild);
      long id = context.ids().next();
      String token = "aW50ZXJhY3Rpb246" + context.ids().nextToken();
      long commandId = discord.rest().commandId(guildId, name).orElseGet(context.ids()::next);
      InteractionJson.Ids ids = new InteractionJson.Ids(id, token, commandId,
          context.world().applicationId());
      JsonObject payload = InteractionJson.slashCommand(ids, guild, channel, user, name, options,
          guild.permissionsOf(user.userId(), channel),
          guild.permissionsOf(context.world().botId(), channel));
      if (!discord.gateway().sessions().receives(guildId)) {
        throw new IllegalStateException("No gateway session receives guild " + guildId
            + "; log the bot in before sending it interactions");
      }
      discord.rest().messages().register(id, token, guildId, channel);
      discord.gateway().sessions().dispatchToGuild(guildId, "INTERACTION_CREATE", payload);
      return new FakeInteraction(discord, id, token, guildId, channel, user.userId());
    }
  }

  private SlashCommand add(String optionName, int type, JsonPrimitive value) {
    options.add(new CommandOption(Objects.requireNonNull(optionName, "optionName"), type, value));
    return this;
  }

  private long defaultUser(GuildModel guild) {
    return guild.members().stream().filter(member -> !member.bot()).findFirst()
        .orElseThrow(() -> new IllegalStateException("Guild " + guildId
            + " has no human member to use /" + name + "; name one with from(userId)"))
        .userId();
  }

  private long defaultChannel(GuildModel guild) {
    return guild.channels().stream().filter(channel -> channel.kind() == ChannelKind.TEXT)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Guild " + guildId
            + " has no text channel to use /" + name + " in; name one with in(channelId)"))
        .id();
  }
}
