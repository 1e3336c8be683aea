/**
 * The conformance suite: what Tonearm needs from a Lavalink node, checked through Tonearm's public
 * API. It runs against the testkit's fake node unless {@code TONEARM_IT_LAVALINK} names a real
 * Lavalink 4.x node; see {@link dev.tonearm.conformance.ConformanceTarget}.
 */
@NullMarked
package dev.tonearm.conformance;

import org.jspecify.annotations.NullMarked;
