package dev.tonearm.example.demo;

import dev.tonearm.example.music.Format;
import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.Embed;
import dev.tonearm.time.Scheduler;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prints the demo: commands, the bot's answers as Discord received them, its posts in the channel
 * and its status lines, the last two stamped with the virtual time since the demo began. While a
 * command runs, event lines wait and follow its answer, so an answer is never cut in two by an
 * event that beat it.
 */
final class DemoConsole {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern CHANNEL = Pattern.compile("<#(\\d+)>");
  private static final Pattern LENGTH =
      Pattern.compile("(?<!\\()`(\\d+:\\d\\d(?::\\d\\d)?|LIVE)`");

  private final PrintStream out;
  private final Scheduler clock;
  private final long start;
  private final Map<Long, String> channelNames;
  private final List<String> held = new ArrayList<>();
  private boolean holding;

  DemoConsole(PrintStream out, Scheduler clock, Map<Long, String> channelNames) {
    this.out = Objects.requireNonNull(out, "out");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = clock.nanoTime();
    this.channelNames = Map.copyOf(channelNames);
  }

  /** Prints a line of narration. */
  synchronized void say(String line) {
    out.println(line);
  }

  /** Prints the command a member types; events wait until its answer is printed. */
  synchronized void command(String line) {
    out.println();
    out.println("> " + line);
    holding = true;
  }

  /**
   * Prints the bot's answer to a command, then the events that arrived meanwhile. An answer only
   * the member who asked sees is marked {@code (!)}: the bot sends refusals that way.
   */
  synchronized void answer(BotMessage answer) {
    out.println(render(answer, "  | "));
    held.forEach(out::println);
    held.clear();
    holding = false;
  }

  /** Prints what the bot posted in a channel, on one line. */
  void posted(BotMessage message) {
    StringBuilder text = new StringBuilder();
    for (Embed embed : message.embeds()) {
      String description = plain(orEmpty(embed.description())).replace('\n', ' ');
      text.append(plain(orEmpty(embed.title())))
          .append(description.isEmpty() ? "" : ": " + description);
    }
    event("  " + stamp() + " [message] " + text);
  }

  /** Prints a status line of the bot's, as its operator would read it in the log. */
  void status(String line) {
    event("  " + stamp() + " [log] " + line);
  }

  /** Prints an event line now, or after the answer of the command that is running. */
  private synchronized void event(String line) {
    if (holding) {
      held.add(line);
    } else {
      out.println(line);
    }
  }

  /**
   * Writes a message as plain text: its text, then each embed's title, description and fields,
   * each line starting with {@code prefix}. Markdown links show their text only; channel mentions
   * show the channel's name.
   */
  String render(BotMessage message, String prefix) {
    List<String> lines = new ArrayList<>();
    if (!message.content().isEmpty()) {
      lines.add(plain(message.content()));
    }
    for (Embed embed : message.embeds()) {
      lines.add(plain(orEmpty(embed.title())));
      if (embed.description() != null) {
        lines.add(plain(embed.description()));
      }
      for (Embed.Field field : embed.fields()) {
        lines.add(field.name() + ": " + plain(field.value()));
      }
    }
    StringBuilder text = new StringBuilder(prefix).append(message.ephemeral() ? "(!) " : "");
    String separator = "";
    for (String line : String.join("\n", lines).split("\n", -1)) {
      text.append(separator).append(line);
      separator = "\n" + prefix;
    }
    return text.toString();
  }

  /**
   * Turns Discord Markdown into plain text. A track length in code quotes is put in parentheses,
   * unless it is in parentheses already.
   */
  String plain(String markdown) {
    String text = LINK.matcher(markdown)
        .replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    Matcher channel = CHANNEL.matcher(text);
    text = channel.replaceAll(match -> Matcher.quoteReplacement(
        channelNames.getOrDefault(Long.parseLong(match.group(1)), "#" + match.group(1))));
    text = LENGTH.matcher(text).replaceAll("($1)");
    return text.replace("**", "").replace("`", "").replaceAll("\\\\([*_`~|\\[\\]])", "$1");
  }

  private String stamp() {
    return "[" + Format.duration((clock.nanoTime() - start) / 1_000_000) + "]";
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
