package dev.tonearm.player;

/**
 * A player's state as Lavalink last reported it in a {@code playerUpdate}.
 *
 * @param time the node's clock when the state was taken, in epoch milliseconds
 * @param position the track position then, in milliseconds
 * @param connected whether Lavalink's voice connection to Discord was open
 * @param ping the round trip to Discord's voice server in milliseconds, or -1 when not connected
 */
public record PlayerState(long time, long position, boolean connected, long ping) {}
