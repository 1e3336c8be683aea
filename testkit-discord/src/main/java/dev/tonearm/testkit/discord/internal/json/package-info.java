/**
 * The JSON the fake Discord sends: gateway frames, guild entities, messages and interactions,
 * built from the model.
 */
@NullMarked
package dev.tonearm.testkit.discord.internal.json;

import org.jspecify.annotations.NullMarked;
