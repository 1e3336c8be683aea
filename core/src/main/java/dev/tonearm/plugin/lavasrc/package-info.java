/** LavaSrc: searches and recommendations of its sources, and the plugin info of its tracks and playlists, typed. */
@NullMarked
package dev.tonearm.plugin.lavasrc;

import org.jspecify.annotations.NullMarked;
