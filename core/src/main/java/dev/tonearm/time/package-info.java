/**
 * The clock and scheduler Tonearm reads time from, replaceable for tests.
 */
@NullMarked
package dev.tonearm.time;

import org.jspecify.annotations.NullMarked;
