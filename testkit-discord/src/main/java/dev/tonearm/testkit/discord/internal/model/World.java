package dev.tonearm.testkit.discord.internal.model;

import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.UnknownEntityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything the fake Discord knows about: the bot, its application and the guilds it is in. Not
 * thread-safe: the fake's lock guards it.
 */
public final class World {
  private final GuildSpec.Member bot;
  private final long applicationId;
  private final Supplier<String> voiceSessionIds;
  private final Map<Long, GuildModel> guilds = new LinkedHashMap<>();

  /**
   * Creates a world with no guild.
   *
   * @param bot the bot user, as it appears as a member
   * @param applicationId the bot's application id
   * @param voiceSessionIds voice session ids for members who start in voice
   */
  public World(GuildSpec.Member bot, long applicationId, Supplier<String> voiceSessionIds) {
    this.bot = bot;
    this.applicationId = applicationId;
    this.voiceSessionIds = voiceSessionIds;
  }

  /** @return the bot as a member */
  public GuildSpec.Member bot() {
    return bot;
  }

  /** @return the bot's user id */
  public long botId() {
    return bot.userId();
  }

  /** @return the bot's application id */
  public long applicationId() {
    return applicationId;
  }

  /**
   * Adds a guild the bot is in.
   *
   * @param spec the guild
   * @return its model
   * @throws IllegalArgumentException if the bot is in a guild with that id already
   */
  public GuildModel add(GuildSpec spec) {
    if (guilds.containsKey(spec.id())) {
      throw new IllegalArgumentException("The bot is in guild " + spec.id() + " already");
    }
    if (spec.members().stream().anyMatch(member -> member.userId() == bot.userId())) {
      throw new IllegalArgumentException("Guild " + spec.id() + " lists the bot (" + bot.userId()
          + ") as a member; the bot is a member of every guild without being listed");
    }
    GuildModel model = new GuildModel(spec, bot, voiceSessionIds);
    guilds.put(spec.id(), model);
    return model;
  }

  /**
   * Returns a guild the bot is in.
   *
   * @param guildId the guild id
   * @return the guild
   * @throws UnknownEntityException if the bot is in no such guild
   */
  public GuildModel guild(long guildId) {
    GuildModel guild = guilds.get(guildId);
    if (guild == null) {
      throw new UnknownEntityException("The bot is in no guild " + guildId + "; its guilds are "
          + guilds.keySet());
    }
    return guild;
  }

  /**
   * Returns a guild the bot is in, or null.
   *
   * @param guildId the guild id
   * @return the guild, or null if the bot is in no such guild
   */
  public @Nullable GuildModel findGuild(long guildId) {
    return guilds.get(guildId);
  }

  /** @return the ids of the guilds the bot is in, in the order it joined them */
  public List<Long> guildIds() {
    return List.copyOf(guilds.keySet());
  }

  /**
   * Removes a guild, as when the bot is kicked or leaves.
   *
   * @param guildId the guild id
   * @return the removed guild
   * @throws UnknownEntityException if the bot is in no such guild
   */
  public GuildModel remove(long guildId) {
    GuildModel guild = guild(guildId);
    guilds.remove(guildId);
    return guild;
  }

  /**
   * Lists the guilds a shard receives, by Discord's rule {@code (guild_id >> 22) % num_shards}.
   *
   * @param shardId the shard
   * @param shardTotal the number of shards
   * @return the shard's guilds
   */
  public List<GuildModel> guildsOf(int shardId, int shardTotal) {
    List<GuildModel> of = new ArrayList<>();
    for (GuildModel guild : guilds.values()) {
      if (shardOf(guild.id(), shardTotal) == shardId) {
        of.add(guild);
      }
    }
    return of;
  }

  /**
   * Returns the shard that receives a guild's events.
   *
   * @param guildId the guild
   * @param shardTotal the number of shards
   * @return the shard id
   */
  public static int shardOf(long guildId, int shardTotal) {
    return (int) Long.remainderUnsigned(guildId >>> 22, shardTotal);
  }
}
