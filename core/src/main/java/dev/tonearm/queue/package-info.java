/**
 * The per-player track queue: ordering, repeat modes, history and the rule for what plays after a
 * track ends.
 */
@NullMarked
package dev.tonearm.queue;

import org.jspecify.annotations.NullMarked;
