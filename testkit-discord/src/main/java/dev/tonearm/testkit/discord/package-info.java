/**
 * An in-process fake Discord for tests of JDA bots: {@link dev.tonearm.testkit.discord.FakeDiscord}
 * serves the gateway WebSocket and the REST routes a bot uses on loopback, keeps its own model of
 * guilds, channels, members and voice states built from {@link
 * dev.tonearm.testkit.discord.GuildSpec}s, answers voice requests as {@link
 * dev.tonearm.testkit.discord.VoiceResponses} say, lets a test script what members, moderators
 * and Discord itself do, and records everything the bot sends.
 */
@NullMarked
package dev.tonearm.testkit.discord;

import org.jspecify.annotations.NullMarked;
