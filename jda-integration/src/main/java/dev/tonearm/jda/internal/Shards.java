package dev.tonearm.jda.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import org.jspecify.annotations.Nullable;

/**
 * The JDA instances a client was installed on, by shard: one for a single JDA, one per shard for
 * a {@code ShardManager}. A guild belongs to the shard Discord routes it to, so it can be found
 * even when JDA's guild cache does not hold it (while a shard reconnects or shuts down).
 */
public final class Shards {
  private final ConcurrentMap<Integer, JDA> byShard = new ConcurrentHashMap<>();

  /**
   * Records a JDA instance; a newer instance of the same shard (after a shard restart) replaces
   * the older one.
   *
   * @param jda the instance
   */
  public void remember(JDA jda) {
    byShard.put(jda.getShardInfo().getShardId(), jda);
  }

  /**
   * Forgets a JDA instance that shut down, unless a newer instance of its shard replaced it.
   *
   * @param jda the instance
   */
  public void forget(JDA jda) {
    byShard.remove(jda.getShardInfo().getShardId(), jda);
  }

  /**
   * Tells whether Discord routes a guild's events through a JDA instance: {@code (guildId >> 22) %
   * shardTotal == shardId}.
   *
   * @param jda the instance
   * @param guildId the guild
   * @return true if the guild belongs to that instance's shard
   */
  public static boolean owns(JDA jda, long guildId) {
    JDA.ShardInfo shard = jda.getShardInfo();
    return (guildId >>> 22) % shard.getShardTotal() == shard.getShardId();
  }

  /**
   * Finds the JDA instance of a guild's shard.
   *
   * @param guildId the guild
   * @return the instance, or null if the client has not seen that shard (yet)
   */
  public @Nullable JDA forGuild(long guildId) {
    for (JDA jda : byShard.values()) {
      if (owns(jda, guildId)) {
        return jda;
      }
    }
    return null;
  }

  /**
   * Finds a guild in the cache of its shard.
   *
   * @param guildId the guild
   * @return the guild, or null if no known shard has it cached
   */
  public @Nullable Guild guild(long guildId) {
    JDA jda = forGuild(guildId);
    return jda == null ? null : jda.getGuildById(guildId);
  }
}
