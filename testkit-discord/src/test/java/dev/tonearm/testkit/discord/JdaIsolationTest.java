package dev.tonearm.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server speaks plain JSON: only the JDA wiring and the facade's two configure methods name
 * JDA's types, so the gateway, the REST routes and the model would serve any Discord library.
 */
class JdaIsolationTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/tonearm/testkit/discord");

  @Test
  void mainSources_outsideTheJdaWiring_importNothingFromJda() throws IOException {
    List<String> importing;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      importing = files.filter(file -> file.toString().endsWith(".java"))
          .filter(JdaIsolationTest::importsJda)
          .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }

    assertThat(importing).containsExactly("FakeDiscord.java", "internal/jda/JdaSetup.java",
        "internal/jda/NoWaitSessionController.java");
  }

  private static boolean importsJda(Path file) {
    try {
      return Files.readString(file).contains("import net.dv8tion.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
