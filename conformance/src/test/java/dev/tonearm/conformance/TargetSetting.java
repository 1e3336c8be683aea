package dev.tonearm.conformance;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A real Lavalink node to run the suite against, as the environment names it.
 *
 * @param uri the node's plain-http address, such as {@code http://127.0.0.1:2333}
 * @param password the node's password ({@code lavalink.server.password})
 * @param media a directory that this JVM can write and the node can read at the same path
 */
record TargetSetting(URI uri, String password, Path media) {
  /** Names the node: {@code http://host:2333|password}. */
  static final String LAVALINK_VARIABLE = "TONEARM_IT_LAVALINK";
  /** Names the directory the suite writes its audio files to, for the node to load. */
  static final String MEDIA_VARIABLE = "TONEARM_IT_MEDIA";
  static final String FORM = "'http://host:2333|password'";

  TargetSetting {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(media, "media");
  }

  /** Keeps the password out of test reports and logs. */
  @Override
  public String toString() {
    return "TargetSetting[uri=" + uri + ", media=" + media + "]";
  }

  /**
   * Reads the two variables.
   *
   * @param lavalink the value of {@code TONEARM_IT_LAVALINK}, or null if unset
   * @param media the value of {@code TONEARM_IT_MEDIA}, or null if unset
   * @return the real node to test, or empty when {@code TONEARM_IT_LAVALINK} is unset or blank,
   *     which means the fake node
   * @throws TargetSettingException if a variable is set but malformed, if the media directory is
   *     missing or not writable, or if only {@code TONEARM_IT_MEDIA} is set
   */
  static Optional<TargetSetting> parse(@Nullable String lavalink, @Nullable String media) {
    if (lavalink == null || lavalink.isBlank()) {
      if (media != null && !media.isBlank()) {
        throw new TargetSettingException(MEDIA_VARIABLE + " is set but " + LAVALINK_VARIABLE
            + " is not: set " + LAVALINK_VARIABLE + " to " + FORM + " to test a real node, or"
            + " unset " + MEDIA_VARIABLE + " to test the fake node");
      }
      return Optional.empty();
    }
    int separator = lavalink.indexOf('|');
    if (separator < 0) {
      throw new TargetSettingException(LAVALINK_VARIABLE + " must be " + FORM
          + ", but it has no '|' between the node's address and its password");
    }
    URI uri = uri(lavalink.substring(0, separator).strip());
    String password = lavalink.substring(separator + 1);
    if (password.isEmpty()) {
      throw new TargetSettingException(LAVALINK_VARIABLE + " must be " + FORM
          + ", but the password after '|' is empty");
    }
    return Optional.of(new TargetSetting(uri, password, mediaDirectory(media)));
  }

  private static URI uri(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new TargetSettingException(LAVALINK_VARIABLE + " must be " + FORM + ", but '"
          + address + "' is not a URI: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw new TargetSettingException(LAVALINK_VARIABLE + " names an https address ('" + address
          + "'), but the suite must see the WebSocket's bytes to hold and drop them: give the"
          + " node's plain http address, such as http://127.0.0.1:2333");
    }
    if (!scheme.equals("http") || uri.getHost() == null) {
      throw new TargetSettingException(LAVALINK_VARIABLE + " must be " + FORM + ", but '" + address
          + "' is not an absolute http:// address with a host");
    }
    return uri;
  }

  private static Path mediaDirectory(@Nullable String media) {
    if (media == null || media.isBlank()) {
      throw new TargetSettingException(MEDIA_VARIABLE + " must name a directory that this JVM can"
          + " write and the node can read at the same path: the suite writes the audio files the"
          + " node loads there. It is not set");
    }
    Path directory;
    try {
      directory = Path.of(media.strip()).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new TargetSettingException(MEDIA_VARIABLE + " is not a path: " + e.getMessage());
    }
    if (!Files.isDirectory(directory)) {
      throw new TargetSettingException(MEDIA_VARIABLE + " names " + directory
          + ", which is not a directory");
    }
    if (!Files.isWritable(directory)) {
      throw new TargetSettingException(MEDIA_VARIABLE + " names " + directory
          + ", which this JVM cannot write to");
    }
    return directory;
  }
}
