package dev.tonearm.plugin;

import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.json.JsonViewException;

/** Turns the frame of one plugin event type into that plugin's typed event record. */
@FunctionalInterface
public interface PluginEventDecoder {

  /**
   * Decodes a frame. Runs on the node's receiving thread, so it should only read the frame.
   *
   * @param frame the event as Tonearm received it, with its node, guild, player and JSON
   * @return the typed event; its listeners get it instead of the {@link ExtraEvent}
   * @throws JsonViewException if the frame lacks a field the event needs; the frame then
   *     reaches listeners as the {@link ExtraEvent} it was, so nothing is lost
   */
  TonearmEvent decode(ExtraEvent frame);
}
