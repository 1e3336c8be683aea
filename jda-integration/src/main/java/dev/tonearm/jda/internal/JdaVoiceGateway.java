package dev.tonearm.jda.internal;

import dev.tonearm.internal.observe.LogContext;
import dev.tonearm.player.VoiceGateway;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.managers.AudioManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins and leaves voice channels with gateway opcode 4, sent by JDA's direct audio controller.
 * JDA queues the request, sends it on the shard's gateway connection, and retries it until Discord
 * confirms the channel; it takes self-mute and self-deafen from the guild's {@link AudioManager}.
 */
public final class JdaVoiceGateway implements VoiceGateway {
  private static final Logger log = LoggerFactory.getLogger(JdaVoiceGateway.class);

  private final Shards shards;
  /** Guilds where the bot asked to leave and Discord has not yet said it is in no channel. */
  private final Set<Long> leaving = ConcurrentHashMap.newKeySet();

  /**
   * Creates the gateway.
   *
   * @param shards where guilds are looked up
   */
  public JdaVoiceGateway(Shards shards) {
    this.shards = Objects.requireNonNull(shards, "shards");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if joining and no known JDA instance has the guild cached
   * @throws IllegalArgumentException if joining a channel that is not an audio channel of the guild
   * @throws InsufficientPermissionException if the bot may not connect to the channel
   */
  @Override
  public void sendVoiceStateUpdate(long guildId, long channelId, boolean selfMute, boolean selfDeaf) {
    Guild guild = shards.guild(guildId);
    if (channelId == 0) {
      if (guild == null) {
        // Without the guild JDA cannot send anything; a bot that lost the guild is out of voice.
        try (LogContext ignored = LogContext.guild(guildId)) {
          log.debug("Not leaving voice in guild {}: no JDA instance has it cached", guildId);
        }
        return;
      }
      leave(guild);
      return;
    }
    if (guild == null) {
      throw new IllegalStateException("Cannot join channel " + channelId + ": guild " + guildId
          + " is not cached by any JDA instance this client was installed on (is the bot in the"
          + " guild, and is its shard ready?)");
    }
    AudioChannel channel = guild.getChannelById(AudioChannel.class, channelId);
    if (channel == null) {
      throw new IllegalArgumentException("Cannot join channel " + channelId + ": guild " + guildId
          + " has no voice or stage channel with that id");
    }
    join(channel, selfMute, selfDeaf);
  }

  /**
   * Asks Discord to put the bot in a channel, or to move it there.
   *
   * @param channel the voice or stage channel
   * @param selfMute whether the bot mutes itself
   * @param selfDeaf whether the bot deafens itself
   * @throws InsufficientPermissionException if the bot lacks {@link Permission#VOICE_CONNECT} in
   *     the channel; JDA would otherwise drop the request without a word
   */
  public void join(AudioChannel channel, boolean selfMute, boolean selfDeaf) {
    Guild guild = channel.getGuild();
    if (!guild.getSelfMember().hasPermission(channel, Permission.VOICE_CONNECT)) {
      throw new InsufficientPermissionException(channel, Permission.VOICE_CONNECT);
    }
    AudioManager settings = guild.getAudioManager();
    settings.setSelfMuted(selfMute);
    settings.setSelfDeafened(selfDeaf);
    leaving.remove(guild.getIdLong());
    channel.getJDA().getDirectAudioController().connect(channel);
  }

  /**
   * Sends the voice state that joins the channel the bot is in now again, keeping the guild's
   * self-mute and self-deafen settings, so that Discord sends a fresh voice state and server for a
   * new gateway session.
   *
   * @param channel the channel the bot is in
   */
  public void rejoin(AudioChannel channel) {
    leaving.remove(channel.getGuild().getIdLong());
    channel.getJDA().getDirectAudioController().connect(channel);
  }

  /**
   * Asks Discord to take the bot out of voice in a guild: opcode 4 with a null channel and
   * neither self-mute nor self-deafen.
   *
   * @param guild the guild
   */
  public void leave(Guild guild) {
    leaving.add(guild.getIdLong());
    guild.getJDA().getDirectAudioController().disconnect(guild);
  }

  /**
   * Tells whether the bot asked to leave voice in a guild and Discord has not yet confirmed it.
   * Discord answers a join and a leave sent one after the other in order, so a voice state with a
   * channel that comes meanwhile answers the earlier join: the bot is on its way out.
   *
   * @param guildId the guild
   * @return true while a leave waits for Discord's voice state without a channel
   */
  public boolean isLeaving(long guildId) {
    return leaving.contains(guildId);
  }

  /**
   * Records that the bot is in no voice channel of a guild, as Discord said, or that the guild is
   * gone: a leave it asked for is done.
   *
   * @param guildId the guild
   */
  public void left(long guildId) {
    leaving.remove(guildId);
  }
}
