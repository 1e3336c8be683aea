package dev.tonearm.redis;

import static dev.tonearm.redis.TestClients.IO_TIMEOUT;
import static dev.tonearm.redis.TestClients.USER_ID;
import static dev.tonearm.redis.TestClients.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tonearm.Lavalink;
import dev.tonearm.redis.internal.GuildWriter;
import dev.tonearm.testkit.FakeLavalink;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class OwnerLeaseTest {
  private static final String PREFIX = "lease:";
  private static final String LEASE = PREFIX + "bot:" + USER_ID + ":owner:p1:lease";

  private static TestRedis redis;
  private static RedisClient keys;

  private final FakeLavalink fake = FakeLavalink.start();
  private final ListAppender<ILoggingEvent> log = TestClients.capture(GuildWriter.class);
  private RedisStateStore store;
  private Lavalink lavalink;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
    keys = redis.client();
  }

  @AfterAll
  static void stopRedis() {
    keys.close();
    redis.close();
  }

  @AfterEach
  void close() {
    TestClients.stop(GuildWriter.class, log);
    if (lavalink != null) {
      lavalink.close();
    }
    if (store != null) {
      store.close();
    }
    keys.del(LEASE);
    fake.close();
  }

  private RedisStateStore store() {
    return RedisStateStore.builder(redis.uri(), USER_ID, "p1").keyPrefix(PREFIX)
        .leaseTtl(Duration.ofMillis(600)).takeoverTimeout(Duration.ofMillis(300)).build();
  }

  @Test
  void leaseStolen_processStopsCommandingWithATypedExceptionAndSaysSo() {
    store = store();
    lavalink = TestClients.client(fake, store);
    TestClients.play(lavalink, 7);
    long token = store.fencingToken();
    assertThat(token).isPositive();

    keys.set(LEASE, (token + 1) + "|p1/another-process");

    await().atMost(IO_TIMEOUT).untilAsserted(() ->
        assertThatThrownBy(() -> join(lavalink.player(7).setVolume(20)))
            .isInstanceOf(CompletionException.class)
            .hasCauseInstanceOf(GuildNotOwnedException.class)
            .hasMessageContaining("guild 7").hasMessageContaining("owner p1"));
    assertThat(fake.sessions().get(0).player(7).orElseThrow().volume()).isEqualTo(100);
    assertThat(TestClients.messages(log)).anyMatch(m -> m.startsWith("ERROR")
        && m.contains("Another process took the lease of owner p1"));
    assertThat(keys.get(LEASE)).isEqualTo((token + 1) + "|p1/another-process");
  }

  @Test
  void load_leaseHeldByAnotherLiveProcess_failsAfterTheTakeoverTimeout() {
    keys.set(LEASE, "1|p1/alive");
    store = store();
    store.bind(TestClients.NO_PLAYERS);

    assertThatThrownBy(store::load).isInstanceOf(IOException.class)
        .hasMessageContaining("another process holds the lease of owner p1");
    assertThatThrownBy(() -> store.checkCommand(3)).isInstanceOf(GuildNotOwnedException.class);
  }

  @Test
  void close_releasesTheLease_soTheNextOwnerTakesOverAtOnce() {
    store = store();
    lavalink = TestClients.client(fake, store);
    long first = store.fencingToken();
    lavalink.close();
    lavalink = null;
    store.close();

    store = store();
    lavalink = TestClients.client(fake, store);

    assertThat(store.fencingToken()).isGreaterThan(first);
  }
}
