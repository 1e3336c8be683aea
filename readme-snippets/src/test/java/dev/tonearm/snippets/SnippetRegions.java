package dev.tonearm.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the named regions of snippet files, Java or XML, as a README shows them.
 *
 * <p>A region runs from {@code // region NAME} to {@code // endregion NAME} (in XML
 * {@code <!-- region NAME -->} and {@code <!-- endregion NAME -->}). Regions may nest; the marker
 * lines of nested regions are left out. A line {@code // in README: A => B} (XML:
 * {@code <!-- in README: A => B -->}) inside a region says that the README shows B where the file
 * has A: the fakes' addresses, or the version a filtered POM gets at build time. A README block
 * may join several regions, so that lines the README leaves out (waits, assertions) can sit
 * between them; the lines of consecutive regions of one file lose their common indentation.
 */
final class SnippetRegions {
  private static final Pattern START = Pattern.compile("(?://|<!--) region (\\S+)(?: -->)?");
  private static final Pattern END = Pattern.compile("(?://|<!--) endregion (\\S+)(?: -->)?");
  private static final Pattern SHOWN_AS = Pattern.compile("(?://|<!--) in README: (.+?) => (.+?)(?: -->)?");

  private final Path root;

  /** Snippet paths are relative to {@code root}, the project's root folder. */
  SnippetRegions(Path root) {
    this.root = root;
  }

  /**
   * The README text of the regions {@code path#name ...}, joined by line breaks; {@code #name}
   * alone is a region of the previous reference's file.
   *
   * @throws IllegalArgumentException if a reference is malformed, or names a file or region that
   *     does not exist
   */
  String text(List<String> references) {
    List<String> text = new ArrayList<>();
    List<String> sameFile = new ArrayList<>();
    String path = "";
    for (String reference : withPaths(references)) {
      int hash = reference.indexOf('#');
      if (!reference.substring(0, hash).equals(path)) {
        text.addAll(withoutCommonIndent(sameFile));
        sameFile.clear();
        path = reference.substring(0, hash);
      }
      sameFile.addAll(region(path, reference.substring(hash + 1)));
    }
    text.addAll(withoutCommonIndent(sameFile));
    return String.join("\n", text);
  }

  /**
   * The references with a file each: {@code #name} becomes {@code path#name} with the path of the
   * reference before it.
   *
   * @throws IllegalArgumentException if a reference has no {@code #}, or the first has no path
   */
  static List<String> withPaths(List<String> references) {
    List<String> full = new ArrayList<>();
    String path = "";
    for (String reference : references) {
      int hash = reference.indexOf('#');
      if (hash < 0 || (hash == 0 && path.isEmpty())) {
        throw new IllegalArgumentException("snippet reference " + reference
            + " names no file and region; write it as path/to/File.java#region (or #region for"
            + " another region of the file before it)");
      }
      if (hash > 0) {
        path = reference.substring(0, hash);
      }
      full.add(path + reference.substring(hash));
    }
    return full;
  }

  /** Every region name of a snippet file, in order. */
  List<String> names(String path) {
    List<String> names = new ArrayList<>();
    for (String line : lines(path)) {
      Matcher start = START.matcher(line.strip());
      if (start.matches()) {
        names.add(start.group(1));
      }
    }
    return names;
  }

  private List<String> region(String path, String name) {
    List<String> lines = lines(path);
    List<String> kept = new ArrayList<>();
    Map<String, String> shownAs = new LinkedHashMap<>();
    boolean inside = false;
    for (String line : lines) {
      String stripped = line.strip();
      Matcher start = START.matcher(stripped);
      Matcher end = END.matcher(stripped);
      Matcher shown = SHOWN_AS.matcher(stripped);
      if (start.matches()) {
        inside |= start.group(1).equals(name);
      } else if (end.matches()) {
        if (end.group(1).equals(name)) {
          return shownInReadme(kept, shownAs);
        }
      } else if (inside && shown.matches()) {
        shownAs.put(shown.group(1), shown.group(2));
      } else if (inside) {
        kept.add(line);
      }
    }
    throw new IllegalArgumentException(path + " has no region " + name + " (a line \"region "
        + name + "\" and, below it, \"endregion " + name + "\"); its regions: " + names(path));
  }

  private static List<String> shownInReadme(List<String> lines, Map<String, String> shownAs) {
    List<String> shown = new ArrayList<>();
    for (String line : lines) {
      for (Map.Entry<String, String> replacement : shownAs.entrySet()) {
        line = line.replace(replacement.getKey(), replacement.getValue());
      }
      shown.add(line);
    }
    return shown;
  }

  private static List<String> withoutCommonIndent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }

  private List<String> lines(String path) {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("snippet file " + path + " does not exist (paths are"
          + " relative to the project's root)");
    }
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
