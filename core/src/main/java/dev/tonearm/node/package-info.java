/**
 * Lavalink nodes: connection state, statistics and server information.
 */
@NullMarked
package dev.tonearm.node;

import org.jspecify.annotations.NullMarked;
