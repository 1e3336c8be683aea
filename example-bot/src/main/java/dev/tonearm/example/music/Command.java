package dev.tonearm.example.music;

import java.util.Arrays;
import java.util.Optional;

/** The bot's slash commands, with the names and descriptions Discord shows. */
public enum Command {
  /** Plays a song or playlist, or adds it to the queue. */
  PLAY("play", "Play a song or playlist: a search or a link"),
  /** Skips to the next track. */
  SKIP("skip", "Skip to the next track"),
  /** Stops and clears the queue. */
  STOP("stop", "Stop the music and clear the queue"),
  /** Pauses. */
  PAUSE("pause", "Pause the music"),
  /** Resumes after a pause. */
  RESUME("resume", "Resume the music"),
  /** Jumps to a position in the current track. */
  SEEK("seek", "Jump to a position in the current track"),
  /** Sets the volume. */
  VOLUME("volume", "Set the volume"),
  /** Shows the queue, a page at a time. */
  QUEUE("queue", "Show the queue"),
  /** Shows the current track with a progress bar. */
  NOW_PLAYING("nowplaying", "Show what is playing"),
  /** Shuffles the queue. */
  SHUFFLE("shuffle", "Shuffle the queue"),
  /** Sets what repeats. */
  LOOP("loop", "Repeat nothing, the current track or the whole queue"),
  /** Removes a track from the queue. */
  REMOVE("remove", "Remove a track from the queue"),
  /** Moves a track within the queue. */
  MOVE("move", "Move a track to another place in the queue"),
  /** Applies a sound effect. */
  FILTER("filter", "Apply a sound effect"),
  /** Leaves the voice channel. */
  LEAVE("leave", "Leave the voice channel");

  private final String slashName;
  private final String description;

  Command(String slashName, String description) {
    this.slashName = slashName;
    this.description = description;
  }

  /** Returns the name members type after the slash, such as {@code nowplaying}. */
  public String slashName() {
    return slashName;
  }

  /** Returns the description Discord shows next to the command. */
  public String description() {
    return description;
  }

  /**
   * Finds a command by the name members type.
   *
   * @param slashName the name without the slash
   * @return the command, or empty if the bot has none of that name
   */
  public static Optional<Command> bySlashName(String slashName) {
    return Arrays.stream(values())
        .filter(command -> command.slashName.equals(slashName))
        .findFirst();
  }
}
