/**
 * A small read-only view of JSON, which is how Tonearm hands out what it cannot type itself:
 * plugin info, user data, plugin filters and the frames of unknown plugin events.
 */
@NullMarked
package dev.tonearm.json;

import org.jspecify.annotations.NullMarked;
