package dev.tonearm.event;

/** Why a player left its voice channel. */
public enum DisconnectTrigger {
  /** The bot asked to leave. */
  REQUESTED,
  /** The bot is no longer in the channel without asking: kicked, or moved out by a member. */
  LEFT_CHANNEL,
  /** The voice channel was deleted. */
  CHANNEL_DELETED,
  /** The bot left the guild or was removed from it. */
  GUILD_LEFT,
  /** Discord closed the voice connection for good (for example 4006 or 4014 without a move). */
  VOICE_CLOSED,
  /** No Lavalink node was available to take the player over in time. */
  NODE_LOST,
  /** The player was idle past the inactivity timeout and the configured action is to leave. */
  INACTIVE,
  /**
   * The bot's Discord gateway connection for the player's guild shut down for good (the JDA
   * instance, or its shard, was shut down), which ends every voice connection it carried.
   */
  GATEWAY_SHUTDOWN
}
