package dev.tonearm.testkit.discord;

import java.util.List;
import java.util.Objects;

/**
 * An application command the bot registered.
 *
 * @param id the id the fake gave it
 * @param guildId the guild it is registered in, or 0 for a global command
 * @param name the command's name
 * @param description the command's description
 * @param optionNames the names of its top-level options, in order
 * @param json the command as the fake answered it, as JSON text
 */
public record RegisteredCommand(long id, long guildId, String name, String description,
    List<String> optionNames, String json) {
  /**
   * Copies the option names.
   *
   * @param id the id the fake gave it
   * @param guildId the guild it is registered in, or 0 for a global command
   * @param name the command's name
   * @param description the command's description
   * @param optionNames the names of its top-level options, in order
   * @param json the command as the fake answered it, as JSON text
   * @throws NullPointerException if an argument is null
   */
  public RegisteredCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    optionNames = List.copyOf(optionNames);
    Objects.requireNonNull(json, "json");
  }
}
