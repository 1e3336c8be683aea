/** LavaLyrics: lyrics of tracks and live lines, typed. */
@NullMarked
package dev.tonearm.plugin.lavalyrics;

import org.jspecify.annotations.NullMarked;
