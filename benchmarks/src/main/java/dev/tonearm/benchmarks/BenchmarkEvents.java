package dev.tonearm.benchmarks;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.DiscordVoiceCloseCode;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.InactivityReason;
import dev.tonearm.event.MoveReason;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.PlayerUpdateEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.event.WebSocketClosedEvent;
import dev.tonearm.json.JsonView;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.PlayerState;
import dev.tonearm.plugin.sponsorblock.Segment;
import dev.tonearm.plugin.sponsorblock.SegmentSkipped;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackError;
import dev.tonearm.track.TrackInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;

/** Real event records, one of every kind. */
final class BenchmarkEvents {
  private static final long GUILD = 817327181659111454L;

  private BenchmarkEvents() {}

  /** Returns one event of each kind, in the order of {@link EventKind}. */
  static TonearmEvent[] oneOfEach() {
    Node node = (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] {Node.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "name", "toString" -> "main";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    TrackInfo info = new TrackInfo("dQw4w9WgXcQ", true, "Rick Astley", 212_000, false, 0,
        "Never Gonna Give You Up", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", null, null, "youtube");
    Track track = Track.of(TrackCodec.encode(info), info);
    JsonView raw = JsonView.parse("{\"op\":\"event\",\"type\":\"SegmentSkipped\"}");
    TonearmEvent[] events = {
        new NodeReadyEvent(node, false, "session"),
        new NodeDisconnectedEvent(node, 1006, "gone", true),
        new TrackStartEvent(node, GUILD, null, track, track),
        new TrackEndEvent(node, GUILD, null, track, track, TrackEndReason.FINISHED),
        new TrackExceptionEvent(node, GUILD, null, track, track,
            new TrackError("broken", Severity.COMMON, "java.io.IOException: broken", null)),
        new TrackStuckEvent(node, GUILD, null, track, track, 10_000),
        new WebSocketClosedEvent(node, GUILD, null, 4014, DiscordVoiceCloseCode.DISCONNECTED, "kicked", true),
        new PlayerUpdateEvent(node, GUILD, null, new PlayerState(1, 2, true, 3)),
        new StatsEvent(node, new NodeStats(1, 1, 1000, new NodeStats.Memory(1, 2, 3, 4),
            new NodeStats.Cpu(2, 0.5, 0.1), null)),
        new ExtraEvent(node, GUILD, null, "SegmentSkipped", raw),
        new PlayerDisconnectEvent(node, GUILD, null, 1, DisconnectTrigger.REQUESTED),
        new QueueEndEvent(node, GUILD, null, track),
        new InactivePlayerEvent(node, GUILD, null, InactivityReason.ALONE, Duration.ofMinutes(5)),
        new PlayerMovedEvent(node, GUILD, null, node, MoveReason.FAILOVER),
        new SegmentSkipped(node, GUILD, null, new Segment("sponsor", 0, 3000)),
    };
    if (!Arrays.stream(events).map(TonearmEvent::kind).toList().equals(Arrays.asList(EventKind.values()))) {
      throw new IllegalStateException("the benchmark needs one event of every kind, in EventKind order");
    }
    return events;
  }
}
