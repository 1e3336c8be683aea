package dev.tonearm.benchmarks.loopback;

/**
 * What the memory benchmark puts in each player. The figures are the retained heap per player:
 * the live heap after creating N players minus the live heap before, divided by N.
 */
public enum MemoryScenario {
  /** A player that exists but was never used. */
  IDLE("idle", false, false),
  /**
   * A player playing a track (confirmed by the node, with its voice state) and 100 more tracks in
   * the queue; the 100 queued {@code Track} objects are shared by every player, so the figure is
   * the player and its queue without the tracks themselves.
   */
  PLAYING_SHARED_TRACKS("playing100Shared", true, false),
  /**
   * As {@link #PLAYING_SHARED_TRACKS}, but every queue entry is its own {@code Track}, decoded
   * from its own JSON: what a bot that loaded 100 different tracks for every guild holds.
   */
  PLAYING_DISTINCT_TRACKS("playing100Distinct", true, true);

  /** How many tracks wait in a playing player's queue. */
  public static final int QUEUE = 100;

  private final String label;
  private final boolean playing;
  private final boolean distinct;

  MemoryScenario(String label, boolean playing, boolean distinct) {
    this.label = label;
    this.playing = playing;
    this.distinct = distinct;
  }

  /** Returns the name used in the results. */
  public String label() {
    return label;
  }

  /** Tells whether the players play a track and have a queue. */
  public boolean playing() {
    return playing;
  }

  /** Tells whether every queue entry is its own track object. */
  public boolean distinctTracks() {
    return distinct;
  }

  /**
   * Finds a scenario by its label.
   *
   * @param label a label such as {@code idle}
   * @return the scenario
   * @throws IllegalArgumentException if there is none
   */
  public static MemoryScenario ofLabel(String label) {
    for (MemoryScenario scenario : values()) {
      if (scenario.label.equals(label)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException("no memory scenario '" + label + "'");
  }
}
