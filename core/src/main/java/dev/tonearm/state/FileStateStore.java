package dev.tonearm.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the snapshot in one file. A save writes a temporary file next to it and moves it over the
 * old one in one atomic step, so a crash never leaves half a snapshot.
 */
public final class FileStateStore implements StateStore {
  private final Path file;

  /**
   * Creates the store; nothing is written until the first save.
   *
   * @param file the snapshot file; its directory is created on the first save if needed
   */
  public FileStateStore(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
  }

  /** {@return the snapshot file} */
  public Path file() {
    return file;
  }

  @Override
  public Optional<String> load() throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public synchronized void save(String snapshot) throws IOException {
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, file.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, snapshot, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public String toString() {
    return "FileStateStore[" + file + "]";
  }
}
