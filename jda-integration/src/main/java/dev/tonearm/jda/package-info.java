/**
 * Tonearm for JDA: {@link dev.tonearm.jda.TonearmJda} connects a Tonearm client to one JDA
 * instance or to every shard of a {@code ShardManager}, and gives players by JDA guild and channel.
 */
@NullMarked
package dev.tonearm.jda;

import org.jspecify.annotations.NullMarked;
