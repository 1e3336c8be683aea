/**
 * Events delivered to listeners.
 */
@NullMarked
package dev.tonearm.event;

import org.jspecify.annotations.NullMarked;
