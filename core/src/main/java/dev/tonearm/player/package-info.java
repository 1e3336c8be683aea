/**
 * One guild's {@link dev.tonearm.player.Player}, from {@code lavalink.player(guildId)}: playing,
 * pausing, seeking, volume and {@link dev.tonearm.player.Filters} (with ready-made
 * {@link dev.tonearm.player.FilterPresets}), each command a future completed when Lavalink
 * confirmed it; and the values it shares with the REST client: state, voice and filters.
 */
@NullMarked
package dev.tonearm.player;

import org.jspecify.annotations.NullMarked;
