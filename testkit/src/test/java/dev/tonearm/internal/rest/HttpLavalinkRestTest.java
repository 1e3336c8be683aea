package dev.tonearm.internal.rest;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.TransportKind;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeInfo;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.VoiceState;
import dev.tonearm.json.JsonView;
import dev.tonearm.rest.LavalinkPlayer;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.rest.SessionSettings;
import dev.tonearm.rest.SessionUpdate;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.RecordedCall;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TransportKind.class)
class HttpLavalinkRestTest {
  private static final long GUILD = 817327181659111454L;
  private static final TrackInfo SONG = new TrackInfo("song-1", true, "Artist", 180_000, false, 0,
      "A Song", "https://example.com/song-1", null, "ISRC00000001", "youtube");
  private static final VoiceState VOICE = new VoiceState("token", "c-fra05-1234.discord.media:443",
      "voice-session", "123456789012345678");

  @Parameter
  TransportKind transport;

  private FakeLavalink fake;
  private Lavalink lavalink;
  private LavalinkRest rest;
  private String sessionId;

  @BeforeEach
  void start() {
    fake = FakeLavalink.start();
    fake.catalog().add(SONG);
    lavalink = TestLavalink.connect(fake,
        builder -> transport.configure(builder.timeouts(Duration.ofSeconds(5), Duration.ofMillis(500))));
    Node node = lavalink.nodes().get(0);
    rest = node.rest();
    sessionId = node.sessionId();
  }

  @AfterEach
  void stop() {
    lavalink.close();
    fake.close();
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
      throw new AssertionError("the future did not fail but " + e, e);
    }
    throw new AssertionError("the future succeeded");
  }

  private static LavalinkRestException restFailure(CompletableFuture<?> future) {
    return (LavalinkRestException) assertThat(failure(future))
        .isInstanceOf(LavalinkRestException.class).actual();
  }

  @Test
  void loadTracks_knownIdentifier_givesTheTrackWithItsRealEncoding() throws Exception {
    LoadResult result = join(rest.loadTracks("song-1"));

    assertThat(result).asInstanceOf(type(LoadResult.TrackLoaded.class)).satisfies(loaded -> {
      assertThat(loaded.track().info()).isEqualTo(SONG);
      assertThat(TrackCodec.decodeInfo(loaded.track().encoded())).isEqualTo(SONG);
    });
  }

  @Test
  void loadTracks_unknownIdentifier_givesEmpty() throws Exception {
    assertThat(join(rest.loadTracks("no-such-thing-anywhere"))).isEqualTo(new LoadResult.Empty());
  }

  @Test
  void loadTracks_identifierWithSpacesAndUnicode_isSentEncoded() throws Exception {
    join(rest.loadTracks("ytsearch:naïve & café?"));

    RecordedCall call = last("/v4/loadtracks");
    assertThat(call.queryParameter("identifier")).isEqualTo("ytsearch:naïve & café?");
  }

  @Test
  void loadTracks_failingIdentifier_givesFailedResultNotAFailedFuture() throws Exception {
    fake.catalog().addFailure("broken", "This video is unavailable", "common", "java.lang.Exception: gone");

    LoadResult result = join(rest.loadTracks("broken"));

    assertThat(result).asInstanceOf(type(LoadResult.Failed.class))
        .extracting(failed -> failed.error().message()).isEqualTo("This video is unavailable");
  }

  @Test
  void decodeTrack_realEncoding_givesTrack() throws Exception {
    String encoded = TrackCodec.encode(SONG);

    Track track = join(rest.decodeTrack(encoded));

    assertThat(track.encoded()).isEqualTo(encoded);
    assertThat(track.info()).isEqualTo(SONG);
  }

  @Test
  void decodeTrack_invalidEncoding_failsWith500() {
    LavalinkRestException e = restFailure(rest.decodeTrack("not-a-track"));

    assertThat(e.status()).isEqualTo(500);
  }

  @Test
  void decodeTracks_several_keepsOrder() throws Exception {
    TrackInfo other = SONG.withPosition(0);
    List<Track> tracks = join(rest.decodeTracks(List.of(TrackCodec.encode(SONG), TrackCodec.encode(
        new TrackInfo("b", true, "B", 1, false, 0, "B", null, null, null, "soundcloud")))));

    assertThat(tracks).extracting(track -> track.info().identifier()).containsExactly(other.identifier(), "b");
  }

  @Test
  void decodeTracks_empty_isRejectedBeforeSending() {
    assertThatThrownBy(() -> rest.decodeTracks(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }

  @Test
  void updatePlayer_newPlayer_createsItAndAnswersWithIt() throws Exception {
    LavalinkPlayer player = join(rest.updatePlayer(sessionId, GUILD,
        PlayerUpdate.builder().encodedTrack(TrackCodec.encode(SONG)).volume(80).voice(VOICE).build()));

    assertThat(player.guildId()).isEqualTo(Long.toString(GUILD));
    assertThat(player.track()).isNotNull();
    assertThat(player.track().info().identifier()).isEqualTo("song-1");
    assertThat(player.volume()).isEqualTo(80);
    assertThat(player.voice()).isEqualTo(VOICE);
    assertThat(player.state().connected()).isTrue();
  }

  @Test
  void updatePlayer_volumeOnly_sendsOnlyVolume() throws Exception {
    join(rest.updatePlayer(sessionId, GUILD, PlayerUpdate.builder().volume(55).build()));

    assertThat(last("/v4/sessions/" + sessionId + "/players/" + GUILD).body()).isEqualTo("{\"volume\":55}");
  }

  @Test
  void updatePlayer_userData_survivesTheRoundTrip() throws Exception {
    JsonView userData = JsonView.parse("{\"requester\":\"42\",\"nested\":{\"pi\":3.14159}}");
    Track track = Track.of(TrackCodec.encode(SONG), SONG).withUserData(userData);

    LavalinkPlayer player = join(rest.updatePlayer(sessionId, GUILD, PlayerUpdate.builder().track(track).build()));

    assertThat(player.track().userData()).isEqualTo(userData);
  }

  @Test
  void updatePlayer_noReplaceWithPlayingTrack_keepsTheTrack() throws Exception {
    String first = TrackCodec.encode(SONG);
    fake.catalog().add(new TrackInfo("song-2", true, "B", 1000, false, 0, "Other", null, null, null, "youtube"));
    join(rest.updatePlayer(sessionId, GUILD, PlayerUpdate.builder().encodedTrack(first).build()));

    LavalinkPlayer player = join(rest.updatePlayer(sessionId, GUILD,
        PlayerUpdate.builder().identifier("song-2").noReplace(true).build()));

    assertThat(player.track().info().identifier()).isEqualTo("song-1");
    assertThat(last("/v4/sessions/" + sessionId + "/players/" + GUILD).queryParameter("noReplace")).isEqualTo("true");
  }

  @Test
  void getPlayer_unknownGuild_isPlayerNotFound() {
    LavalinkRestException e = restFailure(rest.getPlayer(sessionId, 42));

    assertThat(e.isPlayerNotFound()).isTrue();
    assertThat(e.isSessionNotFound()).isFalse();
  }

  @Test
  void getPlayer_unknownSession_isSessionNotFound() {
    LavalinkRestException e = restFailure(rest.getPlayer("abcdefghijklmnop", GUILD));

    assertThat(e.isSessionNotFound()).isTrue();
    assertThat(e.path()).isEqualTo("/v4/sessions/abcdefghijklmnop/players/" + GUILD);
  }

  @Test
  void getPlayers_afterUpdate_listsThePlayer() throws Exception {
    join(rest.updatePlayer(sessionId, GUILD, PlayerUpdate.builder().volume(70).build()));

    assertThat(join(rest.getPlayers(sessionId))).extracting(LavalinkPlayer::guildId).containsExactly(Long.toString(GUILD));
    assertThat(join(rest.getPlayer(sessionId, GUILD)).volume()).isEqualTo(70);
  }

  @Test
  void destroyPlayer_existingAndMissing_bothSucceed() throws Exception {
    join(rest.updatePlayer(sessionId, GUILD, PlayerUpdate.builder().volume(70).build()));

    join(rest.destroyPlayer(sessionId, GUILD));
    join(rest.destroyPlayer(sessionId, GUILD));

    assertThat(join(rest.getPlayers(sessionId))).isEmpty();
  }

  @Test
  void updateSession_readOnly_givesTheSettingsTheNodeHolds() throws Exception {
    SessionSettings settings = join(rest.updateSession(sessionId, SessionUpdate.readOnly()));

    assertThat(settings).isEqualTo(new SessionSettings(true, Duration.ofSeconds(60)));
  }

  @Test
  void updateSession_newTimeout_isConfirmed() throws Exception {
    SessionSettings settings = join(rest.updateSession(sessionId, SessionUpdate.enableResuming(Duration.ofSeconds(300))));

    assertThat(settings).isEqualTo(new SessionSettings(true, Duration.ofSeconds(300)));
  }

  @Test
  void info_givesTheFakesVersion() throws Exception {
    NodeInfo info = join(rest.info());

    assertThat(info.version().semver()).isEqualTo("4.2.2");
    assertThat(info.version().isAtLeast(4, 2)).isTrue();
  }

  @Test
  void version_givesTheBareVersion() throws Exception {
    assertThat(join(rest.version())).isEqualTo("4.2.2");
  }

  @Test
  void stats_givesStatsWithoutFrameStats() throws Exception {
    NodeStats stats = join(rest.stats());

    assertThat(stats.frameStats()).isNull();
    assertThat(stats.cpu().cores()).isPositive();
  }

  @Test
  void routePlannerStatus_noPlanner_isEmpty() throws Exception {
    assertThat(join(rest.routePlannerStatus())).isEmpty();
  }

  @Test
  void freeAddress_noPlanner_failsWithTheServersMessage() {
    LavalinkRestException e = restFailure(rest.freeAddress("1.0.0.1"));

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.serverMessage()).isEqualTo("Can't access disabled route planner");
  }

  @Test
  void freeAllAddresses_noPlanner_failsWith500() {
    assertThat(restFailure(rest.freeAllAddresses()).status()).isEqualTo(500);
  }

  @Test
  void anyCall_serverError_failsWithStatusAndMessage() {
    fake.failNextRequests(1, 429, "Slow down");

    LavalinkRestException e = restFailure(rest.info());

    assertThat(e.status()).isEqualTo(429);
    assertThat(e.serverMessage()).isEqualTo("Slow down");
  }

  @Test
  void anyCall_stalledServer_failsWithTimeoutWithinTheReadTimeout() {
    fake.stallNextRequests(1);

    assertThat(failure(rest.stats())).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void anyCall_stalledVoiceUpdate_doesNotBlockOtherCalls() throws Exception {
    fake.stallNextRequests(1);
    CompletableFuture<LavalinkPlayer> stalled = rest.updatePlayer(sessionId, GUILD,
        PlayerUpdate.builder().voice(VOICE).build());
    org.awaitility.Awaitility.await().atMost(IO_TIMEOUT)
        .until(() -> fake.calls().stream().anyMatch(call -> call.body().contains("\"voice\"")));

    assertThat(join(rest.version())).isEqualTo("4.2.2");
    assertThat(failure(stalled)).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void anyCall_wrongPassword_failsWithAuthenticationError() throws Exception {
    try (Lavalink wrong = Lavalink.builder(TestLavalink.USER_ID).scheduler(fake.clock())
        .node(dev.tonearm.node.NodeOptions.builder("wrong", fake.uri(), "not-the-password").build())
        .build()) {
      LavalinkRestException e = restFailure(wrong.nodes().get(0).rest().info());

      assertThat(e.isAuthenticationFailure()).isTrue();
      assertThat(e.status()).isEqualTo(403);
      assertThat(e.getMessage()).doesNotContain("not-the-password");
    }
  }

  private RecordedCall last(String path) {
    List<RecordedCall> calls = fake.calls().stream().filter(call -> call.path().equals(path)).toList();
    assertThat(calls).as("calls to %s", path).isNotEmpty();
    return calls.get(calls.size() - 1);
  }

  @Test
  void call_anyRoute_answersItsJson() throws Exception {
    JsonView info = join(rest.call("GET", "/v4/info", null));

    assertThat(info.getString("version.semver")).isEqualTo(fake.version());
  }

  @Test
  void call_routeTheNodeDoesNotHave_failsWithRestException() {
    LavalinkRestException error = restFailure(rest.call("GET", "/v4/lyrics?track=x", null));

    assertThat(error.status()).isEqualTo(404);
  }

  @Test
  void call_pathWithoutSlashOrUnknownMethod_throwsNamingIt() {
    assertThatThrownBy(() -> rest.call("GET", "v4/info", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v4/info'");
    assertThatThrownBy(() -> rest.call("TRACE", "/v4/info", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'TRACE'");
  }
}
