package dev.tonearm.testkit.discord;

/** The kinds of guild channel the fake Discord models, with Discord's channel type numbers. */
public enum ChannelKind {
  /** A text channel, type 0. */
  TEXT(0),
  /** A voice channel, type 2. */
  VOICE(2),
  /** A stage channel, type 13. */
  STAGE(13);

  private final int type;

  ChannelKind(int type) {
    this.type = type;
  }

  /**
   * Returns the number Discord uses for this kind in a channel's {@code type} field.
   *
   * @return the channel type number
   */
  public int type() {
    return type;
  }

  /**
   * Tells whether members can connect to channels of this kind.
   *
   * @return true for voice and stage channels
   */
  public boolean isAudio() {
    return this != TEXT;
  }
}
