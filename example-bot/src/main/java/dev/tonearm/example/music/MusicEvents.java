package dev.tonearm.example.music;

import dev.tonearm.annotation.OnInactivePlayer;
import dev.tonearm.annotation.OnNodeDisconnected;
import dev.tonearm.annotation.OnNodeReady;
import dev.tonearm.annotation.OnPlayerDisconnect;
import dev.tonearm.annotation.OnPlayerMoved;
import dev.tonearm.annotation.OnQueueEnd;
import dev.tonearm.annotation.OnTrackEnd;
import dev.tonearm.annotation.OnTrackException;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.annotation.OnTrackStuck;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.InactivePlayerEvent;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEvent;
import dev.tonearm.event.TrackExceptionEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.event.TrackStuckEvent;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.Player;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's reactions to what happens without a command: it tells a guild what started, what
 * failed and when the music ran out, and tells its operator about nodes and failovers.
 *
 * <p>The methods are found by the {@code tonearm-processor} annotation processor, which generates
 * {@code MusicEvents_TonearmDispatcher} when this class compiles; register an instance with {@code
 * Lavalink.Builder.listener} or {@code lavalink.register}.
 */
public class MusicEvents {
  /**
   * When the bot leaves a channel by itself: after three minutes with the queue ended, the music
   * paused or nobody listening. {@link #inactive} announces it in those words.
   */
  public static final InactivityPolicy IDLE_POLICY =
      new InactivityPolicy(Duration.ofMinutes(3), InactivityPolicy.Action.DISCONNECT);

  private final Announcer announcer;
  /** The track last announced per guild, until it ends. */
  private final Map<Long, Track> playing = new ConcurrentHashMap<>();
  /** The nodes reported down and not ready since. */
  private final Set<String> down = ConcurrentHashMap.newKeySet();

  /**
   * Creates the listener.
   *
   * @param announcer where messages and status lines go
   */
  public MusicEvents(Announcer announcer) {
    this.announcer = Objects.requireNonNull(announcer, "announcer");
  }

  @OnTrackStart
  void trackStarted(TrackStartEvent event) {
    Track track = track(event);
    // A player moved to another node starts its track again there; members heard no change.
    if (track.equals(playing.put(event.guildId(), track))) {
      return;
    }
    String requester = Format.requester(track);
    Reply message = Reply.info("Now playing", Format.trackLine(track) + "\nby "
        + track.info().author());
    announcer.announce(event.guildId(), requester == null ? message
        : message.withField("Requested by", requester, true));
  }

  @OnTrackEnd
  void trackEnded(TrackEndEvent event) {
    playing.remove(event.guildId());
  }

  @OnTrackException
  void trackFailed(TrackExceptionEvent event) {
    String message = event.exception().message();
    announcer.announce(event.guildId(), Reply.error("Could not play a track",
        Format.title(track(event)) + " failed: "
            + (message == null ? "the audio server could not play it." : message)
            + "\nI go on with the queue."));
  }

  @OnTrackStuck
  void trackStuck(TrackStuckEvent event) {
    announcer.announce(event.guildId(), Reply.error("A track got stuck", Format.title(track(event))
        + " sent no audio for " + event.thresholdMs() / 1000 + " seconds, so I skip it."));
    Player player = event.player();
    if (player != null && !player.isDestroyed()) {
      // Lavalink keeps a stuck track loaded; skipping is what members expect.
      player.skip();
    }
  }

  @OnQueueEnd
  void queueEnded(QueueEndEvent event) {
    announcer.announce(event.guildId(), Reply.info("The queue is finished",
        Format.title(event.lastTrack()) + " was the last track. Add more with `/play`."));
  }

  @OnInactivePlayer
  void inactive(InactivePlayerEvent event) {
    String why = switch (event.reason()) {
      case QUEUE_ENDED -> "nothing has played";
      case PAUSED -> "the music has been paused";
      case ALONE -> "nobody has been listening";
    };
    announcer.announce(event.guildId(), Reply.info("Idle", "I am leaving because " + why
        + " for " + Format.duration(event.idleFor().toMillis()) + "."));
  }

  @OnPlayerDisconnect
  void disconnected(PlayerDisconnectEvent event) {
    playing.remove(event.guildId());
    announcer.status("Guild " + event.guildId() + " left voice channel " + event.channelId()
        + " (" + event.trigger().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    if (event.trigger() == DisconnectTrigger.NODE_LOST) {
      announcer.announce(event.guildId(), Reply.error("Lost the audio servers",
          "None of my Lavalink nodes came back in time, so I left the channel. Try `/play`"
              + " again in a while."));
    }
  }

  @OnPlayerMoved
  void moved(PlayerMovedEvent event) {
    announcer.status("Guild " + event.guildId() + " moved from node " + event.from().name()
        + " to " + event.to().name() + " (" + event.reason().name().toLowerCase(Locale.ROOT)
        + ")");
  }

  @OnNodeReady
  void nodeReady(NodeReadyEvent event) {
    down.remove(event.node().name());
    announcer.status("Node " + event.node().name() + " is ready"
        + (event.resumed() ? ", its session resumed" : "") + " (session " + event.sessionId()
        + ")");
  }

  @OnNodeDisconnected
  void nodeDisconnected(NodeDisconnectedEvent event) {
    // Every failed reconnect is reported again; the operator needs to hear it once per outage.
    if (!down.add(event.node().name())) {
      return;
    }
    // Without a close code the reason is an I/O error's text, which Tonearm logs already.
    String why = event.code() < 0 ? "connection lost" : "close code " + event.code()
        + (event.reason().isBlank() ? "" : ": " + event.reason());
    announcer.status("Node " + event.node().name() + " is down (" + why + ")"
        + (event.willReconnect() ? "; reconnecting" : "; it will not reconnect by itself"));
  }

  /** The bot's own track object, with the requester, when the event has it. */
  private static Track track(TrackEvent event) {
    Track original = event.original();
    return original != null ? original : event.track();
  }
}
