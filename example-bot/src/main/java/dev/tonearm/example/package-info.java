/**
 * The example bot's entry point and configuration: {@link dev.tonearm.example.ExampleBot} runs the
 * Discord bot when {@code DISCORD_TOKEN} is set and the offline demo otherwise.
 */
@NullMarked
package dev.tonearm.example;

import org.jspecify.annotations.NullMarked;
