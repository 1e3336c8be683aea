/**
 * The REST routes the fake Discord answers, and the records of commands, messages and
 * interactions.
 */
@NullMarked
package dev.tonearm.testkit.discord.internal.rest;

import org.jspecify.annotations.NullMarked;
