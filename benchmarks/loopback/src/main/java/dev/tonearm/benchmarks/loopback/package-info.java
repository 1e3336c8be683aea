/**
 * The parts of the benchmarks that both clients share: the frames, a minimal Lavalink node on
 * loopback, meters, the closed-loop REST driver, the retained-heap probe and the result files.
 * Nothing here depends on an HTTP library, so it runs beside OkHttp 4 and OkHttp 5 alike.
 */
@NullMarked
package dev.tonearm.benchmarks.loopback;

import org.jspecify.annotations.NullMarked;
