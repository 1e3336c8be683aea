package dev.tonearm.track;

/** How serious a track failure is, as Lavalink classifies it. */
public enum Severity {
  /** A known, expected cause, such as an unavailable video; nothing is wrong with Lavalink. */
  COMMON,
  /** Probably an outside cause, such as an unexpected response format from the source. */
  SUSPICIOUS,
  /** A likely bug in Lavalink or lavaplayer, or an unknown cause. */
  FAULT
}
