/**
 * The only classes that touch JDA: a session controller without the identify wait, and the builder
 * configuration.
 */
@NullMarked
package dev.tonearm.testkit.discord.internal.jda;

import org.jspecify.annotations.NullMarked;
