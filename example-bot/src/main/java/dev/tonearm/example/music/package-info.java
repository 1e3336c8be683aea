/**
 * The bot's music commands and event messages, free of JDA: {@link
 * dev.tonearm.example.music.MusicCommands} turns a {@link dev.tonearm.example.music.CommandRequest}
 * into a {@link dev.tonearm.example.music.Reply}, so the Discord adapter (which the offline demo
 * runs too) and the tests all drive the same code.
 */
@NullMarked
package dev.tonearm.example.music;

import org.jspecify.annotations.NullMarked;
