package dev.tonearm.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.Lavalink;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.observe.TonearmObserver;
import dev.tonearm.player.Player;
import dev.tonearm.state.StateStore;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TonearmMetricsTest {
  private static final long USER_ID = 1_000_000_000_000_001L;
  private static final long GUILD = 817327181659111454L;
  private static final long CHANNEL = 123456789012345678L;
  private static final String ENDPOINT = "c-fra05-1234.discord.media:443";
  private static final Duration IO_TIMEOUT = Duration.ofSeconds(10);

  private final VirtualClock clock = new VirtualClock();
  private final FakeLavalink fake = FakeLavalink.builder().clock(clock).start();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    fake.close();
  }

  private Lavalink connect(UnaryOperator<Lavalink.Builder> customize, NodeOptions... nodes) {
    Lavalink.Builder builder = Lavalink.builder(USER_ID).scheduler(clock);
    for (NodeOptions node : nodes.length == 0 ? new NodeOptions[] {options("main", fake)} : nodes) {
      builder.node(node);
    }
    Lavalink lavalink = customize.apply(builder).build();
    toClose.add(lavalink);
    lavalink.nodes().forEach(node -> awaitState(node, NodeState.CONNECTED));
    toClose.add(TonearmMetrics.bind(lavalink, registry));
    return lavalink;
  }

  private Lavalink connect() {
    return connect(UnaryOperator.identity());
  }

  private static NodeOptions options(String name, FakeLavalink node) {
    return NodeOptions.builder(name, node.uri(), node.password()).build();
  }

  private static void awaitState(Node node, NodeState state) {
    await().atMost(IO_TIMEOUT).until(node::state, state::equals);
  }

  private void advanceUntilState(Node node, NodeState state) {
    await().atMost(IO_TIMEOUT).until(() -> {
      if (node.state() != state) {
        clock.advance(Duration.ofSeconds(1));
      }
      return node.state() == state;
    });
  }

  private double counter(String name, String... tags) {
    return Optional.ofNullable(registry.find(name).tags(tags).counter())
        .map(counter -> counter.count()).orElse(0.0);
  }

  private double gauge(String name, String... tags) {
    return registry.get(name).tags(tags).gauge().value();
  }

  private long timerCount(String name, String... tags) {
    return Optional.ofNullable(registry.find(name).tags(tags).timer())
        .map(timer -> timer.count()).orElse(0L);
  }

  private static <T> T join(CompletableFuture<T> future) throws Exception {
    return future.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Throwable failure(CompletableFuture<?> future) {
    try {
      future.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the future did not fail in time", e);
    }
    throw new AssertionError("the future succeeded");
  }

  /** Joins voice and starts a track; returns the player once the node said it started. */
  private Player play(Lavalink lavalink) throws Exception {
    List<TrackStartEvent> started = new ArrayList<>();
    lavalink.on(TrackStartEvent.class, started::add);
    lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    Player player = join(lavalink.player(GUILD).play(load(lavalink)));
    await().atMost(IO_TIMEOUT).until(() -> !started.isEmpty());
    return player;
  }

  private static Track load(Lavalink lavalink) throws Exception {
    return ((LoadResult.TrackLoaded) join(lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK))).track();
  }

  @Test
  void bind_connectedNode_gaugesShowItsStateAndStatistics() throws Exception {
    Lavalink lavalink = connect();
    play(lavalink);
    CountDownLatch stats = new CountDownLatch(1);
    lavalink.on(StatsEvent.class, event -> stats.countDown());

    clock.advance(Duration.ofSeconds(60));

    assertThat(stats.await(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(gauge("tonearm.node.state", "node", "main", "state", "connected")).isEqualTo(1);
    assertThat(gauge("tonearm.node.state", "node", "main", "state", "reconnecting")).isZero();
    assertThat(gauge("tonearm.node.players", "node", "main")).isEqualTo(1);
    assertThat(gauge("tonearm.node.playing.players", "node", "main")).isEqualTo(1);
    assertThat(gauge("tonearm.node.cpu.system.load", "node", "main")).isNotNaN();
    assertThat(gauge("tonearm.node.cpu.lavalink.load", "node", "main")).isNotNaN();
    assertThat(gauge("tonearm.node.frames.sent", "node", "main")).isEqualTo(3000);
    assertThat(gauge("tonearm.node.frames.nulled", "node", "main")).isZero();
    assertThat(gauge("tonearm.node.frames.deficit", "node", "main")).isZero();
    assertThat(gauge("tonearm.node.penalty", "node", "main")).isPositive();
    assertThat(gauge("tonearm.players.active")).isEqualTo(1);
  }

  @Test
  void bind_connectedNode_registersItsCountersAtZero() {
    connect();

    assertThat(registry.get("tonearm.node.reconnects").tags("node", "main").counter().count()).isZero();
    assertThat(registry.get("tonearm.node.sessions.lost").tags("node", "main").counter().count()).isZero();
    assertThat(registry.get("tonearm.players.voice.not.ready").tags("node", "main").counter().count())
        .isZero();
  }

  @Test
  void reconnect_resumableSession_countsTheReconnectAndTheResume() {
    Lavalink lavalink = connect();
    Node node = lavalink.nodes().get(0);

    fake.dropConnections();
    advanceUntilState(node, NodeState.CONNECTED);

    assertThat(counter("tonearm.node.reconnects", "node", "main")).isGreaterThanOrEqualTo(1);
    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.node.sessions.resumed", "node", "main") == 1);
    assertThat(counter("tonearm.node.sessions.lost", "node", "main")).isZero();
  }

  @Test
  void reconnect_sessionNotResumable_countsTheLostSession() {
    Lavalink lavalink = connect(UnaryOperator.identity(),
        NodeOptions.builder("main", fake.uri(), fake.password()).resuming(false).build());
    Node node = lavalink.nodes().get(0);

    fake.dropConnections();
    advanceUntilState(node, NodeState.CONNECTED);

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.node.sessions.lost", "node", "main") == 1);
    assertThat(counter("tonearm.node.sessions.resumed", "node", "main")).isZero();
  }

  @Test
  void restCall_answered_isTimedByRouteTemplateNeverByGuild() throws Exception {
    Lavalink lavalink = connect();

    play(lavalink);

    await().atMost(IO_TIMEOUT).until(() -> timerCount("tonearm.rest.requests", "node", "main",
        "method", "GET", "route", "/v4/loadtracks", "status", "2xx", "outcome", "success") == 1);
    await().atMost(IO_TIMEOUT).until(() -> timerCount("tonearm.rest.requests", "method", "PATCH",
        "route", "/v4/sessions/{sessionId}/players/{guildId}", "status", "2xx") >= 1);
    String sessionId = lavalink.nodes().get(0).sessionId();
    assertThat(registry.getMeters()).flatMap(meter -> meter.getId().getTags())
        .extracting(Tag::getValue)
        .noneMatch(value -> value.contains(Long.toUnsignedString(GUILD)) || value.contains(sessionId));
  }

  @Test
  void restCall_serverError_countsAnErrorOfItsStatusClass() {
    Lavalink lavalink = connect();
    fake.failNextRequests(1, 500, "Internal Server Error");

    failure(lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK));

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.rest.errors", "node", "main",
        "route", "/v4/loadtracks", "status", "5xx") == 1);
    assertThat(timerCount("tonearm.rest.requests", "route", "/v4/loadtracks", "outcome", "error"))
        .isEqualTo(1);
  }

  @Test
  void restCall_noAnswerInTime_countsATimeout() {
    Lavalink lavalink = connect(builder -> builder.timeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));
    fake.stallNextRequests(1);

    failure(lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK));

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.rest.timeouts", "node", "main",
        "route", "/v4/loadtracks") == 1);
    assertThat(counter("tonearm.rest.errors", "route", "/v4/loadtracks")).isZero();
  }

  @Test
  void events_delivered_countsEachKindAndTimesTheLag() throws Exception {
    Lavalink lavalink = connect();

    play(lavalink);

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.events.delivered", "kind", "track_start") == 1);
    assertThat(registry.get("tonearm.events.dispatch.lag").timer().count()).isPositive();
  }

  @Test
  void events_listenerThrows_countsTheFailureByKind() throws Exception {
    Lavalink lavalink = connect();
    lavalink.on(TrackStartEvent.class, event -> {
      throw new IllegalStateException("a listener's bug");
    });

    play(lavalink);

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.events.listener.failures", "kind", "track_start") == 1);
  }

  @Test
  void events_listenerBusy_queueDepthShowsTheWaitingEvents() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    toClose.add(executor::shutdownNow);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean blocked = new AtomicBoolean();
    Lavalink lavalink = connect(builder -> builder.eventExecutor(executor));
    lavalink.on(StatsEvent.class, event -> {
      if (blocked.compareAndSet(false, true)) {
        awaitQuietly(release);
      }
    });

    clock.advance(Duration.ofSeconds(60));
    await().atMost(IO_TIMEOUT).until(blocked::get);
    clock.advance(Duration.ofSeconds(120));

    await().atMost(IO_TIMEOUT).until(() -> gauge("tonearm.events.queue.depth") >= 2);
    release.countDown();
    await().atMost(IO_TIMEOUT).until(() -> gauge("tonearm.events.queue.depth") == 0);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void players_createdAndDestroyed_areCountedByNodeAndTrigger() throws Exception {
    Lavalink lavalink = connect();

    Player player = lavalink.player(GUILD);
    join(player.destroy());

    assertThat(counter("tonearm.players.created", "node", "main")).isEqualTo(1);
    assertThat(counter("tonearm.players.destroyed", "node", "main", "trigger", "requested"))
        .isEqualTo(1);
    assertThat(gauge("tonearm.players.active")).isZero();
  }

  @Test
  void players_drainedToAnotherNode_areCountedAsMovedWithTheReason() throws Exception {
    try (FakeLavalink other = FakeLavalink.builder().clock(clock).start()) {
      Lavalink lavalink = connect(UnaryOperator.identity(), options("main", fake),
          options("other", other));
      Player player = play(lavalink);
      Node from = player.node();

      CompletableFuture<Void> drained = from.drain();
      // The move waits for the voice resend delay on the virtual clock.
      await().atMost(IO_TIMEOUT).until(() -> {
        clock.advance(Duration.ofSeconds(1));
        return drained.isDone();
      });

      String to = from.name().equals("main") ? "other" : "main";
      await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.players.moved", "from", from.name(),
          "to", to, "reason", "drain") == 1);
      lavalink.close();
    }
  }

  @Test
  void players_voiceNeverArrives_countsVoiceNotReady() throws Exception {
    Lavalink lavalink = connect();
    CompletableFuture<Player> played = lavalink.player(GUILD).play(load(lavalink));

    clock.advance(Duration.ofSeconds(10));

    assertThat(failure(played)).hasMessageContaining("not ready");
    assertThat(counter("tonearm.players.voice.not.ready", "node", "main")).isEqualTo(1);
  }

  @Test
  void events_manyFrames_timesOneFrameInSixteen() throws Exception {
    Lavalink lavalink = connect();
    play(lavalink);
    String sessionId = lavalink.nodes().get(0).sessionId();
    double timedBefore = registry.get("tonearm.events.dispatch.lag").timer().count();

    for (int i = 0; i < 64; i++) {
      fake.session(sessionId).orElseThrow().emitEvent(GUILD, "UnknownPluginEvent", new JsonObject());
    }

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.events.delivered", "kind", "extra") == 64);
    assertThat(registry.get("tonearm.events.dispatch.lag").timer().count() - timedBefore)
        .isEqualTo(64 / TonearmObserver.TIMED_FRAME_INTERVAL);
  }

  @Test
  void players_voiceClosedByDiscord_countsTheCloseCode() throws Exception {
    Lavalink lavalink = connect();
    play(lavalink);
    String sessionId = lavalink.nodes().get(0).sessionId();

    fake.session(sessionId).orElseThrow().emitWebSocketClosed(GUILD, 4006, "Session is no longer valid.", true);
    fake.session(sessionId).orElseThrow().emitWebSocketClosed(GUILD, 4014, "Disconnected.", true);

    await().atMost(IO_TIMEOUT).until(() -> counter("tonearm.players.voice.closes", "node", "main", "code", "4014") == 1);
    assertThat(counter("tonearm.players.voice.closes", "node", "main", "code", "4006")).isEqualTo(1);
  }

  @Test
  void stateStore_saves_countsEachSaveAndItsLag() {
    List<String> saved = new ArrayList<>();
    connect(builder -> builder.stateStore(new MemoryStore(saved, false)));

    // The node's session is a change: the client saves it two seconds later.
    clock.advance(Duration.ofSeconds(2));

    assertThat(saved).isNotEmpty();
    assertThat(counter("tonearm.state.saves")).isEqualTo(1);
    assertThat(registry.get("tonearm.state.save.lag").timer().max(TimeUnit.MILLISECONDS)).isEqualTo(2000);
  }

  @Test
  void stateStore_fails_countsTheFailure() {
    connect(builder -> builder.stateStore(new MemoryStore(new ArrayList<>(), true)));

    clock.advance(Duration.ofSeconds(2));

    assertThat(counter("tonearm.state.save.failures")).isEqualTo(1);
    assertThat(counter("tonearm.state.saves")).isZero();
  }

  @Test
  void close_bound_removesEveryMeterAndStopsCounting() throws Exception {
    Lavalink lavalink = connect();
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    TonearmMetrics bound = TonearmMetrics.bind(lavalink, own);
    assertThat(own.getMeters()).isNotEmpty();

    bound.close();
    lavalink.player(GUILD);

    assertThat(own.getMeters()).extracting(Meter::getId).isEmpty();
  }

  @Test
  void bind_nullRegistry_isRefused() {
    Lavalink lavalink = connect();

    assertThatThrownBy(() -> TonearmMetrics.bind(lavalink, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("registry");
  }

  /** Keeps snapshots in a list, or fails every save. */
  private record MemoryStore(List<String> saved, boolean failing) implements StateStore {
    @Override
    public Optional<String> load() {
      return Optional.empty();
    }

    @Override
    public void save(String snapshot) throws IOException {
      if (failing) {
        throw new IOException("disk full");
      }
      saved.add(snapshot);
    }
  }
}
