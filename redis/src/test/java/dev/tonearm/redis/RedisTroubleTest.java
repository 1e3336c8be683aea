package dev.tonearm.redis;

import static dev.tonearm.redis.TestClients.IO_TIMEOUT;
import static dev.tonearm.redis.TestClients.USER_ID;
import static dev.tonearm.redis.TestClients.guildKey;
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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisTroubleTest {
  private static final String PREFIX = "trouble:";
  private static final int GUILDS = 20;

  private final FakeLavalink fake = FakeLavalink.start();
  private final TestRedis redis = TestRedis.start("requirepass hunter2");
  private final URI uri = URI.create("redis://:hunter2@127.0.0.1:" + redis.port());
  private final ListAppender<ILoggingEvent> log = TestClients.capture(GuildWriter.class);
  private RedisStateStore store;
  private Lavalink lavalink;
  private RedisClient keys;

  @AfterEach
  void close() {
    TestClients.stop(GuildWriter.class, log);
    if (lavalink != null) {
      lavalink.close();
    }
    if (store != null) {
      store.close();
    }
    if (keys != null) {
      keys.close();
    }
    fake.close();
    redis.close();
  }

  private RedisStateStore store(URI with) {
    return RedisStateStore.builder(with, USER_ID, "p1").keyPrefix(PREFIX)
        .timeout(Duration.ofMillis(300)).retryBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
        .build();
  }

  @Test
  void redisKilledAndRestarted_commandsKeepWorkingAndTheCurrentStateIsWrittenWhenBack() {
    store = store(uri);
    lavalink = TestClients.client(fake, store);
    keys = RedisClient.create(uri);
    LongStream.rangeClosed(1, GUILDS).forEach(guildId -> TestClients.play(lavalink, guildId));
    await().atMost(IO_TIMEOUT).until(() -> LongStream.rangeClosed(1, GUILDS)
        .allMatch(guildId -> keys.exists(guildKey(PREFIX, guildId))));

    redis.stop();
    // Commands complete on the node's answer; none waits for Redis.
    LongStream.rangeClosed(1, GUILDS).forEach(guildId ->
        join(lavalink.player(guildId).setVolume(40)));
    await().atMost(IO_TIMEOUT).until(() -> messages().stream().anyMatch(m -> m.contains("unreachable")));
    lavalink.player(1).queue().add(TestClients.track("added-while-down"));
    join(lavalink.player(1).setVolume(41));
    redis.restart();

    // The restarted Redis came back empty; every guild is written again, as it is now.
    await().atMost(IO_TIMEOUT).until(() -> LongStream.rangeClosed(1, GUILDS)
        .allMatch(guildId -> stored(guildId, guildId == 1 ? "\"volume\":41" : "\"volume\":40")));
    assertThat(keys.get(guildKey(PREFIX, 1))).contains("added-while-down");
    assertThat(messages()).filteredOn(m -> m.contains("unreachable")).hasSize(1);
    assertThat(messages()).anyMatch(m -> m.contains("reachable again"));
    assertThat(messages()).noneMatch(m -> m.contains("hunter2"));
    assertThat(fake.sessions().get(0).player(1).orElseThrow().volume()).isEqualTo(41);
  }

  @Test
  void wrongPassword_noTakeoverAndNoPasswordInTheMessage() {
    store = store(URI.create("redis://:wrong-secret@127.0.0.1:" + redis.port()));
    store.bind(TestClients.NO_PLAYERS);

    assertThatThrownBy(store::load).isInstanceOf(IOException.class)
        .hasMessageContaining("WRONGPASS").hasMessageNotContaining("wrong-secret");
    assertThatThrownBy(() -> store.checkCommand(1)).isInstanceOf(GuildNotOwnedException.class);
    assertThat(store.toString()).doesNotContain("wrong-secret");
  }

  private boolean stored(long guildId, String fragment) {
    try {
      String state = keys.get(guildKey(PREFIX, guildId));
      return state != null && state.contains(fragment);
    } catch (RuntimeException redisNotBackYet) {
      return false;
    }
  }

  private List<String> messages() {
    return TestClients.messages(log);
  }
}
