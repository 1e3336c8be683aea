/**
 * Implementation details; not API. Anything here may change in any release.
 */
@NullMarked
package dev.tonearm.internal.state;

import org.jspecify.annotations.NullMarked;
