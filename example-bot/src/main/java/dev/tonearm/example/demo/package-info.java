/**
 * The offline demo: the real bot logged into the testkit's fake Discord, two fake Lavalink nodes,
 * and a scripted session of members typing slash commands.
 */
@NullMarked
package dev.tonearm.example.demo;

import org.jspecify.annotations.NullMarked;
