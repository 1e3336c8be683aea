package dev.tonearm.plugin.lavalyrics;

import dev.tonearm.event.PluginEvent;

/** An event of the LavaLyrics plugin, sent to a player subscribed to live lyrics. */
public sealed interface LavaLyricsEvent extends PluginEvent
    permits LyricsFoundEvent, LyricsNotFoundEvent, LyricsLineEvent {

  /** Returns {@link LavaLyrics#NAME}. */
  @Override
  default String plugin() {
    return LavaLyrics.NAME;
  }
}
