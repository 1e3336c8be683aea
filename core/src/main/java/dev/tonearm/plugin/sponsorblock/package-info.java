/** SponsorBlock: the categories a player skips, and its segment and chapter events, typed. */
@NullMarked
package dev.tonearm.plugin.sponsorblock;

import org.jspecify.annotations.NullMarked;
