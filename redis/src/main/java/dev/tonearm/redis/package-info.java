/**
 * Tonearm's state in Redis: {@link dev.tonearm.redis.RedisStateStore} keeps each guild's player and
 * queue under its own key, for bots that run in several processes.
 */
@NullMarked
package dev.tonearm.redis;

import org.jspecify.annotations.NullMarked;
