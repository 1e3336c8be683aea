/**
 * Player-side values shared by the REST client and the guild player: state, voice and filters.
 */
@NullMarked
package dev.tonearm.player;

import org.jspecify.annotations.NullMarked;
