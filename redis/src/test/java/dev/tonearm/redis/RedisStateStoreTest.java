package dev.tonearm.redis;

import static dev.tonearm.redis.TestClients.IO_TIMEOUT;
import static dev.tonearm.redis.TestClients.USER_ID;
import static dev.tonearm.redis.TestClients.join;
import static dev.tonearm.redis.TestClients.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.Lavalink;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Player;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.testkit.FakeLavalink;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisStateStoreTest {
  private static final AtomicLong PREFIXES = new AtomicLong();

  private static TestRedis redis;
  private static RedisClient keys;

  private final FakeLavalink fake = FakeLavalink.start();
  private final String prefix = "test" + PREFIXES.incrementAndGet() + ":";
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
    if (lavalink != null) {
      lavalink.close();
    }
    if (store != null) {
      store.close();
    }
    fake.close();
  }

  private RedisStateStore store() {
    return RedisStateStore.builder(redis.uri(), USER_ID, "shards-0-1").keyPrefix(prefix).build();
  }

  private Lavalink client(RedisStateStore with) {
    return TestClients.client(fake, with);
  }

  private String guildKey(long guildId) {
    return TestClients.guildKey(prefix, guildId);
  }

  private Player playing(long guildId) {
    Player player = TestClients.play(lavalink, guildId);
    player.queue().addAll(List.of(track("q1-" + guildId), track("q2-" + guildId)));
    player.queue().setRepeatMode(RepeatMode.QUEUE);
    join(player.setVolume(70));
    join(player.setFilters(FilterPresets.eightD()));
    return player;
  }

  @Test
  void guildChange_writesThatGuildAlone() {
    store = store();
    lavalink = client(store);
    playing(1);
    playing(2);
    await().atMost(IO_TIMEOUT).until(() -> keys.get(guildKey(2)) != null
        && keys.get(guildKey(2)).contains("\"volume\":70"));
    keys.set(guildKey(2), "untouched");

    join(lavalink.player(1).setVolume(33));

    await().atMost(IO_TIMEOUT).until(() -> keys.get(guildKey(1)).contains("\"volume\":33"));
    assertThat(keys.get(guildKey(2))).isEqualTo("untouched");
    assertThat(keys.smembers(prefix + "bot:" + USER_ID + ":owner:shards-0-1:guilds"))
        .containsExactlyInAnyOrder("1", "2");
    assertThat(keys.get(prefix + "bot:" + USER_ID + ":schema")).isEqualTo("1");
  }

  @Test
  void save_afterPositionsMovedWithoutChanges_writesEveryGuildWithItsPositionNow() throws Exception {
    store = store();
    lavalink = client(store);
    playing(3);
    await().atMost(IO_TIMEOUT).until(() -> keys.exists(guildKey(3)));
    fake.clock().advance(Duration.ofSeconds(30));

    store.save(lavalink.snapshot());

    JsonObject saved = JsonParser.parseString(keys.get(guildKey(3))).getAsJsonObject();
    assertThat(saved.get("position").getAsLong()).isGreaterThanOrEqualTo(30_000);
  }

  @Test
  void destroyedPlayer_isDeletedFromRedis() {
    store = store();
    lavalink = client(store);
    playing(5);
    await().atMost(IO_TIMEOUT).until(() -> keys.exists(guildKey(5)));

    join(lavalink.player(5).destroy());

    await().atMost(IO_TIMEOUT).until(() -> !keys.exists(guildKey(5)));
    assertThat(keys.smembers(prefix + "bot:" + USER_ID + ":owner:shards-0-1:guilds")).isEmpty();
  }

  @Test
  void restart_fromRedis_resumesTheSessionWithQueueVolumeFiltersAndPosition() {
    store = store();
    lavalink = client(store);
    playing(42);
    fake.clock().advance(Duration.ofSeconds(30));
    String session = lavalink.nodes().get(0).sessionId();
    lavalink.close();
    lavalink = null;
    store.close();
    await().atMost(IO_TIMEOUT).until(() -> fake.session(session).orElseThrow().paused());

    store = store();
    lavalink = client(store);

    assertThat(lavalink.nodes().get(0).sessionId()).isEqualTo(session);
    Player player = lavalink.existingPlayer(42).orElseThrow();
    assertThat(player.track().info().identifier()).isEqualTo("now-42");
    assertThat(player.queue().snapshot()).extracting(track -> track.info().identifier())
        .containsExactly("q1-42", "q2-42");
    assertThat(player.queue().repeatMode()).isEqualTo(RepeatMode.QUEUE);
    assertThat(player.volume()).isEqualTo(70);
    assertThat(player.filters()).isEqualTo(FilterPresets.eightD());
    assertThat(player.position()).isGreaterThanOrEqualTo(30_000);
    assertThat(fake.session(session).orElseThrow().player(42).orElseThrow().volume()).isEqualTo(70);
  }

  @Test
  void load_keysOfAnotherSchemaVersion_failsNamingBothVersions() {
    keys.set(prefix + "bot:" + USER_ID + ":schema", "9");
    store = store();
    store.bind(TestClients.NO_PLAYERS);

    assertThatThrownBy(store::load).isInstanceOf(IOException.class)
        .hasMessageContaining("schema version 9").hasMessageContaining("reads version 1");
  }

  @Test
  void load_unboundStore_failsSayingSo() {
    store = store();

    assertThatThrownBy(store::load).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bound");
  }
}
