package dev.tonearm.testkit.discord;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the fake Discord answers the bot's voice requests (gateway opcode 4, sent by JDA's {@code
 * DirectAudioController}): which of the two dispatches it sends, in which order, after which delay,
 * whether the voice server first comes without an endpoint, and how often the answer repeats.
 *
 * <p>Delays run on the {@link dev.tonearm.testkit.VirtualClock} given to {@link
 * FakeDiscordBuilder#clock}: nothing is sent until the test advances it. Without a clock every
 * answer is sent at once, and non-zero delays are refused when the fake is built.
 *
 * @param order which dispatch comes first
 * @param delay how long after the request the answer comes
 * @param sendState whether VOICE_STATE_UPDATE is sent
 * @param sendServer whether VOICE_SERVER_UPDATE is sent (never for a request to leave)
 * @param nullEndpointFirst whether the first VOICE_SERVER_UPDATE has a null endpoint, as when
 *     Discord is still allocating a voice server, and the real one follows {@code endpointDelay}
 *     later
 * @param endpointDelay how long after the null endpoint the real one comes
 * @param repeats how many more times the whole answer is sent right after the first, as Discord
 *     sometimes repeats voice dispatches
 * @param endpoint the voice server endpoint sent, {@code host:port}; null for the fake's own
 *     loopback address, so that a bot using JDA's own audio connection never reaches Discord's
 *     voice servers
 */
public record VoiceResponses(Order order, Duration delay, boolean sendState, boolean sendServer,
    boolean nullEndpointFirst, Duration endpointDelay, int repeats, @Nullable String endpoint) {

  /** The order of the two voice dispatches. */
  public enum Order {
    /** VOICE_STATE_UPDATE, then VOICE_SERVER_UPDATE, as Discord usually does. */
    STATE_FIRST,
    /** VOICE_SERVER_UPDATE, then VOICE_STATE_UPDATE. */
    SERVER_FIRST
  }

  /**
   * Checks the values.
   *
   * @param order which dispatch comes first
   * @param delay how long after the request the answer comes
   * @param sendState whether VOICE_STATE_UPDATE is sent
   * @param sendServer whether VOICE_SERVER_UPDATE is sent (never for a request to leave)
   * @param nullEndpointFirst whether the first VOICE_SERVER_UPDATE has a null endpoint, as when
   *     Discord is still allocating a voice server, and the real one follows {@code endpointDelay}
   *     later
   * @param endpointDelay how long after the null endpoint the real one comes
   * @param repeats how many more times the whole answer is sent right after the first, as Discord
   *     sometimes repeats voice dispatches
   * @param endpoint the voice server endpoint sent, {@code host:port}; null for the fake's own
   *     loopback address, so that a bot using JDA's own audio connection never reaches Discord's
   *     voice servers
   * @throws IllegalArgumentException if a duration is negative or {@code repeats} is negative
   * @throws NullPointerException if an argument is null
   */
  public VoiceResponses {
    Objects.requireNonNull(order, "order");
    if (delay.isNegative() || endpointDelay.isNegative()) {
      throw new IllegalArgumentException("Voice delays cannot be negative, were " + delay + " and "
          + endpointDelay);
    }
    if (repeats < 0) {
      throw new IllegalArgumentException("repeats cannot be negative, was " + repeats);
    }
  }

  /**
   * Returns the default answer: VOICE_STATE_UPDATE then VOICE_SERVER_UPDATE with the fake's own
   * address as endpoint, at once, once.
   *
   * @return the default answer
   */
  public static VoiceResponses standard() {
    return builder().build();
  }

  /**
   * Starts from the default answer.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether any part of the answer waits for the clock.
   *
   * @return true if a delay is positive
   */
  public boolean delayed() {
    return !delay.isZero() || (nullEndpointFirst && !endpointDelay.isZero());
  }

  /** Builds {@link VoiceResponses}. Not thread-safe. */
  public static final class Builder {
    private Order order = Order.STATE_FIRST;
    private Duration delay = Duration.ZERO;
    private boolean sendState = true;
    private boolean sendServer = true;
    private boolean nullEndpointFirst;
    private Duration endpointDelay = Duration.ZERO;
    private int repeats;
    private @Nullable String endpoint;

    private Builder() {}

    /**
     * Sets which dispatch comes first.
     *
     * @param order the order
     * @return this builder
     */
    public Builder order(Order order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * Delays the answer; needs a clock on the fake when positive.
     *
     * @param delay how long after the request, in virtual time
     * @return this builder
     */
    public Builder delay(Duration delay) {
      this.delay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * Leaves VOICE_STATE_UPDATE out of the answer, or puts it back.
     *
     * @param send whether it is sent
     * @return this builder
     */
    public Builder sendState(boolean send) {
      this.sendState = send;
      return this;
    }

    /**
     * Leaves VOICE_SERVER_UPDATE out of the answer, or puts it back.
     *
     * @param send whether it is sent
     * @return this builder
     */
    public Builder sendServer(boolean send) {
      this.sendServer = send;
      return this;
    }

    /**
     * Sends a VOICE_SERVER_UPDATE with a null endpoint first and the real one {@code later}.
     *
     * @param later how long after the null endpoint the real one comes, in virtual time; zero
     *     sends it right after
     * @return this builder
     */
    public Builder nullEndpointFirst(Duration later) {
      this.nullEndpointFirst = true;
      this.endpointDelay = Objects.requireNonNull(later, "later");
      return this;
    }

    /**
     * Sends the whole answer this many more times right after the first.
     *
     * @param times extra copies; 0 by default
     * @return this builder
     */
    public Builder repeats(int times) {
      this.repeats = times;
      return this;
    }

    /**
     * Sets the endpoint sent in VOICE_SERVER_UPDATE; by default it is the fake's own loopback
     * address. A Discord-style name such as {@code c-ams02-5678.discord.media:443} tests
     * region handling; install a {@code VoiceDispatchInterceptor} with it, or JDA itself tries
     * to open a voice connection there.
     *
     * @param hostAndPort the endpoint
     * @return this builder
     */
    public Builder endpoint(String hostAndPort) {
      this.endpoint = Objects.requireNonNull(hostAndPort, "hostAndPort");
      return this;
    }

    /**
     * Builds the answer.
     *
     * @return the voice responses
     * @throws IllegalArgumentException if a duration or the repeat count is negative
     */
    public VoiceResponses build() {
      return new VoiceResponses(order, delay, sendState, sendServer, nullEndpointFirst,
          endpointDelay, repeats, endpoint);
    }
  }
}
