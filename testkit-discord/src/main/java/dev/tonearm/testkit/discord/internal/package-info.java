/**
 * The fake Discord's machinery, not API: the shared state and its lock, ids and tokens. The
 * packages below hold the guild model, the JSON payloads, the gateway, the REST routes and the
 * JDA wiring.
 */
@NullMarked
package dev.tonearm.testkit.discord.internal;

import org.jspecify.annotations.NullMarked;
