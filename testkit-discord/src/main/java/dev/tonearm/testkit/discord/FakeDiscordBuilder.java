package dev.tonearm.testkit.discord;

import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.testkit.discord.internal.ServerContext;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Configures and starts a {@link FakeDiscord}. Not thread-safe. */
public final class FakeDiscordBuilder {
  /** The bot's user id unless told otherwise. */
  public static final long DEFAULT_BOT_ID = 1_100_000_000_000_000_001L;

  private long botId = DEFAULT_BOT_ID;
  private String botName = "Tonearm Test Bot";
  private long applicationId;
  private int shards = 1;
  private Duration heartbeatInterval = Duration.ofMillis(41_250);
  private @Nullable VirtualClock clock;
  private VoiceResponses voiceResponses = VoiceResponses.standard();
  private final List<GuildSpec> guilds = new ArrayList<>();

  FakeDiscordBuilder() {}

  /**
   * Sets the bot's user id, which its token encodes.
   *
   * @param userId a positive snowflake
   * @return this builder
   * @throws IllegalArgumentException if {@code userId} is not positive
   */
  public FakeDiscordBuilder botId(long userId) {
    if (userId <= 0) {
      throw new IllegalArgumentException("The bot's user id must be positive, was " + userId);
    }
    this.botId = userId;
    return this;
  }

  /**
   * Sets the bot's user name.
   *
   * @param name the name
   * @return this builder
   */
  public FakeDiscordBuilder botName(String name) {
    this.botName = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Sets the bot's application id; by default it is the bot's user id, as for most bots.
   *
   * @param id a positive snowflake
   * @return this builder
   * @throws IllegalArgumentException if {@code id} is not positive
   */
  public FakeDiscordBuilder applicationId(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("The application id must be positive, was " + id);
    }
    this.applicationId = id;
    return this;
  }

  /**
   * Sets the number of shards {@code GET /gateway/bot} recommends; guilds are routed by the
   * shard total each IDENTIFY names.
   *
   * @param count at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public FakeDiscordBuilder shards(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("A bot has at least one shard, was " + count);
    }
    this.shards = count;
    return this;
  }

  /**
   * Sets the heartbeat interval HELLO asks for; Discord's is 41.25 s. A short one makes
   * heartbeats observable in a test.
   *
   * @param interval a positive duration, in real time
   * @return this builder
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public FakeDiscordBuilder heartbeatInterval(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("The heartbeat interval must be positive, was "
          + interval);
    }
    this.heartbeatInterval = interval;
    return this;
  }

  /**
   * Gives the fake a clock to run delayed voice answers on; without one they are sent at once.
   *
   * @param virtualClock the clock the test advances
   * @return this builder
   */
  public FakeDiscordBuilder clock(VirtualClock virtualClock) {
    this.clock = Objects.requireNonNull(virtualClock, "virtualClock");
    return this;
  }

  /**
   * Sets how the bot's voice requests are answered at first.
   *
   * @param responses the answer
   * @return this builder
   */
  public FakeDiscordBuilder voiceResponses(VoiceResponses responses) {
    this.voiceResponses = Objects.requireNonNull(responses, "responses");
    return this;
  }

  /**
   * Adds a guild the bot is in from the start.
   *
   * @param spec the guild
   * @return this builder
   */
  public FakeDiscordBuilder guild(GuildSpec spec) {
    this.guilds.add(Objects.requireNonNull(spec, "spec"));
    return this;
  }

  /**
   * Starts the fake.
   *
   * @return the running fake; close it when done
   * @throws IllegalArgumentException if two guilds share an id or a guild lists the bot
   * @throws IllegalStateException if the voice answers are delayed and there is no clock
   * @throws UncheckedIOException if the server socket cannot be opened
   */
  public FakeDiscord build() {
    ServerContext.requireClockFor(voiceResponses, clock);
    return new FakeDiscord(this);
  }

  long botId() {
    return botId;
  }

  String botName() {
    return botName;
  }

  long applicationId() {
    return applicationId == 0 ? botId : applicationId;
  }

  int shards() {
    return shards;
  }

  Duration heartbeatInterval() {
    return heartbeatInterval;
  }

  @Nullable VirtualClock clock() {
    return clock;
  }

  VoiceResponses voiceResponses() {
    return voiceResponses;
  }

  List<GuildSpec> guilds() {
    return List.copyOf(guilds);
  }
}
