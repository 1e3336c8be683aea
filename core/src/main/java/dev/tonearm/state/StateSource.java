package dev.tonearm.state;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The client's state as a {@link GuildStateStore} reads it: one guild at a time, as JSON in the
 * layout of a snapshot's player entries, so a store can keep guilds apart and put a snapshot back
 * together from them. All methods are thread-safe.
 */
public interface StateSource {

  /**
   * Returns one guild's player as JSON: its node, voice, track with user data, position, pause,
   * volume, filters, end time, queue and repeat mode.
   *
   * @param guildId the guild
   * @return the player's JSON, or empty if the guild has no player
   */
  Optional<String> guildState(long guildId);

  /** {@return each node's session id by node name, for the nodes that have a session} */
  Map<String, String> nodeSessions();

  /**
   * Puts a snapshot together, as {@link StateStore#load} returns it, from node sessions and guild
   * states that {@link #nodeSessions} and {@link #guildState} returned.
   *
   * @param nodeSessions each node's session id by node name
   * @param guildStates the guilds' JSON
   * @return the snapshot's JSON
   * @throws IllegalArgumentException if a guild's JSON is not a player entry; the message says
   *     which part is wrong
   */
  String snapshot(Map<String, String> nodeSessions, Collection<String> guildStates);
}
