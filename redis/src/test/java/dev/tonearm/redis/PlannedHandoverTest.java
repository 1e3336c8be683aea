package dev.tonearm.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.Lavalink;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.player.Player;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process A, a JVM of its own, plays 1,000 guilds and hands its owner over as on a rolling deploy;
 * this JVM, process B, continues them on the same node session.
 */
class PlannedHandoverTest {
  private static final int GUILDS = 1_000;
  private static final String OWNER = "shards-4-7";
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private static TestRedis redis;

  private final FakeLavalink fake = FakeLavalink.start();
  private final String prefix = "handover" + PREFIXES.incrementAndGet() + ":";
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

  @Test
  void handOver_thousandGuilds_nextOwnerContinuesEveryOneOnTheSameSession() throws Exception {
    processA = BotProcess.start(redis.uri(), prefix, fake.uri(), fake.password(), OWNER, GUILDS);
    String sessionOfA = fake.sessions().get(0).id();

    BotProcess.handOver(processA);
    store = BotProcess.store(redis.uri(), prefix, OWNER);
    lavalink = TestClients.client(fake, store);

    assertThat(lavalink.nodes().get(0).sessionId()).isEqualTo(sessionOfA);
    assertEveryGuildContinues();
  }

  @Test
  void handOver_redisRestartedWithoutItsDataInTheMiddle_everyGuildIsWrittenAgainAndContinues()
      throws Exception {
    processA = BotProcess.start(redis.uri(), prefix, fake.uri(), fake.password(), OWNER, GUILDS);
    redis.stop();
    redis.restart();

    BotProcess.handOver(processA);
    store = BotProcess.store(redis.uri(), prefix, OWNER);
    lavalink = TestClients.client(fake, store);

    assertEveryGuildContinues();
  }

  private void assertEveryGuildContinues() {
    assertThat(fake.sessions()).hasSize(1);
    FakeSession session = fake.sessions().get(0);
    assertThat(session.players()).hasSize(GUILDS);
    for (long guildId = 1; guildId <= GUILDS; guildId++) {
      Player player = lavalink.existingPlayer(guildId).orElseThrow();
      FakePlayer onNode = session.player(guildId).orElseThrow();
      assertThat(player.track().info().identifier()).isEqualTo("now-" + guildId);
      assertThat(onNode.trackInfo().identifier()).isEqualTo("now-" + guildId);
      assertThat(player.queue().snapshot()).extracting(track -> track.info().identifier())
          .containsExactly("q1-" + guildId, "q2-" + guildId);
      assertThat(player.queue().repeatMode()).isEqualTo(RepeatMode.QUEUE);
      assertThat(player.volume()).isEqualTo(70);
    }
    TestClients.join(lavalink.player(GUILDS).skip());
    assertThat(session.player(GUILDS).orElseThrow().trackInfo().identifier())
        .isEqualTo("q1-" + GUILDS);
  }
}
