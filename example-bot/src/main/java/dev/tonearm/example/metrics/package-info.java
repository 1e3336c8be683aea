/**
 * The bot's optional Prometheus endpoint, serving Tonearm's meters over the JDK's HTTP server.
 */
@NullMarked
package dev.tonearm.example.metrics;

import org.jspecify.annotations.NullMarked;
