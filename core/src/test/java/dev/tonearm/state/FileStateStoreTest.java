package dev.tonearm.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateStoreTest {
  @TempDir Path directory;

  @Test
  void load_nothingSaved_isEmpty() throws Exception {
    assertThat(new FileStateStore(directory.resolve("state.json")).load()).isEmpty();
  }

  @Test
  void save_twice_keepsOnlyTheLatestAndNoTemporaryFiles() throws Exception {
    FileStateStore store = new FileStateStore(directory.resolve("nested/state.json"));

    store.save("{\"first\":true}");
    store.save("{\"second\":true}");

    assertThat(store.load()).contains("{\"second\":true}");
    try (Stream<Path> files = Files.list(directory.resolve("nested"))) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactly("state.json");
    }
  }
}
