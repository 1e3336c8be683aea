/**
 * Micrometer meters for a Tonearm client: {@link dev.tonearm.micrometer.TonearmMetrics#bind} binds
 * them to any {@code MeterRegistry}.
 */
@NullMarked
package dev.tonearm.micrometer;

import org.jspecify.annotations.NullMarked;
