/**
 * The benchmarks of the official JVM client, {@code dev.arbjerg:lavalink-client}, in a JVM of
 * their own. {@code benchmarks/README.md} says how they are run and what they measured.
 */
@NullMarked
package dev.tonearm.benchmarks.official;

import org.jspecify.annotations.NullMarked;
