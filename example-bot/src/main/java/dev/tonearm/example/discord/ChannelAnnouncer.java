package dev.tonearm.example.discord;

import dev.tonearm.example.music.Announcer;
import dev.tonearm.example.music.Reply;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the listener's messages in the text channel a guild last used a music command in, and
 * hands status lines to the operator, through the log unless told otherwise. Nothing is posted in
 * a guild before its first command, so the bot never picks a channel on its own.
 */
public final class ChannelAnnouncer implements Announcer, EventListener {
  private static final Logger log = LoggerFactory.getLogger(ChannelAnnouncer.class);

  private final Map<Long, Long> channels = new ConcurrentHashMap<>();
  private final Consumer<String> status;
  private volatile @Nullable JDA jda;

  /** Creates an announcer that logs status lines at INFO. */
  public ChannelAnnouncer() {
    this(log::info);
  }

  /**
   * Creates an announcer that hands status lines to {@code status}, as the offline demo does to
   * print them.
   *
   * @param status receives each status line; called on the client's event thread
   */
  public ChannelAnnouncer(Consumer<String> status) {
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * Remembers where a guild talks to the bot.
   *
   * @param guildId the guild
   * @param channelId the text channel of its latest command
   */
  public void remember(long guildId, long channelId) {
    channels.put(guildId, channelId);
  }

  @Override
  public void announce(long guildId, Reply message) {
    Long channelId = channels.get(guildId);
    JDA current = jda;
    if (channelId == null || current == null) {
      return;
    }
    GuildMessageChannel channel = current.getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null || !channel.canTalk()) {
      log.debug("Guild {}: cannot post in channel {}; message '{}' dropped", guildId, channelId,
          message.title());
      return;
    }
    channel.sendMessageEmbeds(Embeds.of(message)).queue(null, error ->
        log.warn("Guild {}: could not post '{}': {}", guildId, message.title(), error.toString()));
  }

  @Override
  public void status(String line) {
    status.accept(line);
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
