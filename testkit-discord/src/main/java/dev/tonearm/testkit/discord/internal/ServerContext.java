package dev.tonearm.testkit.discord.internal;

import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.internal.model.World;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The state the parts of one fake Discord share, and the lock that guards all of it: the model,
 * the recordings, the ids, the clock and the settings a test may change while the fake runs.
 */
public final class ServerContext {
  private final Object lock = new Object();
  private final World world;
  private final Snowflakes ids;
  private final Recordings recordings = new Recordings();
  private final @Nullable VirtualClock clock;
  private final String botToken;
  private VoiceResponses voiceResponses;
  private int silentDepth;
  private boolean closed;

  /**
   * Creates the shared state.
   *
   * @param world the model
   * @param ids the id source
   * @param clock the clock delays run on, or null to send everything at once
   * @param botToken the bot's token, without {@code "Bot "}
   * @param voiceResponses how voice requests are answered at first
   */
  public ServerContext(World world, Snowflakes ids, @Nullable VirtualClock clock, String botToken,
      VoiceResponses voiceResponses) {
    this.world = world;
    this.ids = ids;
    this.clock = clock;
    this.botToken = botToken;
    this.voiceResponses = voiceResponses;
  }

  /** @return the lock that guards every part of the fake */
  public Object lock() {
    return lock;
  }

  /** @return the model; use under the lock */
  public World world() {
    return world;
  }

  /** @return the id source */
  public Snowflakes ids() {
    return ids;
  }

  /** @return the recordings; use under the lock */
  public Recordings recordings() {
    return recordings;
  }

  /** @return the bot's token, without {@code "Bot "} */
  public String botToken() {
    return botToken;
  }

  /** @return how voice requests are answered now; use under the lock */
  public VoiceResponses voiceResponses() {
    return voiceResponses;
  }

  /**
   * Changes how voice requests are answered; use under the lock.
   *
   * @param responses the new answer
   * @throws IllegalStateException if the answer is delayed and there is no clock
   */
  public void voiceResponses(VoiceResponses responses) {
    requireClockFor(responses, clock);
    this.voiceResponses = Objects.requireNonNull(responses, "responses");
  }

  /**
   * Refuses delayed voice answers without a clock to run them on.
   *
   * @param responses the answer
   * @param clock the clock, or null
   * @throws IllegalStateException if the answer is delayed and {@code clock} is null
   */
  public static void requireClockFor(VoiceResponses responses, @Nullable VirtualClock clock) {
    if (clock == null && responses.delayed()) {
      throw new IllegalStateException("Delayed voice answers need a VirtualClock: give the fake"
          + " one with FakeDiscord.builder().clock(clock), or use no delays");
    }
  }

  /**
   * Runs a task under the lock after a delay on the clock, or at once (the caller holding the
   * lock) when the delay is zero. A task that falls due after {@link #close()} does nothing.
   *
   * @param delay the virtual delay
   * @param task what to run
   */
  public void later(Duration delay, Runnable task) {
    if (delay.isNegative() || delay.isZero()) {
      task.run();
      return;
    }
    Objects.requireNonNull(clock, "clock").schedule(delay, () -> {
      synchronized (lock) {
        if (!closed) {
          task.run();
        }
      }
    });
  }

  /**
   * Applies changes to the model without sending their dispatches; use under the lock.
   *
   * @param changes the changes
   */
  public void silently(Runnable changes) {
    silentDepth++;
    try {
      changes.run();
    } finally {
      silentDepth--;
    }
  }

  /** @return whether dispatches are being held back by {@link #silently}; use under the lock */
  public boolean silent() {
    return silentDepth > 0;
  }

  /** Marks the fake closed, so that pending clock tasks do nothing; use under the lock. */
  public void close() {
    closed = true;
    lock.notifyAll();
  }

  /** @return whether the fake is closed; use under the lock */
  public boolean closed() {
    return closed;
  }

  /** Wakes threads waiting for a change; use under the lock. */
  public void changed() {
    lock.notifyAll();
  }

  /**
   * Waits under the lock until a condition holds or time runs out, without failing.
   *
   * @param condition what to wait for; checked under the lock
   * @param realTimeout how long to wait at most, in real time
   * @return whether the condition held in time; false too if the thread was interrupted
   */
  public boolean awaitQuietly(BooleanSupplier condition, Duration realTimeout) {
    long deadline = System.nanoTime() + realTimeout.toNanos();
    synchronized (lock) {
      while (!condition.getAsBoolean()) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        try {
          lock.wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Waits under the lock until {@code probe} finds something, the fake closes or time runs out.
   *
   * @param <T> what is awaited
   * @param probe looks for it; called under the lock
   * @param realTimeout how long to wait, in real time
   * @param what describes it for the failure message
   * @return what the probe found
   * @throws AssertionError if nothing was found in time, the fake closed or the thread was
   *     interrupted
   */
  public <T> T await(Supplier<Optional<T>> probe, Duration realTimeout, Supplier<String> what) {
    long deadline = System.nanoTime() + realTimeout.toNanos();
    synchronized (lock) {
      while (true) {
        Optional<T> found = probe.get();
        if (found.isPresent()) {
          return found.get();
        }
        long remaining = deadline - System.nanoTime();
        if (closed || remaining <= 0) {
          throw new AssertionError((closed ? "The fake Discord closed while waiting for "
              : "Waited " + realTimeout.toMillis() + " ms in vain for ") + what.get());
        }
        try {
          lock.wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("Interrupted while waiting for " + what.get(), e);
        }
      }
    }
  }
}
