package dev.tonearm.snippets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a README, with the snippet regions its marker names.
 *
 * @param readme the README, relative to the project's root
 * @param line the 1-based line of the opening fence
 * @param language the fence's language ({@code java}, {@code xml}, ...)
 * @param regions the {@code path#region} references of the marker line above the fence, empty
 *     without one
 * @param text the block's lines, joined with {@code \n}
 */
record ReadmeBlock(Path readme, int line, String language, List<String> regions, String text) {
  /** {@code <!-- snippet: path#region [path#region ...] -->}, invisible in rendered Markdown. */
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.+?) -->");
  private static final Pattern FENCE = Pattern.compile("```(\\w*)");

  /** Where a failure points: {@code README.md:120}. */
  String location() {
    return readme + ":" + line;
  }

  /** Every fenced block of a README's lines, in order. */
  static List<ReadmeBlock> parse(Path readme, List<String> lines) {
    List<ReadmeBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        end++;
      }
      Matcher marker = i == 0 ? null : MARKER.matcher(lines.get(i - 1).strip());
      List<String> regions = marker != null && marker.matches()
          ? List.of(marker.group(1).strip().split("\\s+"))
          : List.of();
      blocks.add(new ReadmeBlock(readme, i + 1, fence.group(1), regions,
          String.join("\n", lines.subList(i + 1, Math.min(end, lines.size())))));
      i = end;
    }
    return blocks;
  }
}
