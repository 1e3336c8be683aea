package dev.tonearm.node;

import java.time.Duration;
import java.util.Objects;

/**
 * How players leave a node that went down.
 *
 * <p>A node that stays disconnected for {@code grace}, or comes back without its session, loses
 * its players to the best other connected node: each is moved with its whole state, its voice sent
 * again after {@code voiceResendDelay}, at most {@code maxConcurrentMoves} at a time. When no node
 * is available, players wait (see {@code Player.awaitingNode()}) and move to the first node that
 * connects; after {@code nodeLossTimeout} of waiting, the bot leaves their voice channels.
 *
 * @param grace how long a disconnected node may take to come back before its players move
 * @param nodeLossTimeout how long players wait for any node before the bot leaves voice
 * @param voiceResendDelay the pause before a moved player's voice is sent to its new node;
 *     Discord may refuse a voice session reused at once (close code 4006)
 * @param maxConcurrentMoves how many moved players may talk to nodes at the same time
 */
public record FailoverPolicy(Duration grace, Duration nodeLossTimeout, Duration voiceResendDelay,
    int maxConcurrentMoves) {

  /** 15 s grace, 5 min wait for a node, 1 s voice delay, 64 moves at a time. */
  public static final FailoverPolicy DEFAULT = new FailoverPolicy(Duration.ofSeconds(15),
      Duration.ofMinutes(5), Duration.ofSeconds(1), 64);

  /**
   * Checks the values.
   *
   * @param grace how long a disconnected node may take to come back before its players move
   * @param nodeLossTimeout how long players wait for any node before the bot leaves voice
   * @param voiceResendDelay the pause before a moved player's voice is sent to its new node;
   *     Discord may refuse a voice session reused at once (close code 4006)
   * @param maxConcurrentMoves how many moved players may talk to nodes at the same time
   * @throws IllegalArgumentException if a duration is negative, {@code nodeLossTimeout} is zero,
   *     or {@code maxConcurrentMoves} is below 1
   */
  public FailoverPolicy {
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(nodeLossTimeout, "nodeLossTimeout");
    Objects.requireNonNull(voiceResendDelay, "voiceResendDelay");
    if (grace.isNegative() || voiceResendDelay.isNegative()) {
      throw new IllegalArgumentException("grace and voiceResendDelay must not be negative, were "
          + grace + " and " + voiceResendDelay);
    }
    if (nodeLossTimeout.isNegative() || nodeLossTimeout.isZero()) {
      throw new IllegalArgumentException("nodeLossTimeout must be positive, was " + nodeLossTimeout);
    }
    if (maxConcurrentMoves < 1) {
      throw new IllegalArgumentException("maxConcurrentMoves must be at least 1, was "
          + maxConcurrentMoves);
    }
  }
}
