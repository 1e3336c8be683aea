package dev.tonearm.node;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a node says about itself through {@code GET /v4/info}.
 *
 * @param version the Lavalink version
 * @param buildTime when the server was built, in epoch milliseconds
 * @param git the commit the server was built from
 * @param jvm the server's Java version
 * @param lavaplayer the lavaplayer version
 * @param sourceManagers the enabled source managers, such as {@code youtube} or {@code http}
 * @param filters the enabled filters, including plugin filters
 * @param plugins the loaded plugins
 */
public record NodeInfo(
    Version version,
    long buildTime,
    Git git,
    String jvm,
    String lavaplayer,
    List<String> sourceManagers,
    List<String> filters,
    List<Plugin> plugins) {

  /**
   * Creates the record with copies of the lists, so it stays immutable.
   *
   * @param version the Lavalink version
   * @param buildTime when the server was built, in epoch milliseconds
   * @param git the commit the server was built from
   * @param jvm the server's Java version
   * @param lavaplayer the lavaplayer version
   * @param sourceManagers the enabled source managers, such as {@code youtube} or {@code http}
   * @param filters the enabled filters, including plugin filters
   * @param plugins the loaded plugins
   * @throws NullPointerException if an argument is null
   */
  public NodeInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(git, "git");
    Objects.requireNonNull(jvm, "jvm");
    Objects.requireNonNull(lavaplayer, "lavaplayer");
    sourceManagers = List.copyOf(sourceManagers);
    filters = List.copyOf(filters);
    plugins = List.copyOf(plugins);
  }

  /**
   * A Lavalink version.
   *
   * @param semver the full version string, e.g. {@code 4.2.2}
   * @param major the major version
   * @param minor the minor version
   * @param patch the patch version
   * @param preRelease the pre-release part, or null; some servers send an empty string instead
   */
  public record Version(String semver, int major, int minor, int patch, @Nullable String preRelease) {
    /**
     * Creates the record.
     *
     * @param semver the full version string, e.g. {@code 4.2.2}
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @param preRelease the pre-release part, or null; some servers send an empty string instead
     * @throws NullPointerException if {@code semver} is null
     */
    public Version {
      Objects.requireNonNull(semver, "semver");
    }

    /**
     * Tells whether this version is at least the given one, ignoring pre-releases.
     *
     * @param otherMajor the major version to compare with
     * @param otherMinor the minor version to compare with
     * @return true if this version is {@code otherMajor.otherMinor} or newer
     */
    public boolean isAtLeast(int otherMajor, int otherMinor) {
      return major != otherMajor ? major > otherMajor : minor >= otherMinor;
    }
  }

  /**
   * The commit a server was built from.
   *
   * @param branch the branch
   * @param commit the commit hash
   * @param commitTime the commit time in epoch milliseconds
   */
  public record Git(String branch, String commit, long commitTime) {
    /**
     * Creates the record.
     *
     * @param branch the branch
     * @param commit the commit hash
     * @param commitTime the commit time in epoch milliseconds
     * @throws NullPointerException if {@code branch} or {@code commit} is null
     */
    public Git {
      Objects.requireNonNull(branch, "branch");
      Objects.requireNonNull(commit, "commit");
    }
  }

  /**
   * A plugin loaded on the node.
   *
   * @param name the plugin's name
   * @param version the plugin's version
   */
  public record Plugin(String name, String version) {
    /**
     * Creates the record.
     *
     * @param name the plugin's name
     * @param version the plugin's version
     * @throws NullPointerException if an argument is null
     */
    public Plugin {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }
  }
}
