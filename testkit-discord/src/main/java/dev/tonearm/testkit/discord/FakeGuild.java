package dev.tonearm.testkit.discord;

import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A guild of a {@link FakeDiscord}, to script what members, moderators and Discord do in it. Each
 * method changes the fake's model and sends the dispatches Discord sends for the change to the
 * shard that receives the guild, at once. Thread-safe.
 */
public final class FakeGuild {
  private final FakeDiscord discord;
  private final long id;

  FakeGuild(FakeDiscord discord, long id) {
    this.discord = discord;
    this.id = id;
  }

  /** @return the guild id */
  public long id() {
    return id;
  }

  /**
   * A member moves the bot to another voice channel: the bot's new VOICE_STATE_UPDATE and a new
   * VOICE_SERVER_UPDATE, in the order of the current {@link VoiceResponses}.
   *
   * @param channelId the voice or stage channel
   * @throws UnknownEntityException if the guild is gone, or the channel does not exist or is a
   *     text channel
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   */
  public void moveBot(long channelId) {
    change(guild -> discord.gateway().voice().moveBot(guild, channelId));
  }

  /**
   * A moderator disconnects the bot from voice: the bot's VOICE_STATE_UPDATE without channel.
   *
   * @throws UnknownEntityException if the guild is gone
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   */
  public void disconnectBot() {
    change(guild -> discord.gateway().voice().disconnectBot(guild));
  }

  /**
   * Discord hands the bot's voice connection to another voice server, as when the channel's
   * region changes: VOICE_SERVER_UPDATE with a new token and this endpoint.
   *
   * @param endpoint the new voice server, {@code host:port}
   * @throws UnknownEntityException if the guild is gone
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   * @throws NullPointerException if {@code endpoint} is null
   */
  public void changeVoiceServer(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    change(guild -> discord.gateway().voice().changeVoiceServer(guild, endpoint));
  }

  /**
   * A member (human or bot, not the bot under test) joins or moves to a voice channel: its
   * VOICE_STATE_UPDATE.
   *
   * @param userId the member
   * @param channelId the voice or stage channel
   * @throws UnknownEntityException if the guild is gone, the member or the channel does not
   *     exist, or the channel is a text channel
   * @throws IllegalArgumentException if {@code userId} is the bot under test
   */
  public void joinVoice(long userId, long channelId) {
    change(guild -> discord.events().joinVoice(guild, userId, channelId));
  }

  /**
   * A member (not the bot under test) leaves voice: its VOICE_STATE_UPDATE without channel.
   *
   * @param userId the member
   * @throws UnknownEntityException if the guild is gone or the member does not exist
   * @throws IllegalArgumentException if {@code userId} is the bot under test
   * @throws IllegalStateException if the member is in no voice channel
   */
  public void leaveVoice(long userId) {
    change(guild -> discord.events().leaveVoice(guild, userId));
  }

  /**
   * A channel is deleted: CHANNEL_DELETE, then a VOICE_STATE_UPDATE without channel for each
   * member that was in it, the bot included.
   *
   * @param channelId the channel
   * @throws UnknownEntityException if the guild is gone or the channel does not exist
   */
  public void deleteChannel(long channelId) {
    change(guild -> discord.events().deleteChannel(guild, channelId));
  }

  /**
   * The bot is kicked from the guild or leaves it: GUILD_DELETE. The guild is gone from the fake
   * afterwards.
   *
   * @throws UnknownEntityException if the guild is gone already
   */
  public void remove() {
    change(guild -> discord.events().removeGuild(guild.id()));
  }

  /**
   * Returns a member's voice state in the fake's model.
   *
   * @param userId the member, the bot included
   * @return the state, or empty if the member is in no voice channel
   * @throws UnknownEntityException if the guild is gone or the user is not a member
   */
  public Optional<VoiceState> voiceState(long userId) {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      GuildModel guild = context.world().guild(id);
      guild.member(userId);
      return guild.voiceState(userId);
    }
  }

  /**
   * Starts a slash command that a member uses in this guild.
   *
   * @param name the command's name, as the bot registered it
   * @return a builder that sends INTERACTION_CREATE
   * @throws NullPointerException if {@code name} is null
   */
  public SlashCommand slashCommand(String name) {
    return new SlashCommand(discord, id, Objects.requireNonNull(name, "name"));
  }

  @Override
  public String toString() {
    return "FakeGuild[" + Long.toUnsignedString(id) + "]";
  }

  private void change(Consumer<GuildModel> change) {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      change.accept(context.world().guild(id));
    }
  }
}
