package dev.tonearm.example.demo;

import dev.tonearm.example.music.Announcer;
import dev.tonearm.example.music.Format;
import dev.tonearm.example.music.Reply;
import dev.tonearm.time.Scheduler;
import java.util.Objects;

/**
 * Prints what the bot's listener announces, stamped with the virtual time since the demo began:
 * guild messages as the bot would post them, status lines as its operator would read them in the
 * log.
 */
final class DemoAnnouncer implements Announcer {
  private final DemoConsole console;
  private final Scheduler clock;
  private final long start;

  DemoAnnouncer(DemoConsole console, Scheduler clock) {
    this.console = Objects.requireNonNull(console, "console");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = clock.nanoTime();
  }

  @Override
  public void announce(long guildId, Reply message) {
    String text = console.plain(message.description()).replace('\n', ' ');
    console.event("  " + stamp() + " [message] " + (message.error() ? "(!) " : "")
        + console.plain(message.title()) + (text.isEmpty() ? "" : ": " + text));
  }

  @Override
  public void status(String line) {
    console.event("  " + stamp() + " [log] " + line);
  }

  private String stamp() {
    return "[" + Format.duration((clock.nanoTime() - start) / 1_000_000) + "]";
  }
}
