/**
 * Implementation of the JDA integration: bot token parsing, the shard registry, joining and
 * leaving through JDA's direct audio controller, and deferred leaves. Not API.
 */
@NullMarked
package dev.tonearm.jda.internal;

import org.jspecify.annotations.NullMarked;
