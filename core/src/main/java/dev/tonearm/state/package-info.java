/**
 * Keeping the client's state across a bot restart.
 */
@NullMarked
package dev.tonearm.state;

import org.jspecify.annotations.NullMarked;
