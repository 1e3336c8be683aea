/**
 * The typed REST client of one Lavalink node and its errors.
 */
@NullMarked
package dev.tonearm.rest;

import org.jspecify.annotations.NullMarked;
