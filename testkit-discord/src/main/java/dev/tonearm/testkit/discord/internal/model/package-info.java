/** The fake Discord's own model of guilds, channels, members and voice states. */
@NullMarked
package dev.tonearm.testkit.discord.internal.model;

import org.jspecify.annotations.NullMarked;
