package dev.tonearm.example.music;

/**
 * Where {@link MusicEvents} sends what happens without a command: messages for a guild's members
 * and status lines for whoever runs the bot.
 */
public interface Announcer {

  /**
   * Shows a message to a guild's members, in the channel they use the bot from.
   *
   * @param guildId the guild
   * @param message the message
   */
  void announce(long guildId, Reply message);

  /**
   * Reports something that concerns the bot's operator, such as a node going down.
   *
   * @param line one line of text
   */
  void status(String line);
}
