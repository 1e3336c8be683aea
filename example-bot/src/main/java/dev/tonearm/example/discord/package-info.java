/**
 * The Discord side of the example bot: JDA set-up, slash command definitions, and the adapter that
 * turns interactions into command requests and replies into embeds.
 */
@NullMarked
package dev.tonearm.example.discord;

import org.jspecify.annotations.NullMarked;
