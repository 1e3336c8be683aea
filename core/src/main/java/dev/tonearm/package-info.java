/**
 * Tonearm, a Lavalink v4 client for Java: the client and its options. Start with
 * {@link dev.tonearm.Lavalink}: {@code Lavalink.builder(botUserId)} takes the nodes and builds the
 * client, which hands out each guild's {@link dev.tonearm.player.Player}, loads tracks and
 * registers listeners. A JDA bot builds it through {@code TonearmJda} of {@code tonearm-jda}
 * instead.
 */
@NullMarked
package dev.tonearm;

import org.jspecify.annotations.NullMarked;
