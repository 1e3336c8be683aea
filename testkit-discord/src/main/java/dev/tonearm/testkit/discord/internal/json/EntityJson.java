package dev.tonearm.testkit.discord.internal.json;

import static dev.tonearm.testkit.discord.internal.Snowflakes.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.ChannelKind;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.VoiceState;

/**
 * Discord's JSON for the guild entities of the model: users, members, roles, channels, voice
 * states and whole guilds, with the fields JDA reads.
 */
public final class EntityJson {
  /** When every member joined; the model does not track join times. */
  static final String JOINED_AT = "2026-01-01T00:00:00.000000+00:00";

  private EntityJson() {}

  /**
   * A user object.
   *
   * @param member the member whose user it is
   * @return the user JSON
   */
  public static JsonObject user(GuildSpec.Member member) {
    JsonObject user = new JsonObject();
    user.addProperty("id", text(member.userId()));
    user.addProperty("username", member.name());
    user.addProperty("global_name", member.name());
    user.addProperty("discriminator", "0");
    user.add("avatar", JsonNull.INSTANCE);
    user.addProperty("bot", member.bot());
    user.addProperty("system", false);
    user.addProperty("public_flags", 0);
    return user;
  }

  /**
   * A guild member object without its user, as in an interaction's resolved members.
   *
   * @param member the member
   * @return the member JSON without {@code user}
   */
  public static JsonObject memberWithoutUser(GuildSpec.Member member) {
    JsonObject json = new JsonObject();
    JsonArray roles = new JsonArray();
    member.roleIds().forEach(roleId -> roles.add(text(roleId)));
    json.add("roles", roles);
    json.add("nick", JsonNull.INSTANCE);
    json.add("avatar", JsonNull.INSTANCE);
    json.addProperty("joined_at", JOINED_AT);
    json.add("premium_since", JsonNull.INSTANCE);
    json.add("communication_disabled_until", JsonNull.INSTANCE);
    json.addProperty("deaf", false);
    json.addProperty("mute", false);
    json.addProperty("pending", false);
    json.addProperty("flags", 0);
    return json;
  }

  /**
   * A guild member object with its user.
   *
   * @param member the member
   * @return the member JSON
   */
  public static JsonObject member(GuildSpec.Member member) {
    JsonObject json = memberWithoutUser(member);
    json.add("user", user(member));
    return json;
  }

  /**
   * A role object.
   *
   * @param id the role id (the guild id for {@code @everyone})
   * @param name the role name
   * @param permissions the permission bits
   * @param position the role's position, 0 for {@code @everyone}
   * @return the role JSON
   */
  public static JsonObject role(long id, String name, long permissions, int position) {
    JsonObject colors = new JsonObject();
    colors.addProperty("primary_color", 0);
    colors.add("secondary_color", JsonNull.INSTANCE);
    colors.add("tertiary_color", JsonNull.INSTANCE);
    JsonObject role = new JsonObject();
    role.addProperty("id", text(id));
    role.addProperty("name", name);
    role.addProperty("color", 0);
    role.add("colors", colors);
    role.addProperty("hoist", false);
    role.add("icon", JsonNull.INSTANCE);
    role.add("unicode_emoji", JsonNull.INSTANCE);
    role.addProperty("position", position);
    role.addProperty("permissions", Long.toUnsignedString(permissions));
    role.addProperty("managed", false);
    role.addProperty("mentionable", false);
    role.addProperty("flags", 0);
    return role;
  }

  /**
   * A guild channel object.
   *
   * @param guildId the guild the channel is in
   * @param channel the channel
   * @param position its position among the guild's channels
   * @return the channel JSON
   */
  public static JsonObject channel(long guildId, GuildSpec.Channel channel, int position) {
    JsonObject json = new JsonObject();
    json.addProperty("id", text(channel.id()));
    json.addProperty("type", channel.kind().type());
    json.addProperty("guild_id", text(guildId));
    json.addProperty("name", channel.name());
    json.addProperty("position", position);
    json.add("parent_id", JsonNull.INSTANCE);
    json.addProperty("nsfw", false);
    json.add("last_message_id", JsonNull.INSTANCE);
    json.addProperty("rate_limit_per_user", 0);
    JsonArray overwrites = new JsonArray();
    for (GuildSpec.Overwrite overwrite : channel.overwrites()) {
      JsonObject o = new JsonObject();
      o.addProperty("id", text(overwrite.targetId()));
      o.addProperty("type", overwrite.role() ? 0 : 1);
      o.addProperty("allow", Long.toUnsignedString(overwrite.allow()));
      o.addProperty("deny", Long.toUnsignedString(overwrite.deny()));
      overwrites.add(o);
    }
    json.add("permission_overwrites", overwrites);
    if (channel.kind() == ChannelKind.TEXT) {
      json.add("topic", JsonNull.INSTANCE);
    } else {
      json.addProperty("bitrate", 64_000);
      json.addProperty("user_limit", 0);
      json.add("rtc_region", JsonNull.INSTANCE);
    }
    return json;
  }

  /**
   * A voice state object as in GUILD_CREATE's {@code voice_states}: without guild id or member.
   *
   * @param userId the member
   * @param channelId the channel, or 0 for none
   * @param sessionId the voice session id
   * @param selfMute whether the member muted itself
   * @param selfDeaf whether the member deafened itself
   * @return the voice state JSON
   */
  public static JsonObject voiceState(long userId, long channelId, String sessionId,
      boolean selfMute, boolean selfDeaf) {
    JsonObject json = new JsonObject();
    json.addProperty("user_id", text(userId));
    if (channelId == 0) {
      json.add("channel_id", JsonNull.INSTANCE);
    } else {
      json.addProperty("channel_id", text(channelId));
    }
    json.addProperty("session_id", sessionId);
    json.addProperty("deaf", false);
    json.addProperty("mute", false);
    json.addProperty("self_deaf", selfDeaf);
    json.addProperty("self_mute", selfMute);
    json.addProperty("self_video", false);
    json.addProperty("self_stream", false);
    json.addProperty("suppress", false);
    json.add("request_to_speak_timestamp", JsonNull.INSTANCE);
    return json;
  }

  /**
   * The {@code d} of a VOICE_STATE_UPDATE dispatch: a voice state with its guild and member.
   *
   * @param guild the guild
   * @param member the member whose state it is
   * @param channelId the channel it is in now, or 0 if it left voice
   * @param sessionId its voice session id
   * @param selfMute whether it muted itself
   * @param selfDeaf whether it deafened itself
   * @return the dispatch data
   */
  public static JsonObject voiceStateUpdate(GuildModel guild, GuildSpec.Member member,
      long channelId, String sessionId, boolean selfMute, boolean selfDeaf) {
    JsonObject json = voiceState(member.userId(), channelId, sessionId, selfMute, selfDeaf);
    json.addProperty("guild_id", text(guild.id()));
    json.add("member", member(member));
    return json;
  }

  /**
   * The {@code d} of GUILD_CREATE: the whole guild with its roles, channels, members and voice
   * states.
   *
   * @param guild the guild
   * @return the dispatch data
   */
  public static JsonObject guildCreate(GuildModel guild) {
    GuildSpec spec = guild.spec();
    JsonObject json = new JsonObject();
    json.addProperty("id", text(spec.id()));
    json.addProperty("name", spec.name());
    json.add("icon", JsonNull.INSTANCE);
    json.add("description", JsonNull.INSTANCE);
    json.addProperty("owner_id", text(spec.ownerId()));
    json.addProperty("unavailable", false);
    json.addProperty("large", false);
    json.addProperty("joined_at", JOINED_AT);
    json.addProperty("preferred_locale", "en-US");
    json.addProperty("afk_timeout", 300);
    json.addProperty("verification_level", 0);
    json.addProperty("default_message_notifications", 0);
    json.addProperty("explicit_content_filter", 0);
    json.addProperty("mfa_level", 0);
    json.addProperty("nsfw_level", 0);
    json.addProperty("premium_tier", 0);
    json.addProperty("premium_subscription_count", 0);
    json.addProperty("premium_progress_bar_enabled", false);
    json.addProperty("system_channel_flags", 0);
    json.add("features", new JsonArray());

    JsonArray roles = new JsonArray();
    roles.add(role(spec.id(), "@everyone", spec.everyonePermissions(), 0));
    int position = 1;
    for (GuildSpec.Role role : spec.roles()) {
      roles.add(role(role.id(), role.name(), role.permissions(), position++));
    }
    json.add("roles", roles);

    JsonArray channels = new JsonArray();
    position = 0;
    for (GuildSpec.Channel channel : guild.channels()) {
      channels.add(channel(spec.id(), channel, position++));
    }
    json.add("channels", channels);

    JsonArray members = new JsonArray();
    guild.members().forEach(member -> members.add(member(member)));
    json.add("members", members);
    json.addProperty("member_count", members.size());

    JsonArray voiceStates = new JsonArray();
    for (VoiceState state : guild.voiceStates()) {
      voiceStates.add(voiceState(state.userId(), state.channelId(), state.sessionId(),
          state.selfMute(), state.selfDeaf()));
    }
    json.add("voice_states", voiceStates);

    for (String empty : new String[] {"threads", "emojis", "stickers", "presences",
        "guild_scheduled_events", "stage_instances", "soundboard_sounds"}) {
      json.add(empty, new JsonArray());
    }
    return json;
  }
}
