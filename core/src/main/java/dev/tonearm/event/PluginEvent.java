package dev.tonearm.event;

/**
 * An event of a Lavalink plugin that a registered {@link dev.tonearm.plugin.LavalinkPlugin}
 * decodes into its own record, such as LavaLyrics' {@code LyricsLineEvent}. Listen with
 * {@code lavalink.on(TheRecord.class, ...)} or an {@link dev.tonearm.annotation.OnPluginEvent}
 * method whose parameter is the record.
 */
public interface PluginEvent extends PlayerEvent {

  /** {@return the name of the plugin that sent the event, as nodes list it, such as {@code lavalyrics-plugin}} */
  String plugin();

  /** Returns {@link EventKind#PLUGIN}. */
  @Override
  default EventKind kind() {
    return EventKind.PLUGIN;
  }
}
