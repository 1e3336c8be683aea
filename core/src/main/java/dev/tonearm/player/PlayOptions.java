package dev.tonearm.player;

import org.jspecify.annotations.Nullable;

/**
 * How to start a track. Create with {@link #builder()}; {@link #DEFAULT} starts at the position
 * encoded in the track, unpaused, at the current volume, replacing whatever plays.
 */
public final class PlayOptions {
  /** Start where the track's encoding says, unpaused, replacing the current track. */
  public static final PlayOptions DEFAULT = builder().build();

  private final @Nullable Long startPosition;
  private final @Nullable Long endTime;
  private final boolean paused;
  private final @Nullable Integer volume;
  private final boolean noReplace;

  private PlayOptions(Builder builder) {
    this.startPosition = builder.startPosition;
    this.endTime = builder.endTime;
    this.paused = builder.paused;
    this.volume = builder.volume;
    this.noReplace = builder.noReplace;
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return where the track starts in milliseconds, or null for the encoded position} */
  public @Nullable Long startPosition() {
    return startPosition;
  }

  /** {@return where the track ends in milliseconds, or null to play it to its end} */
  public @Nullable Long endTime() {
    return endTime;
  }

  /** {@return whether the track starts paused} */
  public boolean paused() {
    return paused;
  }

  /** {@return the volume to set with the track, or null to keep the player's} */
  public @Nullable Integer volume() {
    return volume;
  }

  /** {@return whether the track is skipped when the player already plays one} */
  public boolean noReplace() {
    return noReplace;
  }

  @Override
  public String toString() {
    return "PlayOptions[startPosition=" + startPosition + ", endTime=" + endTime + ", paused="
        + paused + ", volume=" + volume + ", noReplace=" + noReplace + "]";
  }

  /** Builds {@link PlayOptions}. */
  public static final class Builder {
    private @Nullable Long startPosition;
    private @Nullable Long endTime;
    private boolean paused;
    private @Nullable Integer volume;
    private boolean noReplace;

    private Builder() {}

    /**
     * Starts the track at a position; 0 restarts a track taken from a player, whose encoding
     * carries the position it had.
     *
     * @param positionMs milliseconds from the start
     * @return this builder
     * @throws IllegalArgumentException if {@code positionMs} is negative
     */
    public Builder startPosition(long positionMs) {
      if (positionMs < 0) {
        throw new IllegalArgumentException("startPosition must be >= 0 ms, was " + positionMs);
      }
      this.startPosition = positionMs;
      return this;
    }

    /**
     * Ends the track at a position, with reason {@code FINISHED}.
     *
     * @param endTimeMs milliseconds from the start
     * @return this builder
     * @throws IllegalArgumentException if {@code endTimeMs} is not positive
     */
    public Builder endTime(long endTimeMs) {
      if (endTimeMs <= 0) {
        throw new IllegalArgumentException("endTime must be > 0 ms, was " + endTimeMs);
      }
      this.endTime = endTimeMs;
      return this;
    }

    /**
     * Starts the track paused.
     *
     * @param paused true to start paused
     * @return this builder
     */
    public Builder paused(boolean paused) {
      this.paused = paused;
      return this;
    }

    /**
     * Sets the volume together with the track.
     *
     * @param volume 0 to 1000 percent
     * @return this builder
     * @throws IllegalArgumentException if {@code volume} is outside 0 to 1000
     */
    public Builder volume(int volume) {
      if (volume < 0 || volume > 1000) {
        throw new IllegalArgumentException("volume must be in [0, 1000], was " + volume);
      }
      this.volume = volume;
      return this;
    }

    /**
     * Keeps a playing track instead of replacing it.
     *
     * @param noReplace true to skip the new track when one plays
     * @return this builder
     */
    public Builder noReplace(boolean noReplace) {
      this.noReplace = noReplace;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return options with the values set on this builder; unset ones leave the player as it is
     * @throws IllegalArgumentException if the end time is not after the start position
     */
    public PlayOptions build() {
      if (startPosition != null && endTime != null && endTime <= startPosition) {
        throw new IllegalArgumentException("endTime (" + endTime
            + " ms) must be after startPosition (" + startPosition + " ms)");
      }
      return new PlayOptions(this);
    }
  }
}
