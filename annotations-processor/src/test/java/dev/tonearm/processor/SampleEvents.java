package dev.tonearm.processor;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.event.MoveReason;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.json.JsonView;
import dev.tonearm.plugin.sponsorblock.Segment;
import dev.tonearm.plugin.sponsorblock.SegmentSkipped;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.PlayerState;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackError;
import dev.tonearm.track.TrackInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** One real event of every kind, from a node of a chosen name. */
final class SampleEvents {
  static final long GUILD = 817327181659111454L;

  private SampleEvents() {}

  /** A node that only knows its name, which is all dispatch reads. */
  static Node node(String name) {
    return (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] {Node.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "name", "toString" -> name;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  static Track track(String id) {
    TrackInfo info = new TrackInfo(id, true, "Artist", 180_000, false, 0, "Title " + id,
        "https://example.com/" + id, null, null, "youtube");
    return Track.of(TrackCodec.encode(info), info);
  }

  static TrackEndEvent trackEnd(Node node, TrackEndReason reason) {
    return new TrackEndEvent(node, GUILD, null, track("a"), null, reason);
  }

  static ExtraEvent extra(Node node, String type) {
    JsonView raw = JsonView.of(Map.of("op", "event", "type", type));
    return new ExtraEvent(node, GUILD, null, type, raw);
  }

  /** Returns one event of each kind, in the order of {@link EventKind}. */
  static Map<EventKind, TonearmEvent> oneOfEach(Node node) {
    Map<EventKind, TonearmEvent> events = new EnumMap<>(EventKind.class);
    Track track = track("a");
    events.put(EventKind.NODE_READY, new NodeReadyEvent(node, false, "session"));
    events.put(EventKind.NODE_DISCONNECTED, new NodeDisconnectedEvent(node, 1006, "gone", true));
    events.put(EventKind.TRACK_START, new TrackStartEvent(node, GUILD, null, track, null));
    events.put(EventKind.TRACK_END, trackEnd(node, TrackEndReason.FINISHED));
    events.put(EventKind.TRACK_EXCEPTION, new TrackExceptionEvent(node, GUILD, null, track, null,
        new TrackError("broken", Severity.COMMON, "java.io.IOException: broken", null)));
    events.put(EventKind.TRACK_STUCK, new TrackStuckEvent(node, GUILD, null, track, null, 10_000));
    events.put(EventKind.WEBSOCKET_CLOSED, new WebSocketClosedEvent(node, GUILD, null, 4014,
        DiscordVoiceCloseCode.DISCONNECTED, "kicked", true));
    events.put(EventKind.PLAYER_UPDATE, new PlayerUpdateEvent(node, GUILD, null,
        new PlayerState(1, 2, true, 3)));
    events.put(EventKind.STATS, new StatsEvent(node, new NodeStats(1, 1, 1000,
        new NodeStats.Memory(1, 2, 3, 4), new NodeStats.Cpu(2, 0.5, 0.1), null)));
    events.put(EventKind.EXTRA, extra(node, "SegmentSkipped"));
    events.put(EventKind.PLAYER_DISCONNECT, new PlayerDisconnectEvent(node, GUILD, null, 1,
        DisconnectTrigger.REQUESTED));
    events.put(EventKind.QUEUE_END, new QueueEndEvent(node, GUILD, null, track));
    events.put(EventKind.INACTIVE_PLAYER, new InactivePlayerEvent(node, GUILD, null,
        InactivityReason.ALONE, Duration.ofMinutes(5)));
    events.put(EventKind.PLAYER_MOVED, new PlayerMovedEvent(node, GUILD, null, node,
        MoveReason.FAILOVER));
    events.put(EventKind.PLUGIN, new SegmentSkipped(node, GUILD, null, new Segment("sponsor", 0, 3000)));
    if (events.size() != EventKind.values().length) {
      throw new AssertionError("add a sample for every EventKind");
    }
    return events;
  }
}
