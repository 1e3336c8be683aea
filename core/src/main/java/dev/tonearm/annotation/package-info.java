/**
 * Annotations that make a method an event handler, and the contract of the dispatchers that the
 * {@code tonearm-processor} annotation processor generates for them.
 *
 * <pre>{@code
 * public final class MusicListener {
 *   @OnTrackStart
 *   void started(TrackStartEvent event) { ... }
 *
 *   @OnTrackEnd(reasons = {TrackEndReason.FINISHED, TrackEndReason.LOAD_FAILED})
 *   void ended(TrackEndEvent event) { ... }
 * }
 *
 * lavalink.register(new MusicListener());
 * }</pre>
 *
 * <p>A handler is a non-private, non-static method of a class (not an interface) returning
 * {@code void}, with one parameter: the annotation's event type or a supertype of it. It may not
 * declare type parameters or checked exceptions. Every annotation limits its method to one node
 * with {@code node = "name"}.
 */
@NullMarked
package dev.tonearm.annotation;

import org.jspecify.annotations.NullMarked;
