/** LavaSearch: one search for tracks, albums, artists, playlists and texts, typed. */
@NullMarked
package dev.tonearm.plugin.lavasearch;

import org.jspecify.annotations.NullMarked;
