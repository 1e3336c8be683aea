package dev.tonearm.testkit.discord;

import dev.tonearm.testkit.discord.internal.ServerContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interaction a {@link FakeDiscord} sent to the bot, and the bot's answers to it: the callback,
 * follow-ups and edits. Thread-safe.
 */
public final class FakeInteraction {
  private final FakeDiscord discord;
  private final long id;
  private final String token;
  private final long guildId;
  private final long channelId;
  private final long userId;
  private int returned;

  FakeInteraction(FakeDiscord discord, long id, String token, long guildId, long channelId,
      long userId) {
    this.discord = discord;
    this.id = id;
    this.token = token;
    this.guildId = guildId;
    this.channelId = channelId;
    this.userId = userId;
  }

  /** @return the interaction id */
  public long id() {
    return id;
  }

  /** @return the interaction token, which the bot's answers name in their paths */
  public String token() {
    return token;
  }

  /** @return the guild it was used in */
  public long guildId() {
    return guildId;
  }

  /** @return the channel it was used in */
  public long channelId() {
    return channelId;
  }

  /** @return the member who used it */
  public long userId() {
    return userId;
  }

  /** @return the bot's answers so far, in order: callback, follow-ups and edits */
  public List<BotMessage> replies() {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      return discord.rest().messages().replies(id);
    }
  }

  /**
   * Returns the original response as it is now, with every edit applied: after {@code
   * deferReply()} and {@code editOriginal("done")} its content is {@code "done"}.
   *
   * @return the response, or empty before the bot answered
   */
  public Optional<BotMessage> original() {
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      return discord.rest().messages().original(id);
    }
  }

  /**
   * Waits for the next answer this method has not returned yet: the first call returns the
   * callback, the next one the first follow-up or edit, and so on.
   *
   * @param realTimeout how long to wait, in real time
   * @return the answer
   * @throws AssertionError if no new answer comes in time, the fake closes, or the thread is
   *     interrupted
   * @throws NullPointerException if {@code realTimeout} is null
   */
  public BotMessage nextReply(Duration realTimeout) {
    Objects.requireNonNull(realTimeout, "realTimeout");
    ServerContext context = discord.context();
    synchronized (context.lock()) {
      BotMessage next = context.await(() -> {
        List<BotMessage> replies = discord.rest().messages().replies(id);
        return replies.size() > returned ? Optional.of(replies.get(returned)) : Optional.empty();
      }, realTimeout, () -> "answer " + (returned + 1) + " to interaction "
          + Long.toUnsignedString(id) + "; answers so far: " + replies());
      returned++;
      return next;
    }
  }

  @Override
  public String toString() {
    return "FakeInteraction[" + Long.toUnsignedString(id) + "]";
  }
}
