/**
 * Tonearm, a Lavalink v4 client for Java: the client and its options.
 */
@NullMarked
package dev.tonearm;

import org.jspecify.annotations.NullMarked;
