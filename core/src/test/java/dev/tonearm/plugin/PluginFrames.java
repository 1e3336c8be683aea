package dev.tonearm.plugin;

import static org.mockito.Mockito.mock;

import dev.tonearm.Fixtures;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.json.JsonView;
import dev.tonearm.node.Node;

/** Plugin event frames from fixture files, decoded by a plugin as the client decodes them. */
public final class PluginFrames {
  /** The node every frame comes from. */
  public static final Node NODE = mock(Node.class);

  private PluginFrames() {}

  /** The fixture's frame as the ExtraEvent the client makes of it. */
  public static ExtraEvent frame(String fixture) {
    JsonView raw = JsonView.parse(Fixtures.read(fixture));
    return new ExtraEvent(NODE, Long.parseUnsignedLong(raw.getString("guildId")), null,
        raw.getString("type"), raw);
  }

  /** The fixture's frame decoded by the plugin's decoder for its type. */
  public static TonearmEvent decode(LavalinkPlugin plugin, String fixture) {
    ExtraEvent frame = frame(fixture);
    PluginEventDecoder decoder = plugin.eventDecoders().get(frame.type());
    if (decoder == null) {
      throw new AssertionError(plugin.name() + " has no decoder for " + frame.type());
    }
    return decoder.decode(frame);
  }
}
