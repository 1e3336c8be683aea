package dev.tonearm.example.discord;

import dev.tonearm.example.music.CannotJoinException;
import dev.tonearm.example.music.VoiceConnector;
import dev.tonearm.jda.TonearmJda;
import dev.tonearm.player.Player;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.EventListener;
import org.jspecify.annotations.Nullable;

/** Joins and leaves voice channels through {@link TonearmJda}, which sends JDA's opcode 4. */
public final class JdaVoiceConnector implements VoiceConnector, EventListener {
  private final TonearmJda tonearm;
  private volatile @Nullable JDA jda;

  /**
   * Creates the connector; add it to JDA's event listeners so it learns the JDA instance.
   *
   * @param tonearm Tonearm, installed on the same JDA
   */
  public JdaVoiceConnector(TonearmJda tonearm) {
    this.tonearm = Objects.requireNonNull(tonearm, "tonearm");
  }

  /**
   * Joins the channel deafened: the bot never listens, and Discord then sends it no audio.
   *
   * @param guildId the guild
   * @param channelId the voice channel
   * @return the guild's player
   */
  @Override
  public Player join(long guildId, long channelId) {
    Guild guild = guild(guildId);
    AudioChannel channel = guild.getChannelById(AudioChannel.class, channelId);
    if (channel == null) {
      throw new CannotJoinException("I cannot see your voice channel.");
    }
    try {
      return tonearm.connect(channel, false, true);
    } catch (InsufficientPermissionException e) {
      throw new CannotJoinException("I may not join <#" + channelId + ">: I need the "
          + e.getPermission().getName() + " permission there.");
    }
  }

  @Override
  public CompletableFuture<Void> leave(long guildId) {
    return tonearm.disconnect(guild(guildId));
  }

  private Guild guild(long guildId) {
    JDA current = jda;
    Guild guild = current == null ? null : current.getGuildById(guildId);
    if (guild == null) {
      throw new CannotJoinException("I am not connected to this server yet; try again shortly.");
    }
    return guild;
  }

  /**
   * Learns the JDA instance once it is ready. JDA calls this.
   *
   * @param event any JDA event; only {@link ReadyEvent} matters
   */
  @Override
  public void onEvent(GenericEvent event) {
    if (event instanceof ReadyEvent) {
      jda = event.getJDA();
    }
  }
}
