package dev.tonearm.example.demo;

import dev.tonearm.example.music.Reply;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the demo: commands, their replies, and the events that arrive on the client's event
 * thread. While a command runs, event lines wait and follow its reply, so a reply is never cut in
 * two by an event that beat it.
 */
final class DemoConsole {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern CHANNEL = Pattern.compile("<#(\\d+)>");
  private static final Pattern LENGTH =
      Pattern.compile("(?<!\\()`(\\d+:\\d\\d(?::\\d\\d)?|LIVE)`");

  private final PrintStream out;
  private final Map<Long, String> channelNames;
  private final List<String> held = new ArrayList<>();
  private boolean holding;

  DemoConsole(PrintStream out, Map<Long, String> channelNames) {
    this.out = Objects.requireNonNull(out, "out");
    this.channelNames = Map.copyOf(channelNames);
  }

  /** Prints a line of narration. */
  synchronized void say(String line) {
    out.println(line);
  }

  /** Prints the command a member types; events wait until its reply is printed. */
  synchronized void command(String line) {
    out.println();
    out.println("> " + line);
    holding = true;
  }

  /** Prints a command's reply, then the events that arrived meanwhile. */
  synchronized void reply(Reply reply) {
    out.println(render(reply, "  | "));
    held.forEach(out::println);
    held.clear();
    holding = false;
  }

  /** Prints an event line now, or after the reply of the command that is running. */
  synchronized void event(String line) {
    if (holding) {
      held.add(line);
    } else {
      out.println(line);
    }
  }

  /**
   * Writes a reply as plain text: the title, then the description and the fields, each line
   * starting with {@code prefix}. Markdown links show their text only; channel mentions show the
   * channel's name.
   */
  String render(Reply reply, String prefix) {
    StringBuilder text = new StringBuilder(prefix)
        .append(reply.error() ? "(!) " : "").append(plain(reply.title()));
    if (!reply.description().isEmpty()) {
      for (String line : plain(reply.description()).split("\n", -1)) {
        text.append('\n').append(prefix).append(line);
      }
    }
    for (Reply.Field field : reply.fields()) {
      text.append('\n').append(prefix).append(field.name()).append(": ")
          .append(plain(field.value()));
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
}
