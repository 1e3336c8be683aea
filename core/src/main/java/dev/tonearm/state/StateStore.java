package dev.tonearm.state;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the client keeps its snapshot (see {@code Lavalink.snapshot()}) between bot restarts.
 * {@link FileStateStore} keeps it in a file; implement this to keep it in Redis or a database.
 *
 * <p>The client calls {@link #save} from its scheduler thread, a few seconds after changes and on
 * close, and {@link #load} once when it is built. Implementations must be thread-safe.
 */
public interface StateStore {

  /**
   * Reads the last snapshot saved.
   *
   * @return the snapshot's JSON, or empty if none was saved yet
   * @throws IOException if the store cannot be read
   */
  Optional<String> load() throws IOException;

  /**
   * Replaces the saved snapshot. A crash during a save must leave either the old or the new
   * snapshot, never a mix.
   *
   * @param snapshot the snapshot's JSON
   * @throws IOException if the store cannot be written
   */
  void save(String snapshot) throws IOException;
}
