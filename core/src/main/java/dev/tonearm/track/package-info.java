/**
 * Tracks, their metadata, load results and the local codec for Lavalink's encoded tracks.
 */
@NullMarked
package dev.tonearm.track;

import org.jspecify.annotations.NullMarked;
