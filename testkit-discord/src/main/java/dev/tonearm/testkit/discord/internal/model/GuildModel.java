package dev.tonearm.testkit.discord.internal.model;

import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.Permissions;
import dev.tonearm.testkit.discord.VoiceState;
import dev.tonearm.testkit.discord.UnknownEntityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One guild as the fake Discord knows it now: its spec's roles, channels and members, minus deleted
 * channels, plus the bot as a member, and who sits in which voice channel. Not thread-safe: the
 * fake's lock guards it.
 */
public final class GuildModel {
  private final GuildSpec spec;
  private final Map<Long, GuildSpec.Channel> channels = new LinkedHashMap<>();
  private final Map<Long, GuildSpec.Member> members = new LinkedHashMap<>();
  private final Map<Long, VoiceState> voiceStates = new LinkedHashMap<>();

  /**
   * Creates the guild's model from its spec.
   *
   * @param spec the guild as it starts
   * @param bot the bot as a member
   * @param voiceSessionIds a voice session id for each member the spec puts in voice
   */
  public GuildModel(GuildSpec spec, GuildSpec.Member bot, Supplier<String> voiceSessionIds) {
    this.spec = spec;
    spec.channels().forEach(channel -> channels.put(channel.id(), channel));
    members.put(bot.userId(), bot);
    spec.members().forEach(member -> members.put(member.userId(), member));
    spec.voiceStates().forEach((userId, channelId) -> voiceStates.put(userId,
        new VoiceState(userId, channelId, voiceSessionIds.get(), false, false)));
  }

  /** @return the guild id */
  public long id() {
    return spec.id();
  }

  /** @return the spec the guild started from */
  public GuildSpec spec() {
    return spec;
  }

  /** @return the channels that exist now, in position order */
  public Collection<GuildSpec.Channel> channels() {
    return List.copyOf(channels.values());
  }

  /** @return the members, the bot first */
  public Collection<GuildSpec.Member> members() {
    return List.copyOf(members.values());
  }

  /** @return every voice state, in the order members joined */
  public Collection<VoiceState> voiceStates() {
    return List.copyOf(voiceStates.values());
  }

  /**
   * Returns a channel.
   *
   * @param channelId the channel id
   * @return the channel
   * @throws UnknownEntityException if the guild has no such channel
   */
  public GuildSpec.Channel channel(long channelId) {
    GuildSpec.Channel channel = channels.get(channelId);
    if (channel == null) {
      throw new UnknownEntityException("No channel " + channelId + " in guild " + id()
          + "; its channels are " + channels.keySet());
    }
    return channel;
  }

  /**
   * Returns a voice or stage channel.
   *
   * @param channelId the channel id
   * @return the channel
   * @throws UnknownEntityException if the guild has no such channel or it is a text channel
   */
  public GuildSpec.Channel audioChannel(long channelId) {
    GuildSpec.Channel channel = channel(channelId);
    if (!channel.kind().isAudio()) {
      throw new UnknownEntityException("Channel " + channelId + " of guild " + id() + " is a "
          + channel.kind() + " channel, not a voice or stage channel");
    }
    return channel;
  }

  /**
   * Tells whether the guild has this channel now.
   *
   * @param channelId the channel id
   * @return true if it exists
   */
  public boolean hasChannel(long channelId) {
    return channels.containsKey(channelId);
  }

  /**
   * Returns a member.
   *
   * @param userId the user id
   * @return the member
   * @throws UnknownEntityException if the user is not a member
   */
  public GuildSpec.Member member(long userId) {
    GuildSpec.Member member = members.get(userId);
    if (member == null) {
      throw new UnknownEntityException("User " + userId + " is not a member of guild " + id()
          + "; its members are " + members.keySet());
    }
    return member;
  }

  /**
   * Returns a member's voice state.
   *
   * @param userId the member
   * @return the state, or empty if the member is in no voice channel
   */
  public Optional<VoiceState> voiceState(long userId) {
    return Optional.ofNullable(voiceStates.get(userId));
  }

  /**
   * Records that a member is now in a voice channel.
   *
   * @param state the new state
   */
  public void putVoiceState(VoiceState state) {
    voiceStates.remove(state.userId());
    voiceStates.put(state.userId(), state);
  }

  /**
   * Records that a member left voice.
   *
   * @param userId the member
   * @return the state it had, or null if it was in no voice channel
   */
  public @Nullable VoiceState removeVoiceState(long userId) {
    return voiceStates.remove(userId);
  }

  /**
   * Removes a channel; the voice states in it stay until {@link #removeVoiceState} is called.
   *
   * @param channelId the channel id
   * @return the removed channel
   * @throws UnknownEntityException if the guild has no such channel
   */
  public GuildSpec.Channel removeChannel(long channelId) {
    GuildSpec.Channel channel = channel(channelId);
    channels.remove(channelId);
    return channel;
  }

  /**
   * Lists the voice states in a channel.
   *
   * @param channelId the channel id
   * @return the states, in the order members joined
   */
  public List<VoiceState> voiceStatesIn(long channelId) {
    List<VoiceState> in = new ArrayList<>();
    for (VoiceState state : voiceStates.values()) {
      if (state.channelId() == channelId) {
        in.add(state);
      }
    }
    return in;
  }

  /**
   * Computes a member's permissions in a channel the way Discord does: {@code @everyone} and the
   * member's roles, then the channel's overwrites for {@code @everyone}, for the roles and for the
   * member; an administrator has every permission ({@link Long#MAX_VALUE}).
   *
   * @param userId the member
   * @param channelId the channel
   * @return the permission bits
   * @throws UnknownEntityException if the member or the channel does not exist
   */
  public long permissionsOf(long userId, long channelId) {
    GuildSpec.Member member = member(userId);
    GuildSpec.Channel channel = channel(channelId);
    long permissions = spec.everyonePermissions();
    for (GuildSpec.Role role : spec.roles()) {
      if (member.roleIds().contains(role.id())) {
        permissions |= role.permissions();
      }
    }
    if ((permissions & Permissions.ADMINISTRATOR) != 0) {
      return Long.MAX_VALUE;
    }
    long roleAllow = 0;
    long roleDeny = 0;
    for (GuildSpec.Overwrite overwrite : channel.overwrites()) {
      if (overwrite.targetId() == id()) {
        permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
      } else if (overwrite.role() && member.roleIds().contains(overwrite.targetId())) {
        roleAllow |= overwrite.allow();
        roleDeny |= overwrite.deny();
      }
    }
    permissions = (permissions & ~roleDeny) | roleAllow;
    for (GuildSpec.Overwrite overwrite : channel.overwrites()) {
      if (!overwrite.role() && overwrite.targetId() == userId) {
        permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
      }
    }
    return permissions;
  }
}
