/**
 * JMH benchmarks. {@code benchmarks/README.md} says how to run them and what they measured.
 */
@NullMarked
package dev.tonearm.benchmarks;

import org.jspecify.annotations.NullMarked;
