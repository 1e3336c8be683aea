/**
 * How the Redis store talks to Redis. Not API: it may change in any release.
 */
@NullMarked
package dev.tonearm.redis.internal;

import org.jspecify.annotations.NullMarked;
