package dev.tonearm.example;

import dev.tonearm.node.NodeOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bot's configuration, read from environment variables:
 *
 * <ul>
 *   <li>{@code DISCORD_TOKEN}: the bot's token. Without it the bot runs the offline demo.
 *   <li>{@code LAVALINK_NODES}: the Lavalink nodes, needed with a token, in the form {@value
 *       #NODES_FORMAT}; for example {@code main=http://localhost:2333|youshallnotpass|eu;
 *       backup=http://10.0.0.2:2333|secret}.
 *   <li>{@code TONEARM_STATE_FILE}: optional; a file where players and node sessions are kept
 *       across restarts.
 *   <li>{@code TONEARM_METRICS_PORT}: optional; a TCP port where Tonearm's meters are served to
 *       Prometheus at {@code /metrics}.
 * </ul>
 *
 * @param token the bot token, or null for the offline demo
 * @param nodes the nodes; empty for the offline demo
 * @param stateFile where to keep the state, or null to keep none
 * @param metricsPort where to serve the meters (0 for any free port), or null to serve none
 */
public record BotConfig(@Nullable String token, List<NodeOptions> nodes,
    @Nullable Path stateFile, @Nullable Integer metricsPort) {

  /** The variable that holds the bot's token. */
  public static final String TOKEN = "DISCORD_TOKEN";
  /** The variable that lists the Lavalink nodes. */
  public static final String NODES = "LAVALINK_NODES";
  /** The variable that names the state file. */
  public static final String STATE_FILE = "TONEARM_STATE_FILE";
  /** The variable that names the metrics port. */
  public static final String METRICS_PORT = "TONEARM_METRICS_PORT";
  /** How {@value #NODES} lists nodes. */
  public static final String NODES_FORMAT = "name=uri|password[|region], separated by ';'";
  /** An example of {@value #NODES}. */
  public static final String NODES_EXAMPLE =
      "main=http://localhost:2333|youshallnotpass|eu;backup=http://10.0.0.2:2333|secret|us-east";

  /** Copies the nodes. */
  public BotConfig {
    nodes = List.copyOf(nodes);
  }

  /** Tells whether no token is set, so the bot runs the offline demo. */
  public boolean offline() {
    return token == null;
  }

  /**
   * Reads the configuration.
   *
   * @param env the environment, usually {@link System#getenv()}
   * @return the configuration
   * @throws ConfigException if a variable is set but malformed, or the token is set without
   *     nodes; the message names the variable and the expected form
   */
  public static BotConfig from(Map<String, String> env) throws ConfigException {
    String token = env.get(TOKEN);
    if (token == null) {
      return new BotConfig(null, List.of(), null, null);
    }
    if (token.isBlank()) {
      throw new ConfigException(TOKEN + " is set but empty. Set it to the token from the Bot page"
          + " of Discord's Developer Portal, or unset it to run the offline demo.");
    }
    String nodes = env.get(NODES);
    if (nodes == null || nodes.isBlank()) {
      throw new ConfigException(NODES + " is not set. With " + TOKEN + " the bot needs at least"
          + " one Lavalink node, as " + NODES_FORMAT + ", for example:\n  " + NODES + "='"
          + NODES_EXAMPLE + "'");
    }
    return new BotConfig(token.strip(), parseNodes(nodes), stateFile(env.get(STATE_FILE)),
        metricsPort(env.get(METRICS_PORT)));
  }

  /**
   * Reads a node list in the form {@value #NODES_FORMAT}. Spaces around names, parts and entries
   * are ignored, and so is a trailing ';'.
   *
   * @param text the list
   * @return the nodes, in the order given
   * @throws ConfigException if the list is empty or an entry is malformed; the message names the
   *     entry and what is wrong with it
   */
  public static List<NodeOptions> parseNodes(String text) throws ConfigException {
    List<NodeOptions> nodes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] entries = text.split(";");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      if (entry.isEmpty()) {
        continue;
      }
      String where = NODES + " entry " + (i + 1) + " ('" + redact(entry) + "')";
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw nodeError(where + " has no name: it must start with name=");
      }
      String name = entry.substring(0, equals).strip();
      String[] parts = entry.substring(equals + 1).split("\\|", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw nodeError(where + " has " + parts.length + " part" + (parts.length == 1 ? "" : "s")
            + " after the name; it needs uri|password or uri|password|region");
      }
      String uriText = parts[0].strip();
      String password = parts[1].strip();
      String region = parts.length == 3 ? parts[2].strip() : null;
      if (!names.add(name)) {
        throw nodeError(where + " repeats the name '" + name + "'; node names must be unique");
      }
      if (password.isEmpty()) {
        throw nodeError(where + " has an empty password");
      }
      URI uri;
      try {
        uri = new URI(uriText);
      } catch (URISyntaxException e) {
        throw nodeError(where + " has a malformed URI: " + e.getMessage());
      }
      try {
        nodes.add(NodeOptions.builder(name, uri, password).region(region).build());
      } catch (IllegalArgumentException e) {
        throw nodeError(where + ": " + e.getMessage());
      }
    }
    if (nodes.isEmpty()) {
      throw nodeError(NODES + " lists no node");
    }
    return nodes;
  }

  private static @Nullable Path stateFile(@Nullable String text) throws ConfigException {
    if (text == null || text.isBlank()) {
      return null;
    }
    Path path;
    try {
      path = Path.of(text.strip()).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new ConfigException(STATE_FILE + " is not a valid file name: " + e.getMessage());
    }
    Path folder = Optional.ofNullable(path.getParent()).orElse(path);
    if (Files.isDirectory(path)) {
      throw new ConfigException(STATE_FILE + " names a folder (" + path + "); name a file in it,"
          + " such as " + path.resolve("tonearm-state.json"));
    }
    if (!Files.isDirectory(folder)) {
      throw new ConfigException(STATE_FILE + " names a file in a folder that does not exist: "
          + folder + ". Create the folder or choose another file.");
    }
    return path;
  }

  private static @Nullable Integer metricsPort(@Nullable String text) throws ConfigException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int port = Integer.parseInt(text.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // explained below
    }
    throw new ConfigException(METRICS_PORT + " must be a TCP port from 0 to 65535, was '"
        + text.strip() + "'");
  }

  private static ConfigException nodeError(String problem) {
    return new ConfigException(problem + ".\nExpected " + NODES_FORMAT + ", for example:\n  "
        + NODES + "='" + NODES_EXAMPLE + "'");
  }

  /** Entries are echoed in messages; their passwords are not. */
  private static String redact(String entry) {
    int equals = entry.indexOf('=');
    String[] parts = entry.substring(Math.max(equals + 1, 0)).split("\\|", -1);
    if (parts.length < 2) {
      return entry;
    }
    StringBuilder shown = new StringBuilder(entry.substring(0, Math.max(equals + 1, 0)))
        .append(parts[0]).append("|***");
    for (int i = 2; i < parts.length; i++) {
      shown.append('|').append(parts[i]);
    }
    return shown.toString();
  }

  /** Shows neither the token nor the node passwords. */
  @Override
  public String toString() {
    return "BotConfig[token=" + (token == null ? "none" : "<redacted>") + ", nodes=" + nodes
        + ", stateFile=" + stateFile + ", metricsPort=" + metricsPort + "]";
  }
}
