package dev.tonearm.testkit.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a guild of the fake Discord holds when it starts: its roles, channels, members and the
 * voice channels members sit in. The bot is a member of every guild without being listed. Build
 * one with {@link #builder(long)}:
 *
 * <pre>{@code
 * GuildSpec guild = GuildSpec.builder(GUILD_ID)
 *     .textChannel(TEXT_ID, "general")
 *     .voiceChannel(VOICE_ID, "Music")
 *     .human(ALICE_ID, "alice")
 *     .voiceState(ALICE_ID, VOICE_ID)
 *     .build();
 * }</pre>
 *
 * @param id the guild id
 * @param name the guild name
 * @param ownerId the owner's user id
 * @param everyonePermissions what the {@code @everyone} role (whose id is the guild id) allows
 * @param roles the other roles, in position order
 * @param channels the channels, in position order
 * @param members the members other than the bot
 * @param voiceStates the voice channel each member sits in at start, by user id
 */
public record GuildSpec(long id, String name, long ownerId, long everyonePermissions,
    List<Role> roles, List<Channel> channels, List<Member> members, Map<Long, Long> voiceStates) {

  /**
   * Copies the lists and the map.
   *
   * @param id the guild id
   * @param name the guild name
   * @param ownerId the owner's user id
   * @param everyonePermissions what the {@code @everyone} role (whose id is the guild id) allows
   * @param roles the other roles, in position order
   * @param channels the channels, in position order
   * @param members the members other than the bot
   * @param voiceStates the voice channel each member sits in at start, by user id
   * @throws NullPointerException if an argument is null
   */
  public GuildSpec {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    channels = List.copyOf(channels);
    members = List.copyOf(members);
    voiceStates = Collections.unmodifiableMap(new LinkedHashMap<>(voiceStates));
  }

  /**
   * Starts describing a guild.
   *
   * @param id the guild id, a positive snowflake
   * @return a builder for a guild named {@code "Guild <id>"} with no channels, roles or members
   * @throws IllegalArgumentException if {@code id} is not positive
   */
  public static Builder builder(long id) {
    return new Builder(id);
  }

  /**
   * A role besides {@code @everyone}.
   *
   * @param id the role id
   * @param name the role name
   * @param permissions the permission bits it grants, see {@link Permissions}
   */
  public record Role(long id, String name, long permissions) {
    /**
     * Creates the record.
     *
     * @param id the role id
     * @param name the role name
     * @param permissions the permission bits it grants, see {@link Permissions}
     * @throws NullPointerException if {@code name} is null
     */
    public Role {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A permission overwrite on a channel.
   *
   * @param targetId the role (or guild id for {@code @everyone}) or member it applies to
   * @param role whether {@code targetId} is a role
   * @param allow the permission bits it allows
   * @param deny the permission bits it denies
   */
  public record Overwrite(long targetId, boolean role, long allow, long deny) {}

  /**
   * A guild channel.
   *
   * @param id the channel id
   * @param kind text, voice or stage
   * @param name the channel name
   * @param overwrites its permission overwrites
   */
  public record Channel(long id, ChannelKind kind, String name, List<Overwrite> overwrites) {
    /**
     * Copies the overwrites.
     *
     * @param id the channel id
     * @param kind text, voice or stage
     * @param name the channel name
     * @param overwrites its permission overwrites
     * @throws NullPointerException if an argument is null
     */
    public Channel {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      overwrites = List.copyOf(overwrites);
    }
  }

  /**
   * A guild member.
   *
   * @param userId the user id
   * @param name the user name
   * @param bot whether the user is a bot
   * @param roleIds the roles the member has besides {@code @everyone}
   */
  public record Member(long userId, String name, boolean bot, List<Long> roleIds) {
    /**
     * Copies the role ids.
     *
     * @param userId the user id
     * @param name the user name
     * @param bot whether the user is a bot
     * @param roleIds the roles the member has besides {@code @everyone}
     * @throws NullPointerException if an argument is null
     */
    public Member {
      Objects.requireNonNull(name, "name");
      roleIds = List.copyOf(roleIds);
    }
  }

  /** Describes a {@link GuildSpec}. Not thread-safe. */
  public static final class Builder {
    private final long id;
    private String name;
    private long ownerId;
    private long everyonePermissions = Permissions.DEFAULT_EVERYONE;
    private final Map<Long, Role> roles = new LinkedHashMap<>();
    private final Map<Long, Channel> channels = new LinkedHashMap<>();
    private final Map<Long, Member> members = new LinkedHashMap<>();
    private final Map<Long, Long> voiceStates = new LinkedHashMap<>();

    private Builder(long id) {
      this.id = positive(id, "guild id");
      this.name = "Guild " + id;
    }

    /**
     * Names the guild.
     *
     * @param name the guild name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the guild's owner; by default nobody listed owns it.
     *
     * @param userId the owner's user id
     * @return this builder
     */
    public Builder owner(long userId) {
      this.ownerId = userId;
      return this;
    }

    /**
     * Sets what {@code @everyone} may do; {@link Permissions#DEFAULT_EVERYONE} by default.
     *
     * @param permissions the permission bits
     * @return this builder
     */
    public Builder everyonePermissions(long permissions) {
      this.everyonePermissions = permissions;
      return this;
    }

    /**
     * Adds a role.
     *
     * @param roleId the role id
     * @param roleName the role name
     * @param permissions the permission bits the role grants
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive, is the guild's id or is taken
     * @throws NullPointerException if {@code roleName} is null
     */
    public Builder role(long roleId, String roleName, long permissions) {
      positive(roleId, "role id");
      if (roleId == id || roles.containsKey(roleId)) {
        throw new IllegalArgumentException("Role id " + roleId + " is taken in guild " + id
            + " (the guild id is @everyone's)");
      }
      roles.put(roleId, new Role(roleId, roleName, permissions));
      return this;
    }

    /**
     * Adds a text channel (type 0).
     *
     * @param channelId the channel id
     * @param channelName the channel name
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive or is taken by another channel
     */
    public Builder textChannel(long channelId, String channelName) {
      return channel(channelId, ChannelKind.TEXT, channelName);
    }

    /**
     * Adds a voice channel (type 2).
     *
     * @param channelId the channel id
     * @param channelName the channel name
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive or is taken by another channel
     */
    public Builder voiceChannel(long channelId, String channelName) {
      return channel(channelId, ChannelKind.VOICE, channelName);
    }

    /**
     * Adds a stage channel (type 13).
     *
     * @param channelId the channel id
     * @param channelName the channel name
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive or is taken by another channel
     */
    public Builder stageChannel(long channelId, String channelName) {
      return channel(channelId, ChannelKind.STAGE, channelName);
    }

    private Builder channel(long channelId, ChannelKind kind, String channelName) {
      positive(channelId, "channel id");
      Objects.requireNonNull(channelName, "channelName");
      if (channels.containsKey(channelId)) {
        throw new IllegalArgumentException("Channel id " + channelId + " is taken in guild " + id);
      }
      channels.put(channelId, new Channel(channelId, kind, channelName, List.of()));
      return this;
    }

    /**
     * Adds a permission overwrite to a channel added before. The target is a role if {@code
     * targetId} is the guild id ({@code @everyone}) or a role added before, else a member (the
     * bot's user id included).
     *
     * @param channelId the channel
     * @param targetId the role or member
     * @param allow permission bits to allow
     * @param deny permission bits to deny
     * @return this builder
     * @throws UnknownEntityException if the channel was not added before
     */
    public Builder overwrite(long channelId, long targetId, long allow, long deny) {
      Channel channel = channels.get(channelId);
      if (channel == null) {
        throw new UnknownEntityException("No channel " + channelId + " in guild " + id
            + " to put a permission overwrite on; add the channel first");
      }
      boolean role = targetId == id || roles.containsKey(targetId);
      List<Overwrite> overwrites = new ArrayList<>(channel.overwrites());
      overwrites.add(new Overwrite(targetId, role, allow, deny));
      channels.put(channelId, new Channel(channelId, channel.kind(), channel.name(), overwrites));
      return this;
    }

    /**
     * Adds a human member.
     *
     * @param userId the user id
     * @param userName the user name
     * @param roleIds roles added before that the member has
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive or is taken
     * @throws UnknownEntityException if a role was not added before
     */
    public Builder human(long userId, String userName, long... roleIds) {
      return member(userId, userName, false, roleIds);
    }

    /**
     * Adds a member that is another bot.
     *
     * @param userId the user id
     * @param userName the user name
     * @param roleIds roles added before that the member has
     * @return this builder
     * @throws IllegalArgumentException if the id is not positive or is taken
     * @throws UnknownEntityException if a role was not added before
     */
    public Builder bot(long userId, String userName, long... roleIds) {
      return member(userId, userName, true, roleIds);
    }

    private Builder member(long userId, String userName, boolean bot, long... roleIds) {
      positive(userId, "user id");
      Objects.requireNonNull(userName, "userName");
      if (members.containsKey(userId)) {
        throw new IllegalArgumentException("User " + userId + " is already a member of " + id);
      }
      List<Long> memberRoles = new ArrayList<>();
      for (long roleId : roleIds) {
        if (!roles.containsKey(roleId)) {
          throw new UnknownEntityException("No role " + roleId + " in guild " + id
              + " for member " + userId + "; add the role first");
        }
        memberRoles.add(roleId);
      }
      members.put(userId, new Member(userId, userName, bot, memberRoles));
      return this;
    }

    /**
     * Puts a member added before into a voice or stage channel added before, as the guild's
     * initial state.
     *
     * @param userId the member
     * @param channelId the voice or stage channel
     * @return this builder
     * @throws UnknownEntityException if the member or the channel was not added before, or the
     *     channel is a text channel
     */
    public Builder voiceState(long userId, long channelId) {
      if (!members.containsKey(userId)) {
        throw new UnknownEntityException("No member " + userId + " in guild " + id
            + " to put in voice; add the member first");
      }
      Channel channel = channels.get(channelId);
      if (channel == null || !channel.kind().isAudio()) {
        throw new UnknownEntityException("No voice or stage channel " + channelId + " in guild "
            + id + (channel == null ? "" : ": it is a " + channel.kind() + " channel"));
      }
      voiceStates.put(userId, channelId);
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the guild description
     */
    public GuildSpec build() {
      return new GuildSpec(id, name, ownerId, everyonePermissions, List.copyOf(roles.values()),
          List.copyOf(channels.values()), List.copyOf(members.values()), voiceStates);
    }

    private static long positive(long value, String what) {
      if (value <= 0) {
        throw new IllegalArgumentException(what + " must be a positive snowflake, was " + value);
      }
      return value;
    }
  }
}
