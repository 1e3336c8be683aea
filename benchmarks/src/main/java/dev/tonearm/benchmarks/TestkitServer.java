package dev.tonearm.benchmarks;

import dev.tonearm.testkit.FakeLavalink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the testkit's fake node on its own until the process is killed, for the REST benchmarks of
 * both clients. Writes {@code <uri> <password>} to the file named by the first argument once it
 * listens.
 */
public final class TestkitServer {
  private TestkitServer() {}

  /**
   * Starts the node and waits forever.
   *
   * @param args the file to write the node's address to
   * @throws Exception if the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    FakeLavalink node = FakeLavalink.start();
    // Millions of requests would otherwise fill the heap and slow the node down over the run.
    node.recordCalls(false);
    Path address = Path.of(args[0]);
    Path partial = address.resolveSibling(address.getFileName() + ".partial");
    Files.writeString(partial, node.uri() + " " + node.password() + "\n", StandardCharsets.UTF_8);
    Files.move(partial, address);
    Thread.currentThread().join();
  }
}
