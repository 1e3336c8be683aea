package dev.tonearm.event;

/**
 * What kind of event a {@link TonearmEvent} is: one constant per event record, so dispatchers can
 * {@code switch} on {@link TonearmEvent#kind()} instead of testing types one after another.
 *
 * <p>Each constant names its record; the {@code @On…} annotation that handles it names the
 * constant and the record in its {@link dev.tonearm.annotation.HandlesEvent} meta-annotation.
 */
public enum EventKind {
  /** {@link NodeReadyEvent}, handled by {@link dev.tonearm.annotation.OnNodeReady}. */
  NODE_READY(NodeReadyEvent.class),
  /** {@link NodeDisconnectedEvent}, handled by {@link dev.tonearm.annotation.OnNodeDisconnected}. */
  NODE_DISCONNECTED(NodeDisconnectedEvent.class),
  /** {@link TrackStartEvent}, handled by {@link dev.tonearm.annotation.OnTrackStart}. */
  TRACK_START(TrackStartEvent.class),
  /** {@link TrackEndEvent}, handled by {@link dev.tonearm.annotation.OnTrackEnd}. */
  TRACK_END(TrackEndEvent.class),
  /** {@link TrackExceptionEvent}, handled by {@link dev.tonearm.annotation.OnTrackException}. */
  TRACK_EXCEPTION(TrackExceptionEvent.class),
  /** {@link TrackStuckEvent}, handled by {@link dev.tonearm.annotation.OnTrackStuck}. */
  TRACK_STUCK(TrackStuckEvent.class),
  /** {@link WebSocketClosedEvent}, handled by {@link dev.tonearm.annotation.OnWebSocketClosed}. */
  WEBSOCKET_CLOSED(WebSocketClosedEvent.class),
  /** {@link PlayerUpdateEvent}, handled by {@link dev.tonearm.annotation.OnPlayerUpdate}. */
  PLAYER_UPDATE(PlayerUpdateEvent.class),
  /** {@link StatsEvent}, handled by {@link dev.tonearm.annotation.OnStatsUpdate}. */
  STATS(StatsEvent.class),
  /** {@link ExtraEvent}, handled by {@link dev.tonearm.annotation.OnExtraEvent}. */
  EXTRA(ExtraEvent.class),
  /** {@link PlayerDisconnectEvent}, handled by {@link dev.tonearm.annotation.OnPlayerDisconnect}. */
  PLAYER_DISCONNECT(PlayerDisconnectEvent.class),
  /** {@link QueueEndEvent}, handled by {@link dev.tonearm.annotation.OnQueueEnd}. */
  QUEUE_END(QueueEndEvent.class),
  /** {@link InactivePlayerEvent}, handled by {@link dev.tonearm.annotation.OnInactivePlayer}. */
  INACTIVE_PLAYER(InactivePlayerEvent.class),
  /** {@link PlayerMovedEvent}, handled by {@link dev.tonearm.annotation.OnPlayerMoved}. */
  PLAYER_MOVED(PlayerMovedEvent.class),
  /** A registered plugin's {@link PluginEvent}, handled by {@link dev.tonearm.annotation.OnPluginEvent}. */
  PLUGIN(PluginEvent.class);

  private final Class<? extends TonearmEvent> eventType;

  EventKind(Class<? extends TonearmEvent> eventType) {
    this.eventType = eventType;
  }

  /** {@return the event record of this kind, such as {@code TrackStartEvent.class}} */
  public Class<? extends TonearmEvent> eventType() {
    return eventType;
  }
}
