package dev.tonearm.redis;

import static dev.tonearm.redis.TestClients.IO_TIMEOUT;
import static dev.tonearm.redis.TestClients.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Player;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process A, a JVM of its own, plays 100 guilds and is killed with SIGKILL; this JVM, process B,
 * takes its owner over from Redis and the same fake node.
 */
class CrashTakeoverTest {
  private static final int GUILDS = 100;
  private static final String OWNER = "shards-0-3";
  /** How far a client's interpolated position may be from the node's. */
  private static final long INTERPOLATION_ERROR_MS = 2_000;
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private static TestRedis redis;

  private final FakeLavalink fake = FakeLavalink.start();
  private final String prefix = "crash" + PREFIXES.incrementAndGet() + ":";
  private Process processA;
  private RedisStateStore store;
  private Lavalink lavalink;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void close() {
    if (processA != null) {
      processA.destroyForcibly();
    }
    if (lavalink != null) {
      lavalink.close();
    }
    if (store != null) {
      store.close();
    }
    fake.close();
  }

  /** Starts A, lets it play, kills it with SIGKILL; returns A's session on the node. */
  private String playAndKillA() throws Exception {
    processA = BotProcess.start(redis.uri(), prefix, fake.uri(), fake.password(), OWNER, GUILDS);
    FakeSession session = fake.sessions().get(0);
    fake.clock().advance(Duration.ofSeconds(20));
    processA.destroyForcibly().waitFor();
    await().atMost(IO_TIMEOUT).until(session::paused);
    return session.id();
  }

  private void takeOverAsB() {
    store = BotProcess.store(redis.uri(), prefix, OWNER);
    lavalink = TestClients.client(fake, store);
  }

  @Test
  void killMinus9_withinTheResumeTimeout_bResumesTheSessionAndEveryGuildPlaysOn() throws Exception {
    String sessionOfA = playAndKillA();

    takeOverAsB();

    assertThat(lavalink.nodes().get(0).sessionId()).isEqualTo(sessionOfA);
    assertThat(fake.sessions()).hasSize(1);
    assertEveryGuildPlaysOn(fake.sessions().get(0));
  }

  @Test
  void killMinus9_afterTheResumeTimeout_bRecreatesEveryPlayerFromRedis() throws Exception {
    String sessionOfA = playAndKillA();
    fake.clock().advance(Duration.ofSeconds(61));
    await().atMost(IO_TIMEOUT).until(() -> fake.session(sessionOfA).isEmpty());

    takeOverAsB();

    FakeSession sessionOfB = fake.sessions().get(0);
    assertThat(sessionOfB.id()).isNotEqualTo(sessionOfA);
    assertThat(fake.sessions()).hasSize(1);
    await().atMost(IO_TIMEOUT).until(() -> sessionOfB.players().size() == GUILDS);
    assertEveryGuildPlaysOn(sessionOfB);
  }

  private void assertEveryGuildPlaysOn(FakeSession session) {
    for (long guildId = 1; guildId <= GUILDS; guildId++) {
      Player player = lavalink.existingPlayer(guildId).orElseThrow();
      FakePlayer onNode = session.player(guildId).orElseThrow();
      assertThat(player.track().info().identifier()).isEqualTo("now-" + guildId);
      assertThat(onNode.trackInfo().identifier()).isEqualTo("now-" + guildId);
      assertThat(player.queue().snapshot()).extracting(track -> track.info().identifier())
          .containsExactly("q1-" + guildId, "q2-" + guildId);
      assertThat(player.queue().repeatMode()).isEqualTo(RepeatMode.QUEUE);
      assertThat(player.volume()).isEqualTo(70);
      assertThat(onNode.volume()).isEqualTo(70);
      assertThat(player.filters()).isEqualTo(FilterPresets.eightD());
      assertThat(onNode.filters().has("rotation")).isTrue();
      assertThat(player.position()).isCloseTo(onNode.position(),
          within(INTERPOLATION_ERROR_MS));
    }
    // The queue goes on: the next track comes from the queue B took over, once.
    join(lavalink.player(1).skip());
    assertThat(session.player(1).orElseThrow().trackInfo().identifier()).isEqualTo("q1-1");
    assertThat(lavalink.player(1).queue().snapshot()).extracting(track -> track.info().identifier())
        .startsWith("q2-1");
  }
}
