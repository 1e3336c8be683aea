/**
 * The client's observers and the timing they need; not API.
 */
@NullMarked
package dev.tonearm.internal.observe;

import org.jspecify.annotations.NullMarked;
