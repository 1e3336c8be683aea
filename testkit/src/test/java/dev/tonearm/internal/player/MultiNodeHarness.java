package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.VirtualClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** Several fake nodes on one virtual clock and one client that uses them all. */
final class MultiNodeHarness implements AutoCloseable {
  final VirtualClock clock = new VirtualClock();
  final Map<String, FakeLavalink> fakes = new LinkedHashMap<>();
  final Lavalink lavalink;
  final List<TonearmEvent> events = new CopyOnWriteArrayList<>();
  final List<long[]> gatewayCalls = new CopyOnWriteArrayList<>();

  /**
   * Starts one fake per name, regions given as {@code name=region} or just {@code name}.
   */
  MultiNodeHarness(UnaryOperator<Lavalink.Builder> customize, String... nodes) {
    Lavalink.Builder builder = Lavalink.builder(TestLavalink.USER_ID).scheduler(clock)
        .voiceGateway((guildId, channelId, mute, deaf) -> gatewayCalls.add(new long[] {guildId, channelId}));
    for (String spec : nodes) {
      String[] parts = spec.split("=");
      FakeLavalink fake = FakeLavalink.builder().clock(clock).start();
      fakes.put(parts[0], fake);
      builder.node(NodeOptions.builder(parts[0], fake.uri(), fake.password())
          .region(parts.length > 1 ? parts[1] : null).build());
    }
    lavalink = customize.apply(builder).build();
    lavalink.on(TonearmEvent.class, events::add);
    lavalink.nodes().forEach(node -> TestLavalink.awaitState(node, NodeState.CONNECTED));
  }

  Node node(String name) {
    return lavalink.node(name).orElseThrow();
  }

  FakeLavalink fake(String name) {
    return fakes.get(name);
  }

  /** The fake player of a guild on the named node's current session, if any. */
  Optional<FakePlayer> fakePlayer(String node, long guildId) {
    String sessionId = node(node).sessionId();
    return fake(node).session(sessionId).flatMap(session -> session.player(guildId));
  }

  FakeSession session(String node) {
    return fake(node).session(node(node).sessionId()).orElseThrow();
  }

  /** Joins voice for a guild with a voice server in the given city (fra, iad, …). */
  Player joinVoice(long guildId, String city) {
    lavalink.onVoiceStateUpdate(guildId, guildId + 1, "voice-session-" + guildId);
    lavalink.onVoiceServerUpdate(guildId, "token-" + guildId, "c-" + city + "05-" + guildId + ".discord.media:443");
    Player player = lavalink.player(guildId);
    await().atMost(IO_TIMEOUT).until(player::connected);
    return player;
  }

  /** Kills a node the way a crash does: open sockets cut, new connections refused. */
  void kill(String name) {
    long before = disconnects(name);
    fake(name).refuseConnections(true);
    fake(name).dropConnections();
    TestLavalink.awaitState(node(name), NodeState.RECONNECTING);
    // The event comes after the failover timer was armed, so advancing the clock is safe now.
    await().atMost(IO_TIMEOUT).until(() -> disconnects(name) > before);
  }

  private long disconnects(String name) {
    return eventsOf(NodeDisconnectedEvent.class).stream()
        .filter(event -> event.node().name().equals(name)).count();
  }

  <E extends TonearmEvent> List<E> eventsOf(Class<E> type) {
    List<E> result = new ArrayList<>();
    for (TonearmEvent event : events) {
      if (type.isInstance(event)) {
        result.add(type.cast(event));
      }
    }
    return result;
  }

  @Override
  public void close() {
    lavalink.close();
    fakes.values().forEach(FakeLavalink::close);
  }
}
