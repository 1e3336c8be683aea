/**
 * Watching a client from outside: {@link dev.tonearm.observe.TonearmObserver} hears what happens
 * to nodes, REST calls, events, players and the state store, so a metrics library can count it.
 * The {@code tonearm-micrometer} module is one such observer.
 */
@NullMarked
package dev.tonearm.observe;

import org.jspecify.annotations.NullMarked;
