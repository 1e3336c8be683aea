/**
 * The annotation processor that writes one {@code <Listener>_TonearmDispatcher} per listener
 * class. Not API: bots put the artifact on the compiler's annotation processor path and never call
 * it.
 */
@NullMarked
package dev.tonearm.processor;

import org.jspecify.annotations.NullMarked;
