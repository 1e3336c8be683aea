/** The bridge between {@link dev.tonearm.json.JsonView} and the JSON trees of the wire code. */
@NullMarked
package dev.tonearm.internal.json;

import org.jspecify.annotations.NullMarked;
