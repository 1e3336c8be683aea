package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.join;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.MoveReason;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerMovedEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailoverTest {
  private MultiNodeHarness harness;

  @AfterEach
  void close() {
    harness.close();
  }

  private static Track requested(String id, long guildId) {
    JsonObject data = new JsonObject();
    data.addProperty("guild", guildId);
    return track(id, 600_000).withUserData(data);
  }

  @Test
  void failover_thousandPlayersFromAKilledNode_arriveWithTheirWholeState() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a");
    int count = 1_000;
    List<Player> players = new ArrayList<>();
    List<CompletableFuture<Player>> started = new ArrayList<>();
    for (long guild = 1; guild <= count; guild++) {
      harness.lavalink.onVoiceStateUpdate(guild, 10_000 + guild, "voice-" + guild);
      harness.lavalink.onVoiceServerUpdate(guild, "token-" + guild, "c-fra05-" + guild + ".discord.media:443");
      Player player = harness.lavalink.player(guild);
      players.add(player);
      started.add(player.play(requested("t" + guild, guild), PlayOptions.builder()
          .startPosition(guild * 100).paused(guild % 3 == 0).volume((int) (guild % 200)).build()));
      if (guild % 10 == 0) {
        started.add(player.setFilters(FilterPresets.nightcore()));
      }
    }
    CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(60, java.util.concurrent.TimeUnit.SECONDS);
    FakeLavalink b = FakeLavalink.builder().clock(harness.clock).start();
    harness.fakes.put("b", b);
    harness.lavalink.addNode(NodeOptions.builder("b", b.uri(), b.password()).build());
    TestLavalink.awaitState(harness.node("b"), NodeState.CONNECTED);
    long[] positions = players.stream().mapToLong(Player::position).toArray();

    harness.kill("a");
    harness.clock.advance(FailoverPolicy.DEFAULT.grace());
    harness.clock.advance(FailoverPolicy.DEFAULT.voiceResendDelay());

    await().atMost(Duration.ofSeconds(60)).until(() -> harness.eventsOf(PlayerMovedEvent.class).size() == count);
    for (int i = 0; i < count; i++) {
      long guild = i + 1;
      Player player = players.get(i);
      FakePlayer moved = harness.fakePlayer("b", guild).orElseThrow();
      assertThat(player.node().name()).isEqualTo("b");
      assertThat(moved.trackInfo().identifier()).isEqualTo("t" + guild);
      assertThat(moved.position()).as("position of guild %d", guild).isEqualTo(positions[i]);
      assertThat(moved.paused()).isEqualTo(guild % 3 == 0);
      assertThat(moved.volume()).isEqualTo((int) (guild % 200));
      assertThat(moved.userData().get("guild").getAsLong()).isEqualTo(guild);
      assertThat(moved.voice().get("channelId").getAsString()).isEqualTo(Long.toString(10_000 + guild));
      assertThat(moved.filters().has("timescale")).isEqualTo(guild % 10 == 0);
      assertThat(player.originalTrack().userData().getLong("guild")).isEqualTo(guild);
    }
    assertThat(harness.eventsOf(PlayerMovedEvent.class)).allSatisfy(event -> {
      assertThat(event.reason()).isEqualTo(MoveReason.FAILOVER);
      assertThat(event.from().name()).isEqualTo("a");
      assertThat(event.to().name()).isEqualTo("b");
    });
  }

  @Test
  void failover_beforeTheGraceEnds_movesNothing() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b");
    Player player = harness.joinVoice(1, "fra");
    join(player.play(track("x", 600_000)));
    String home = player.node().name();

    harness.fake(home).dropConnections();
    TestLavalink.awaitState(harness.node(home), NodeState.RECONNECTING);
    harness.clock.advance(Duration.ofSeconds(1));
    TestLavalink.awaitState(harness.node(home), NodeState.CONNECTED);
    harness.clock.advance(FailoverPolicy.DEFAULT.grace());

    assertThat(player.node().name()).isEqualTo(home);
    assertThat(harness.eventsOf(PlayerMovedEvent.class)).isEmpty();
  }

  @Test
  void failover_withQueue_keepsTheQueueUntouched() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b");
    Player player = harness.joinVoice(1, "fra");
    Track next = track("next", 1000);
    player.queue().add(next);
    join(player.play(track("x", 600_000)));
    String home = player.node().name();
    String other = home.equals("a") ? "b" : "a";

    harness.kill(home);
    harness.clock.advance(Duration.ofSeconds(16));

    await().atMost(IO_TIMEOUT).until(() -> harness.fakePlayer(other, 1).map(FakePlayer::encodedTrack).isPresent());
    assertThat(player.queue().snapshot()).containsExactly(next);
  }

  @Test
  void noNodeLeft_playersWaitAndComeBackWhenANodeReturns() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a");
    Player player = harness.joinVoice(1, "fra");
    join(player.play(track("x", 600_000)));
    harness.clock.advance(Duration.ofSeconds(10));

    harness.kill("a");
    harness.clock.advance(Duration.ofSeconds(16));
    assertThat(player.awaitingNode()).isTrue();
    harness.fake("a").refuseConnections(false);

    TestLavalink.advanceUntilState(harness.clock, harness.node("a"), NodeState.CONNECTED);
    await().atMost(IO_TIMEOUT).until(() -> !player.awaitingNode());
    assertThat(harness.fakePlayer("a", 1).orElseThrow().trackInfo().identifier()).isEqualTo("x");
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class)).isEmpty();
  }

  @Test
  void noNodeLeft_pastTheWait_leavesVoiceWithNodeLost() throws Exception {
    harness = new MultiNodeHarness(builder -> builder.failover(new FailoverPolicy(Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(1), 8)), "a");
    Player player = harness.joinVoice(7, "fra");
    join(player.play(track("x", 600_000)));

    harness.kill("a");
    harness.clock.advance(Duration.ofSeconds(5));
    harness.clock.advance(Duration.ofSeconds(30));

    await().atMost(IO_TIMEOUT).until(() -> !harness.eventsOf(PlayerDisconnectEvent.class).isEmpty());
    assertThat(harness.eventsOf(PlayerDisconnectEvent.class).get(0).trigger()).isEqualTo(DisconnectTrigger.NODE_LOST);
    assertThat(harness.gatewayCalls).anySatisfy(call -> assertThat(call).containsExactly(7, 0));
    assertThat(player.isDestroyed()).isTrue();
  }

  @Test
  void moveTo_otherNode_movesTheStateAndDestroysTheOldCopy() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b");
    Player player = harness.joinVoice(1, "fra");
    join(player.play(track("x", 600_000)));
    join(player.setVolume(42));
    harness.clock.advance(Duration.ofSeconds(20));
    String home = player.node().name();
    String other = home.equals("a") ? "b" : "a";

    CompletableFuture<Player> moved = player.moveTo(harness.node(other));
    harness.clock.advance(Duration.ofSeconds(1));
    join(moved);

    FakePlayer copy = harness.fakePlayer(other, 1).orElseThrow();
    assertThat(copy.position()).isEqualTo(20_000);
    assertThat(copy.volume()).isEqualTo(42);
    await().atMost(IO_TIMEOUT).until(() -> harness.fakePlayer(home, 1).isEmpty());
    PlayerMovedEvent event = harness.eventsOf(PlayerMovedEvent.class).get(0);
    assertThat(event.reason()).isEqualTo(MoveReason.MANUAL);
    assertThat(event.from().name()).isEqualTo(home);
  }

  @Test
  void drain_movesEveryPlayerOffAndTakesNoNewOnes() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b");
    List<Player> players = new ArrayList<>();
    for (long guild = 1; guild <= 20; guild++) {
      Player player = harness.joinVoice(guild, "fra");
      join(player.play(track("x" + guild, 600_000)));
      players.add(player);
    }

    CompletableFuture<Void> drained = harness.node("a").drain();
    harness.clock.advance(Duration.ofSeconds(1));
    drained.get(IO_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);

    assertThat(players).allSatisfy(player -> assertThat(player.node().name()).isEqualTo("b"));
    assertThat(harness.joinVoice(99, "fra").node().name()).isEqualTo("b");
    assertThat(harness.eventsOf(PlayerMovedEvent.class)).allSatisfy(
        event -> assertThat(event.reason()).isEqualTo(MoveReason.DRAIN));
  }

  @Test
  void burst_ofNewPlayers_isSpreadOverTheNodes() {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b", "c");

    List<String> homes = LongStream.rangeClosed(1, 30)
        .mapToObj(guild -> harness.joinVoice(guild, "fra").node().name()).toList();

    assertThat(homes.stream().filter("a"::equals).count()).isEqualTo(10);
    assertThat(homes.stream().filter("b"::equals).count()).isEqualTo(10);
    assertThat(homes.stream().filter("c"::equals).count()).isEqualTo(10);
  }

  @Test
  void region_ofTheVoiceServer_picksANodeOfThatRegion() {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "eu-1=eu", "us-1=us-east");

    assertThat(harness.joinVoice(1, "fra").node().name()).isEqualTo("eu-1");
    assertThat(harness.joinVoice(2, "iad").node().name()).isEqualTo("us-1");
    assertThat(harness.joinVoice(3, "ams").node().name()).isEqualTo("eu-1");
  }

  @Test
  void removeNode_atRuntime_movesItsPlayersFirst() throws Exception {
    harness = new MultiNodeHarness(UnaryOperator.identity(), "a", "b");
    Player player = harness.joinVoice(1, "fra");
    join(player.play(track("x", 600_000)));
    String home = player.node().name();
    String other = home.equals("a") ? "b" : "a";

    CompletableFuture<Void> removed = harness.lavalink.removeNode(home);
    harness.clock.advance(Duration.ofSeconds(1));
    removed.get(IO_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);

    assertThat(harness.lavalink.node(home)).isEmpty();
    assertThat(player.node().name()).isEqualTo(other);
    assertThat(harness.fakePlayer(other, 1).orElseThrow().trackInfo().identifier()).isEqualTo("x");
  }
}
