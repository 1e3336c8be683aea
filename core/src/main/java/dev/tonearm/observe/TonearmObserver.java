package dev.tonearm.observe;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.MoveReason;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import java.time.Duration;

/**
 * Hears what happens inside a client, for metrics. Install one with
 * {@link dev.tonearm.Lavalink#addObserver(TonearmObserver)} or the builder; every method does
 * nothing unless overridden.
 *
 * <p>Methods are called on the thread where the thing happened: a node's WebSocket reader, an
 * HTTP thread, the event executor or the scheduler. They must return quickly and must not block;
 * an exception they throw is logged and affects nothing else. A client without observers measures
 * nothing and pays nothing for it.
 */
public interface TonearmObserver {
  /**
   * The lag of an event that was not timed. Reading the clock twice per frame would cost more
   * than the rest of the metering, so a node times one frame in {@value #TIMED_FRAME_INTERVAL}
   * and the events it causes; events of the other frames, and events no frame caused, arrive with
   * this lag.
   */
  long UNTIMED = -1;

  /** A node times one frame in this many for {@link #eventDelivered}'s lag. */
  int TIMED_FRAME_INTERVAL = 16;

  /**
   * A node's connection state changed.
   *
   * @param node the node
   * @param previous the state before
   * @param next the state now
   */
  default void nodeStateChanged(Node node, NodeState previous, NodeState next) {}

  /**
   * A node's connection was lost and a reconnect attempt is scheduled.
   *
   * @param node the node
   * @param delay how long until the attempt
   */
  default void nodeReconnectScheduled(Node node, Duration delay) {}

  /**
   * A node reconnected and took over its previous session with its players.
   *
   * @param node the node
   */
  default void sessionResumed(Node node) {}

  /**
   * A node reconnected with a new session: the previous one and its players were gone.
   *
   * @param node the node
   */
  default void sessionLost(Node node) {}

  /**
   * A REST call finished, successfully or not.
   *
   * @param call the call
   */
  default void restCallCompleted(RestCall call) {}

  /**
   * An event is about to be handed to the listeners.
   *
   * @param kind the event's kind
   * @param lagNanos nanoseconds from the moment its frame was read until now, or {@link #UNTIMED}
   *     for an event that was not timed (see {@link #UNTIMED})
   */
  default void eventDelivered(EventKind kind, long lagNanos) {}

  /**
   * A listener threw while handling an event; the failure was logged.
   *
   * @param kind the event's kind
   * @param failure what the listener threw
   */
  default void listenerFailed(EventKind kind, Throwable failure) {}

  /**
   * A player was created for a guild (or restored from a saved state).
   *
   * @param node the node it lives on
   */
  default void playerCreated(Node node) {}

  /**
   * A player was destroyed.
   *
   * @param node the node it lived on
   * @param trigger why
   */
  default void playerDestroyed(Node node, DisconnectTrigger trigger) {}

  /**
   * A player moved to another node.
   *
   * @param from the node it left
   * @param to the node it lives on now
   * @param reason why it moved
   */
  default void playerMoved(Node from, Node to, MoveReason reason) {}

  /**
   * A command failed because the player's voice connection was not ready in time, or its node
   * refused the voice update.
   *
   * @param node the player's node
   */
  default void voiceNotReady(Node node) {}

  /**
   * The voice WebSocket between a node and Discord closed for a player, such as with 4006
   * (session no longer valid) or 4014 (disconnected).
   *
   * @param node the node
   * @param code the Discord close code
   */
  default void voiceClosed(Node node, int code) {}

  /**
   * The client's state was written to its {@link dev.tonearm.state.StateStore}.
   *
   * @param lag how long after the first unsaved change the save finished
   */
  default void stateSaved(Duration lag) {}

  /**
   * Writing the client's state to its store failed; the failure was logged and the next change
   * tries again.
   *
   * @param failure what the store threw
   */
  default void stateSaveFailed(Throwable failure) {}
}
