/**
 * Typed APIs of Lavalink plugins, and the way to add one: a {@link dev.tonearm.plugin.LavalinkPlugin}
 * registered with {@code Lavalink.builder(...).plugin(...)}.
 */
@NullMarked
package dev.tonearm.plugin;

import org.jspecify.annotations.NullMarked;
