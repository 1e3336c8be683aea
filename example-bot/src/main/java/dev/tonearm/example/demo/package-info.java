/**
 * The offline demo: two fake Lavalink nodes from the testkit, a stand-in for Discord's voice
 * gateway, and a scripted session that drives the bot's real command handlers.
 */
@NullMarked
package dev.tonearm.example.demo;

import org.jspecify.annotations.NullMarked;
