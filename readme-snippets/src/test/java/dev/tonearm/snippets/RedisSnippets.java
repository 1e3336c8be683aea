package dev.tonearm.snippets;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.redis.RedisStateStore;
import java.net.URI;

/** The README's "Running many bot processes", with Redis's port and the node parameters. */
final class RedisSnippets {
  private RedisSnippets() {}

  /** A client with its players in Redis, and the store the caller closes after it. */
  record Stored(Lavalink lavalink, RedisStateStore store) {}

  static Stored redisStore(long botUserId, String password, int port, NodeOptions node) {
    // region redis-store
    // in README: "redis://:" + password + "@127.0.0.1:" + port + "/0" => "rediss://:" + password + "@redis.internal:6380/0"
    // in README: store).node(node).build() => store) /* nodes... */ .build()
    RedisStateStore store = RedisStateStore.builder(
            URI.create("redis://:" + password + "@127.0.0.1:" + port + "/0"), botUserId, "shards-0-15")
        .keyPrefix("mybot:")                 // default "tonearm:"
        .build();
    Lavalink lavalink = Lavalink.builder(botUserId).stateStore(store).node(node).build();
    // on shutdown: lavalink.close(); store.close();
    // endregion redis-store
    return new Stored(lavalink, store);
  }
}
