package dev.tonearm.internal.event;

import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.plugin.PluginEventDecoder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns frames of plugin event types into the registered plugins' typed events. */
public final class PluginEvents {
  private static final Logger log = LoggerFactory.getLogger(PluginEvents.class);

  private final Map<String, PluginEventDecoder> decoders;

  /**
   * Collects the decoders of the plugins.
   *
   * @throws IllegalArgumentException if two plugins decode the same event type
   */
  public PluginEvents(List<LavalinkPlugin> plugins) {
    Map<String, PluginEventDecoder> all = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (LavalinkPlugin plugin : plugins) {
      plugin.eventDecoders().forEach((type, decoder) -> {
        String owner = owners.putIfAbsent(type, plugin.name());
        if (owner != null) {
          throw new IllegalArgumentException("Plugins '" + owner + "' and '" + plugin.name()
              + "' both decode the event type '" + type + "'");
        }
        all.put(type, decoder);
      });
    }
    this.decoders = Map.copyOf(all);
  }

  /** Returns the typed event for the frame, or the frame itself if no plugin types it. */
  public TonearmEvent decode(ExtraEvent frame) {
    PluginEventDecoder decoder = decoders.get(frame.type());
    if (decoder == null) {
      return frame;
    }
    try {
      return decoder.decode(frame);
    } catch (RuntimeException e) {
      log.warn("Could not decode the plugin event {} from node '{}', delivered as ExtraEvent: {}",
          frame.type(), frame.node().name(), e.getMessage());
      return frame;
    }
  }
}
