package dev.tonearm.state;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.PlayOptions;
import dev.tonearm.player.Player;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class StateRestoreTest {
  private static final long GUILD = 42;
  private static final String ENDPOINT = "c-fra05-1.discord.media:443";

  @TempDir Path directory;
  private final FakeLavalink fake = FakeLavalink.start();
  private Lavalink first;
  private Lavalink second;

  @AfterEach
  void close() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    fake.close();
  }

  private Lavalink client(StateStore store) {
    Lavalink lavalink = Lavalink.builder(TestLavalink.USER_ID).scheduler(fake.clock())
        .node(TestLavalink.options("main", fake).build())
        .stateStore(store)
        .build();
    TestLavalink.awaitState(lavalink.nodes().get(0), NodeState.CONNECTED);
    return lavalink;
  }

  private static Track track(String id) {
    TrackInfo info = new TrackInfo(id, true, "A", 600_000, false, 0, "T " + id, null, null, null, "youtube");
    JsonObject requester = new JsonObject();
    requester.addProperty("requester", "u-" + id);
    return Track.of(TrackCodec.encode(info), info).withUserData(requester);
  }

  /** A bot that plays, with a queue, filters and voice; returns its store. */
  private FileStateStore playing() throws Exception {
    FileStateStore store = new FileStateStore(directory.resolve("state.json"));
    first = client(store);
    first.onVoiceStateUpdate(GUILD, 777, "voice-session");
    first.onVoiceServerUpdate(GUILD, "token", ENDPOINT);
    Player player = first.player(GUILD);
    player.queue().addAll(List.of(track("q1"), track("q2")));
    player.queue().setRepeatMode(RepeatMode.QUEUE);
    join(player.play(track("now"), PlayOptions.builder().endTime(500_000).build()));
    join(player.setVolume(70));
    join(player.setFilters(FilterPresets.eightD()));
    fake.clock().advance(Duration.ofSeconds(30));
    return store;
  }

  @Test
  void snapshot_containsSessionsPlayersQueuesAndUserData() throws Exception {
    playing();

    JsonObject snapshot = JsonParser.parseString(first.snapshot()).getAsJsonObject();

    assertThat(snapshot.get("version").getAsInt()).isEqualTo(1);
    assertThat(snapshot.getAsJsonArray("nodes").get(0).getAsJsonObject().get("sessionId").getAsString())
        .isEqualTo(first.nodes().get(0).sessionId());
    JsonObject player = snapshot.getAsJsonArray("players").get(0).getAsJsonObject();
    assertThat(player.get("guildId").getAsString()).isEqualTo("42");
    assertThat(player.get("channelId").getAsString()).isEqualTo("777");
    assertThat(player.getAsJsonObject("track").getAsJsonObject("userData").get("requester").getAsString())
        .isEqualTo("u-now");
    assertThat(player.get("position").getAsLong()).isEqualTo(30_000);
    assertThat(player.get("volume").getAsInt()).isEqualTo(70);
    assertThat(player.get("endTime").getAsLong()).isEqualTo(500_000);
    assertThat(player.getAsJsonObject("filters").has("rotation")).isTrue();
    assertThat(player.getAsJsonArray("queue")).hasSize(2);
    assertThat(player.get("repeatMode").getAsString()).isEqualTo("QUEUE");
  }

  @Test
  void restart_withinTheResumeTimeout_takesThePlayersOverAsTheyAre() throws Exception {
    FileStateStore store = playing();
    String session = first.nodes().get(0).sessionId();
    first.close();
    first = null;
    await().atMost(IO_TIMEOUT).until(() -> fake.session(session).orElseThrow().paused());
    fake.clock().advance(Duration.ofSeconds(10));
    long patchesBefore = playerPatches();

    second = client(store);

    assertThat(second.nodes().get(0).sessionId()).isEqualTo(session);
    Player player = second.existingPlayer(GUILD).orElseThrow();
    assertThat(player.originalTrack().userData().getString("requester")).isEqualTo("u-now");
    assertThat(player.queue().snapshot()).extracting(track -> track.info().identifier()).containsExactly("q1", "q2");
    assertThat(player.queue().repeatMode()).isEqualTo(RepeatMode.QUEUE);
    assertThat(player.volume()).isEqualTo(70);
    assertThat(playerPatches()).isEqualTo(patchesBefore);
    assertThat(fake.session(session).orElseThrow().player(GUILD).orElseThrow().trackInfo().identifier())
        .isEqualTo("now");
  }

  /**
   * The node still plays the track a restarted bot took over; its end event carries the track
   * from the snapshot, with its user data, even when the answer that stops it comes first.
   */
  @Test
  void restart_withinTheResumeTimeout_theTakenOverTracksEndCarriesItsOriginal() throws Exception {
    FileStateStore store = playing();
    String session = first.nodes().get(0).sessionId();
    first.close();
    first = null;
    await().atMost(IO_TIMEOUT).until(() -> fake.session(session).orElseThrow().paused());
    second = client(store);
    List<TrackEndEvent> ends = new CopyOnWriteArrayList<>();
    second.on(TrackEndEvent.class, ends::add);
    Player player = second.existingPlayer(GUILD).orElseThrow();
    Track taken = player.originalTrack();

    fake.holdWebSocketMessages(true);
    join(player.stop());
    assertThat(player.originalTrack()).isNull();
    fake.holdWebSocketMessages(false);

    await().atMost(IO_TIMEOUT).until(() -> ends.size() == 1);
    assertThat(ends.get(0).reason()).isEqualTo(TrackEndReason.STOPPED);
    assertThat(ends.get(0).original()).isSameAs(taken);
    assertThat(ends.get(0).original().userData().getString("requester")).isEqualTo("u-now");
  }

  @Test
  void restart_fromASnapshotOlderThanTheNode_dropsTheOriginalOfTheTrackNoLongerPlaying()
      throws Exception {
    playing();
    // A crash between a change and its save, which comes a few seconds later, leaves the
    // snapshot of before the change.
    String older = first.snapshot();
    join(first.player(GUILD).play(track("newer")));
    String session = first.nodes().get(0).sessionId();
    first.close();
    first = null;
    await().atMost(IO_TIMEOUT).until(() -> fake.session(session).orElseThrow().paused());

    second = client(new FixedStore(older));
    assertThat(second.nodes().get(0).sessionId()).isEqualTo(session);
    Player player = second.existingPlayer(GUILD).orElseThrow();
    assertThat(player.originalTrack().info().identifier()).isEqualTo("now");
    // The node's answer tells the player what it really plays.
    join(player.setVolume(50));

    assertThat(player.track().info().identifier()).isEqualTo("newer");
    assertThat(player.originalTrack()).isNull();
    JsonObject saved = JsonParser.parseString(second.snapshot()).getAsJsonObject()
        .getAsJsonArray("players").get(0).getAsJsonObject();
    assertThat(saved.getAsJsonObject("track").getAsJsonObject("info").get("identifier").getAsString())
        .isEqualTo("newer");
  }

  @Test
  void restart_afterTheResumeTimeout_recreatesThePlayersFromTheSnapshot() throws Exception {
    FileStateStore store = playing();
    String oldSession = first.nodes().get(0).sessionId();
    first.close();
    first = null;
    // The resume timeout starts when the node has seen the socket close.
    await().atMost(IO_TIMEOUT).until(() -> fake.session(oldSession).orElseThrow().paused());
    fake.clock().advance(Duration.ofSeconds(61));
    await().atMost(IO_TIMEOUT).until(() -> fake.session(oldSession).isEmpty());

    second = client(store);

    String newSession = second.nodes().get(0).sessionId();
    assertThat(newSession).isNotEqualTo(oldSession);
    await().atMost(IO_TIMEOUT).until(() -> fake.session(newSession).flatMap(s -> s.player(GUILD)).isPresent()
        && fake.session(newSession).flatMap(s -> s.player(GUILD)).get().encodedTrack() != null);
    FakePlayer recreated = fake.session(newSession).orElseThrow().player(GUILD).orElseThrow();
    assertThat(recreated.trackInfo().identifier()).isEqualTo("now");
    assertThat(recreated.position()).isEqualTo(30_000);
    assertThat(recreated.volume()).isEqualTo(70);
    assertThat(recreated.endTime()).isEqualTo(500_000);
    assertThat(recreated.userData().get("requester").getAsString()).isEqualTo("u-now");
    assertThat(recreated.filters().has("rotation")).isTrue();
    assertThat(recreated.voice().get("channelId").getAsString()).isEqualTo("777");
    Player player = second.existingPlayer(GUILD).orElseThrow();
    assertThat(player.queue().size()).isEqualTo(2);
  }

  @Test
  void restart_withCorruptSnapshot_startsWithoutPlayersAndSaysWhy() throws Exception {
    Path file = directory.resolve("state.json");
    Files.writeString(file, "{\"format\":\"tonearm-state\",\"version\":1,\"nodes\":[{\"name\":");
    ListAppender<ILoggingEvent> logs = captureLogs();

    second = client(new FileStateStore(file));

    assertThat(second.players()).isEmpty();
    assertThat(second.nodes().get(0).state()).isEqualTo(NodeState.CONNECTED);
    assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
        .contains("Ignoring the saved state").contains("snapshot is corrupt"));
  }

  @Test
  void restart_withSnapshotOfAnotherVersion_startsWithoutPlayersAndSaysWhy() throws Exception {
    Path file = directory.resolve("state.json");
    Files.writeString(file, "{\"format\":\"tonearm-state\",\"version\":99,\"nodes\":[],\"players\":[]}");
    ListAppender<ILoggingEvent> logs = captureLogs();

    second = client(new FileStateStore(file));

    assertThat(second.players()).isEmpty();
    assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
        .contains("snapshot version 99 cannot be read by this Tonearm, which reads version 1"));
  }

  @Test
  void changes_areSavedAfterAShortDelay() throws Exception {
    FileStateStore store = new FileStateStore(directory.resolve("state.json"));
    first = client(store);
    first.player(GUILD).queue().add(track("later"));

    fake.clock().advance(Duration.ofSeconds(2));

    assertThat(store.load()).hasValueSatisfying(json -> assertThat(json).contains("later"));
  }

  /** A store that holds one snapshot and forgets what is saved to it. */
  private record FixedStore(String snapshot) implements StateStore {
    @Override
    public java.util.Optional<String> load() {
      return java.util.Optional.of(snapshot);
    }

    @Override
    public void save(String ignored) {}
  }

  private static <T> T join(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(IO_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private long playerPatches() {
    return fake.calls().stream().filter(call -> call.method().equals("PATCH") && call.path().contains("/players/")).count();
  }

  private static ListAppender<ILoggingEvent> captureLogs() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.tonearm");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }
}
