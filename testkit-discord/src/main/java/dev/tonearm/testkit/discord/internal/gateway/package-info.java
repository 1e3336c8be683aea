/**
 * The gateway: WebSocket connections, sessions with sequence numbers and resuming, and the answers
 * to the bot's opcodes.
 */
@NullMarked
package dev.tonearm.testkit.discord.internal.gateway;

import org.jspecify.annotations.NullMarked;
