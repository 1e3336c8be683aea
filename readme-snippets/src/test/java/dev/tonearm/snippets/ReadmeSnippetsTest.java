package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDAInfo;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block of the READMEs is a region of a file that the build compiles (Java
 * under this module's src/test) or uses (the consumer project's POM, which consumer-check builds).
 * A README block names its regions on the line above its fence, in an HTML comment that Markdown
 * does not render: {@code <!-- snippet: readme-snippets/src/test/java/.../File.java#region -->}.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final List<Path> READMES =
      List.of(Path.of("README.md"), Path.of("testkit", "README.md"), Path.of("testkit-discord", "README.md"));
  /** Where regions live: this module's sources and the consumer project. */
  private static final List<Path> SNIPPET_FOLDERS =
      List.of(Path.of("readme-snippets", "src", "test"), Path.of("consumer-check", "src", "it"));
  private static final Set<String> CHECKED_LANGUAGES = Set.of("java", "xml");

  private final SnippetRegions regions = new SnippetRegions(ROOT);

  @Test
  void readmes_everyJavaAndXmlBlock_equalsItsSnippetRegions() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (ReadmeBlock block : checkedBlocks()) {
      if (block.regions().isEmpty()) {
        problems.add(block.location() + ": this ```" + block.language() + " block has no snippet."
            + " Put its code in a region of a file under readme-snippets/src/test (Java) or"
            + " consumer-check/src/it (XML) and write <!-- snippet: path#region --> on the line"
            + " above the fence.");
        continue;
      }
      String expected = regions.text(block.regions());
      if (!expected.equals(block.text())) {
        problems.add(block.readme() + ":" + (block.line() + firstDifference(expected, block.text()))
            + ": the ```" + block.language() + " block of line " + block.line() + " differs from "
            + String.join(" ", block.regions())
            + ". Copy the region into the README (or change the region).\n--- region ---\n"
            + expected + "\n--- README ---\n" + block.text());
      }
      checked++;
    }

    assertThat(problems).as("README blocks that are not their snippets").isEmpty();
    assertThat(checked).isGreaterThan(15);
  }

  @Test
  void snippetFiles_everyRegion_isShownInAReadme() throws IOException {
    Set<String> shown = new HashSet<>();
    for (ReadmeBlock block : checkedBlocks()) {
      shown.addAll(SnippetRegions.withPaths(block.regions()));
    }

    List<String> unshown = new ArrayList<>();
    for (String file : snippetFiles()) {
      assertThat(regions.names(file)).as("region names of " + file).doesNotHaveDuplicates();
      for (String name : regions.names(file)) {
        if (!shown.contains(file + "#" + name)) {
          unshown.add(file + "#" + name);
        }
      }
    }

    assertThat(unshown).as("regions no README shows: show them or remove their markers").isEmpty();
  }

  @Test
  void readme_jdaDependency_isTheJdaTheSnippetsRunWith() throws IOException {
    Matcher version = Pattern.compile("<artifactId>JDA</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("README.md")));

    assertThat(version.find()).as("README declares JDA with a version").isTrue();
    assertThat(version.group(1)).isEqualTo(
        JDAInfo.VERSION_MAJOR + "." + JDAInfo.VERSION_MINOR + "." + JDAInfo.VERSION_REVISION);
  }

  private static List<ReadmeBlock> checkedBlocks() throws IOException {
    List<ReadmeBlock> blocks = new ArrayList<>();
    for (Path readme : READMES) {
      Path file = ROOT.resolve(readme);
      if (Files.exists(file)) {
        ReadmeBlock.parse(readme, Files.readAllLines(file)).stream()
            .filter(b -> CHECKED_LANGUAGES.contains(b.language()))
            .forEach(blocks::add);
      }
    }
    return blocks;
  }

  private static List<String> snippetFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (Path folder : SNIPPET_FOLDERS) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
        walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xml"))
            .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static int firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int line = 0;
    while (line < a.length && line < b.length && a[line].equals(b[line])) {
      line++;
    }
    return line + 1;
  }
}
