package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.redis.RedisStateStore;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.LoadResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/** The README's Redis snippet against a real redis-server that asks for a password. */
class RedisReadmeTest {
  private static final long BOT = 100_000_000_000_000_001L;
  private static final long GUILD = 200_000_000_000_000_002L;
  private static final String PASSWORD = "redis-secret";

  private int port;
  private RedisServer redis;

  @BeforeEach
  void startRedis() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    redis = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1")
        .setting("save \"\"").setting("appendonly no").setting("requirepass " + PASSWORD).build();
    redis.start();
  }

  @AfterEach
  void stopRedis() throws IOException {
    redis.stop();
  }

  @Test
  void redisStore_playingGuild_writesItUnderTheKeyPrefix() {
    try (FakeLavalink node = FakeLavalink.start()) {
      RedisSnippets.Stored stored = RedisSnippets.redisStore(BOT, PASSWORD, port,
          NodeOptions.builder("main", node.uri(), node.password()).build());
      try (RedisStateStore store = stored.store(); Lavalink lavalink = stored.lavalink()) {
        await().until(() -> lavalink.node("main").orElseThrow().state() == NodeState.CONNECTED);
        var loaded = (LoadResult.TrackLoaded) lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK).join();
        lavalink.player(GUILD).queue().add(loaded.track());

        await().until(() -> guildKeys().stream().anyMatch(key -> key.endsWith("guild:" + GUILD)));
      }
    }
  }

  private Set<String> guildKeys() {
    try (RedisClient client = RedisClient.builder().hostAndPort("127.0.0.1", port)
        .clientConfig(DefaultJedisClientConfig.builder().password(PASSWORD).build()).build()) {
      return client.keys("mybot:*");
    }
  }
}
