/**
 * An in-process fake Lavalink v4 node for tests: {@link dev.tonearm.testkit.FakeLavalink} serves
 * the REST API and the WebSocket on loopback, plays tracks from a {@link
 * dev.tonearm.testkit.FakeCatalog} on a {@link dev.tonearm.testkit.VirtualClock}, and can inject
 * faults such as dropped connections, refused connections and stalled requests.
 */
@NullMarked
package dev.tonearm.testkit;

import org.jspecify.annotations.NullMarked;
