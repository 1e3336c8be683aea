package dev.tonearm.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tonearm.testkit.FakeLavalink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The node the suite runs against, picked once per run: a real Lavalink 4.x when {@code
 * TONEARM_IT_LAVALINK} names one ({@code http://host:2333|password}, with {@code
 * TONEARM_IT_MEDIA} naming a directory the node reads at the same path), else a fake node started
 * here. Every test gets it from {@link ConformanceExtension}.
 *
 * <p>Tests use only what both have: an address, a password, the suite's media files and node
 * time. Tests that need what only the fake node can do are marked {@link FakeNodeOnly} and get
 * the fake node from {@link #requireFake(String)}.
 */
final class ConformanceTarget implements AutoCloseable {
  private final @Nullable FakeLavalink fake;
  private final URI uri;
  private final String password;
  private final MediaFiles media;
  private final NodeTime time;
  private final @Nullable Path ownMediaDirectory;

  private ConformanceTarget(@Nullable FakeLavalink fake, URI uri, String password,
      MediaFiles media, NodeTime time, @Nullable Path ownMediaDirectory) {
    this.fake = fake;
    this.uri = uri;
    this.password = password;
    this.media = media;
    this.time = time;
    this.ownMediaDirectory = ownMediaDirectory;
  }

  /**
   * Picks the target from the process environment.
   *
   * @throws TargetSettingException if the variables are set but malformed
   */
  static ConformanceTarget fromEnvironment() {
    Optional<TargetSetting> setting = TargetSetting.parse(
        System.getenv(TargetSetting.LAVALINK_VARIABLE), System.getenv(TargetSetting.MEDIA_VARIABLE));
    return setting.map(ConformanceTarget::real).orElseGet(ConformanceTarget::fake);
  }

  /** A real node; its time passes by itself. */
  static ConformanceTarget real(TargetSetting setting) {
    return new ConformanceTarget(null, setting.uri(), setting.password(),
        MediaFiles.writeTo(setting.media()), NodeTime.real(), null);
  }

  /**
   * A fake node set up as a real one the suite expects: local files on, a password only this run
   * knows (so that a test can look for it in logs), and its first {@code stats} before {@code
   * ready}, which a real node sends now and then.
   */
  static ConformanceTarget fake() {
    String password = "conformance-" + UUID.randomUUID();
    FakeLavalink node = FakeLavalink.builder()
        .password(password)
        .localFiles(true)
        .statsBeforeReady(true)
        .start();
    try {
      Path directory = Files.createTempDirectory("tonearm-conformance-media");
      return new ConformanceTarget(node, node.uri(), password, MediaFiles.writeTo(directory),
          NodeTime.virtual(node.clock()), directory);
    } catch (IOException e) {
      node.close();
      throw new UncheckedIOException("Could not create the media directory for the fake node", e);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /** Tells whether this is a real node. */
  boolean isReal() {
    return fake == null;
  }

  /** The node's address. */
  URI uri() {
    return uri;
  }

  /** The node's password. */
  String password() {
    return password;
  }

  MediaFiles media() {
    return media;
  }

  NodeTime time() {
    return time;
  }

  /**
   * Returns the fake node for a test that needs what only it can do, and skips the test against a
   * real node.
   *
   * @param why what the test needs that a real node cannot provide, shown as the skip reason
   */
  FakeLavalink requireFake(String why) {
    assumeTrue(fake != null, () -> "Runs against the fake node only: " + why);
    return Objects.requireNonNull(fake);
  }

  /** Deletes the media files and stops the fake node, if there is one. */
  @Override
  public void close() throws IOException {
    try {
      media.close();
      if (ownMediaDirectory != null) {
        Files.deleteIfExists(ownMediaDirectory);
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  /** Describes the target without its password. */
  @Override
  public String toString() {
    return (isReal() ? "real Lavalink node at " : "fake Lavalink node at ") + uri
        + ", media in " + media.directory();
  }
}
