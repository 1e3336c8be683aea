package dev.tonearm.testkit.discord.internal.gateway;

import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.EntityJson;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.VoiceState;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens in guilds besides the bot's own voice requests: members join and leave voice,
 * channels are deleted, the bot joins or is removed from guilds. Each change updates the model and
 * sends the dispatches Discord sends for it. Every method runs under the fake's lock.
 */
public final class GuildEvents {
  private final ServerContext context;
  private final Gateway gateway;

  /**
   * Creates the events.
   *
   * @param context the fake's shared state
   * @param gateway where dispatches go
   */
  public GuildEvents(ServerContext context, Gateway gateway) {
    this.context = context;
    this.gateway = gateway;
  }

  /**
   * A member other than the bot joins a voice channel, or moves to it.
   *
   * @param guild the guild
   * @param userId the member
   * @param channelId the voice or stage channel
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the member or the channel does
   *     not exist, or the channel is a text channel
   * @throws IllegalArgumentException if {@code userId} is the bot's
   */
  public void joinVoice(GuildModel guild, long userId, long channelId) {
    GuildSpec.Member member = notTheBot(guild, userId);
    guild.audioChannel(channelId);
    String sessionId = guild.voiceState(userId).map(VoiceState::sessionId)
        .orElseGet(() -> context.ids().nextToken());
    guild.putVoiceState(new VoiceState(userId, channelId, sessionId, false, false));
    gateway.sessions().dispatchToGuild(guild.id(), "VOICE_STATE_UPDATE",
        EntityJson.voiceStateUpdate(guild, member, channelId, sessionId, false, false));
  }

  /**
   * A member other than the bot leaves voice.
   *
   * @param guild the guild
   * @param userId the member
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the member does not exist
   * @throws IllegalArgumentException if {@code userId} is the bot's
   * @throws IllegalStateException if the member is in no voice channel
   */
  public void leaveVoice(GuildModel guild, long userId) {
    GuildSpec.Member member = notTheBot(guild, userId);
    VoiceState previous = guild.removeVoiceState(userId);
    if (previous == null) {
      throw new IllegalStateException("Member " + userId + " of guild " + guild.id()
          + " is in no voice channel");
    }
    gateway.voice().sendLeft(guild, member, previous);
  }

  /**
   * A channel is deleted: CHANNEL_DELETE, then a VOICE_STATE_UPDATE without channel for every
   * member who was in it, the bot included, as Discord disconnects them.
   *
   * @param guild the guild
   * @param channelId the channel
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the channel does not exist
   */
  public void deleteChannel(GuildModel guild, long channelId) {
    int position = new ArrayList<>(guild.channels()).indexOf(guild.channel(channelId));
    GuildSpec.Channel channel = guild.removeChannel(channelId);
    gateway.sessions().dispatchToGuild(guild.id(), "CHANNEL_DELETE",
        EntityJson.channel(guild.id(), channel, position));
    List<VoiceState> inside = guild.voiceStatesIn(channelId);
    for (VoiceState state : inside) {
      guild.removeVoiceState(state.userId());
      gateway.voice().sendLeft(guild, guild.member(state.userId()), state);
    }
  }

  /**
   * The bot is added to a guild: GUILD_CREATE for it.
   *
   * @param spec the guild
   * @return its model
   * @throws IllegalArgumentException if the bot is in that guild already
   */
  public GuildModel addGuild(GuildSpec spec) {
    GuildModel guild = context.world().add(spec);
    gateway.sessions().dispatchToGuild(guild.id(), "GUILD_CREATE", EntityJson.guildCreate(guild));
    return guild;
  }

  /**
   * The bot is kicked from a guild or leaves it: GUILD_DELETE.
   *
   * @param guildId the guild
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the bot is in no such guild
   */
  public void removeGuild(long guildId) {
    context.world().remove(guildId);
    gateway.sessions().dispatchToGuild(guildId, "GUILD_DELETE", GatewayJson.guildDelete(guildId));
  }

  private GuildSpec.Member notTheBot(GuildModel guild, long userId) {
    if (userId == context.world().botId()) {
      throw new IllegalArgumentException("User " + userId + " is the bot; the bot joins voice"
          + " through its own requests, and FakeGuild.moveBot and disconnectBot move it");
    }
    return guild.member(userId);
  }
}
