package dev.tonearm.example.music;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One slash command as the music commands see it: who asked, where, and with which options.
 *
 * <p>Options are kept as the text the member typed or picked; the commands parse and check them
 * themselves, so that a bad value gets the same polite answer whether it came from Discord or a
 * test.
 *
 * @param guildId the guild the command was used in
 * @param userId the member who used it
 * @param userName the member's display name, shown as the requester of the tracks they add
 * @param voiceChannelId the voice channel the member is in, or 0 if they are in none
 * @param options the command's options by name; unmodifiable
 */
public record CommandRequest(long guildId, long userId, String userName, long voiceChannelId,
    Map<String, String> options) {

  /**
   * Checks the values and copies the options.
   *
   * @throws NullPointerException if {@code userName} or {@code options} is null
   */
  public CommandRequest {
    Objects.requireNonNull(userName, "userName");
    // Kept in the order given, which is the order the member typed them in.
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    options.forEach((name, value) -> Objects.requireNonNull(value, name));
  }

  /**
   * Starts a request without options.
   *
   * @param guildId the guild
   * @param userId the member
   * @param userName the member's display name
   * @param voiceChannelId the member's voice channel, or 0
   * @return the request
   */
  public static CommandRequest of(long guildId, long userId, String userName,
      long voiceChannelId) {
    return new CommandRequest(guildId, userId, userName, voiceChannelId, Map.of());
  }

  /**
   * Returns a copy with one more option.
   *
   * @param name the option's name
   * @param value its value as text
   * @return the new request
   */
  public CommandRequest with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(options);
    more.put(name, value);
    return new CommandRequest(guildId, userId, userName, voiceChannelId, more);
  }

  /**
   * Returns an option's value, stripped.
   *
   * @param name the option's name
   * @return the value, or empty if the option is missing or blank
   */
  public Optional<String> option(String name) {
    String value = options.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Tells whether the member is in a voice channel. */
  public boolean inVoice() {
    return voiceChannelId != 0;
  }
}
