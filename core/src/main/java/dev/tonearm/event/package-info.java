/**
 * Events delivered to listeners: one immutable record per Lavalink event and per client event
 * (player moved, disconnected, queue ended, inactive), all {@link dev.tonearm.event.TonearmEvent}s.
 * Receive them with {@code lavalink.on(TrackStartEvent.class, handler)} or with the annotations of
 * {@link dev.tonearm.annotation} on a listener class.
 */
@NullMarked
package dev.tonearm.event;

import org.jspecify.annotations.NullMarked;
