package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Ws;
import dev.tonearm.track.TrackCodec;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlaybackTest {
  private static final long GUILD = 1_000_000_000_000_000_001L;
  private static final long START_MILLIS = 1_767_225_600_000L;
  private static final String VOICE = "{\"voice\":{\"token\":\"tok\","
      + "\"endpoint\":\"e.discord.media\",\"sessionId\":\"vs\",\"channelId\":\"42\"}}";

  private FakeLavalink lavalink;
  private TestClient client;
  private Ws ws;
  private FakeSession session;
  private String path;

  /** Starts a node whose stats come only once an hour, so they stay out of the way. */
  private void start() {
    start(FakeLavalink.builder().statsInterval(Duration.ofHours(1)));
  }

  private void start(FakeLavalink.Builder builder) {
    lavalink = builder.start();
    client = new TestClient(lavalink);
    ws = client.connectReady(1);
    session = lavalink.awaitSession(TestClient.WAIT);
    path = "/v4/sessions/" + session.id() + "/players/" + GUILD;
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (lavalink != null) {
      lavalink.close();
    }
  }

  private void connectVoice() {
    assertThat(client.patch(path, VOICE).code()).isEqualTo(200);
    ws.expect("playerUpdate");
  }

  /** Plays a catalog track and reads the start event and the player update that follows. */
  private JsonObject play(String identifier) {
    return play("{\"track\":{\"identifier\":\"" + identifier + "\"}}", true);
  }

  private JsonObject play(String body, boolean readStart) {
    JsonObject player = client.patch(path, body).json();
    if (readStart) {
      ws.expectEvent("TrackStartEvent");
      ws.expect("playerUpdate");
    }
    return player;
  }

  private void advance(Duration amount) {
    lavalink.clock().advance(amount);
  }

  private FakePlayer player() {
    return session.player(GUILD).orElseThrow();
  }

  private static long position(JsonObject playerUpdate) {
    return playerUpdate.getAsJsonObject("state").get("position").getAsLong();
  }

  private static long time(JsonObject playerUpdate) {
    return playerUpdate.getAsJsonObject("state").get("time").getAsLong();
  }

  private static JsonObject info(JsonObject event) {
    return event.getAsJsonObject("track").getAsJsonObject("info");
  }

  @Test
  void play_withVoice_startEventUpdateThenPositionAdvancesWithVirtualTime() {
    start();
    connectVoice();

    client.patch(path, "{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK + "\"}}");
    JsonObject startEvent = ws.expectEvent("TrackStartEvent");
    JsonObject firstUpdate = ws.expect("playerUpdate");
    advance(Duration.ofSeconds(10));

    assertThat(startEvent.get("guildId").getAsString()).isEqualTo(Long.toString(GUILD));
    assertThat(info(startEvent).get("position").getAsLong()).isZero();
    assertThat(position(firstUpdate)).isZero();
    JsonObject at5 = ws.expect("playerUpdate");
    JsonObject at10 = ws.expect("playerUpdate");
    assertThat(position(at5)).isEqualTo(5000);
    assertThat(time(at5)).isEqualTo(START_MILLIS + 5000);
    assertThat(position(at10)).isEqualTo(10_000);
    assertThat(at10.getAsJsonObject("state").get("connected").getAsBoolean()).isTrue();
    ws.expectNothingMore(session);
    JsonObject rest = client.get(path).json();
    assertThat(rest.getAsJsonObject("state").get("position").getAsLong()).isEqualTo(10_000);
    assertThat(rest.getAsJsonObject("track").getAsJsonObject("info").get("position").getAsLong())
        .isEqualTo(10_000);
    assertThat(player().position()).isEqualTo(10_000);
  }

  @Test
  void play_afterTime_trackEncodingCarriesCurrentPosition() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    advance(Duration.ofSeconds(7));

    String current = player().track().get("encoded").getAsString();
    assertThat(TrackCodec.decode(current).info().position()).isEqualTo(7000);
    assertThat(player().encodedTrack())
        .isEqualTo(lavalink.catalog().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow());
    assertThat(player().trackInfo().position()).isEqualTo(7000);
  }

  @Test
  void play_withoutVoice_positionStaysZeroAndUpdatesSayDisconnected() {
    start();
    play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    advance(Duration.ofSeconds(40));

    for (int i = 1; i <= 8; i++) {
      JsonObject update = ws.expect("playerUpdate");
      assertThat(position(update)).isZero();
      assertThat(update.getAsJsonObject("state").get("connected").getAsBoolean()).isFalse();
      assertThat(update.getAsJsonObject("state").get("ping").getAsLong()).isEqualTo(-1);
    }
    ws.expectNothingMore(session);
    assertThat(player().encodedTrack()).isNotNull();
  }

  @Test
  void play_withoutVoice_cleanedUpAtTheFirstCheckAMinuteLater() {
    start();
    advance(Duration.ofSeconds(3));
    play(FakeCatalog.YOUTUBE_LONG_TRACK);

    // Started at 3 s of uptime: unread since then, so the check at 70 s cleans it up, not 63 s.
    advance(Duration.ofSeconds(66));
    assertThat(player().encodedTrack()).isNotNull();
    advance(Duration.ofSeconds(1));

    assertThat(player().encodedTrack()).isNull();
    for (int i = 1; i <= 13; i++) {
      ws.expect("playerUpdate");
    }
    JsonObject end = ws.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("cleanup");
    assertThat(info(end).get("uri").getAsString()).isEqualTo(FakeCatalog.YOUTUBE_LONG_TRACK);
    ws.expectNothingMore(session);
  }

  @Test
  void play_withVoicePausedForAnHour_neverCleanedUp() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_LONG_TRACK);
    client.patch(path, "{\"paused\":true}");

    advance(Duration.ofHours(1));

    assertThat(player().encodedTrack()).isNotNull();
    assertThat(player().paused()).isTrue();
  }

  @Test
  void emitWebSocketClosed_trackLoaded_cleanedUpAMinuteAfterVoiceWentAway() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_LONG_TRACK);
    advance(Duration.ofSeconds(30));

    session.emitWebSocketClosed(GUILD, 4006, "Your session is no longer valid.", true);
    advance(Duration.ofSeconds(59));
    assertThat(player().encodedTrack()).isNotNull();
    advance(Duration.ofSeconds(1));

    assertThat(player().encodedTrack()).isNull();
  }

  @Test
  void play_playWithoutVoiceOption_positionAdvancesAndTrackFinishes() {
    start(FakeLavalink.builder().playWithoutVoice(true).statsInterval(Duration.ofHours(1)));
    play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    advance(Duration.ofSeconds(12));

    assertThat(player().position()).isEqualTo(12_000);
    advance(Duration.ofSeconds(20));
    assertThat(player().encodedTrack()).isNull();
  }

  @Test
  void pause_playingTrack_freezesPositionWhileUpdatesContinue() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    advance(Duration.ofSeconds(3));

    client.patch(path, "{\"paused\":true}");
    advance(Duration.ofSeconds(10));

    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(3000);
    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(3000);
    assertThat(player().position()).isEqualTo(3000);
    client.patch(path, "{\"paused\":false}");
    advance(Duration.ofSeconds(2));
    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(5000);
  }

  @Test
  void track_reachesLength_finishedEventThenNoMoreUpdates() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    advance(Duration.ofSeconds(31));

    for (int i = 1; i <= 5; i++) {
      assertThat(position(ws.expect("playerUpdate"))).isEqualTo(i * 5000L);
    }
    JsonObject end = ws.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("finished");
    assertThat(info(end).get("position").getAsLong()).isEqualTo(30_000);
    advance(Duration.ofSeconds(20));
    ws.expectNothingMore(session);
    assertThat(player().encodedTrack()).isNull();
    assertThat(client.get(path).json().get("track").isJsonNull()).isTrue();
  }

  @Test
  void endTime_reached_finishedAtEndTime() {
    start();
    connectVoice();
    play("{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK + "\"},\"endTime\":7000}",
        true);

    advance(Duration.ofSeconds(8));

    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(5000);
    JsonObject end = ws.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("finished");
    assertThat(info(end).get("position").getAsLong()).isEqualTo(7000);
  }

  @Test
  void endTime_setBehindPosition_endsOnNextClockStep() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    advance(Duration.ofSeconds(6));
    ws.expect("playerUpdate");

    client.patch(path, "{\"endTime\":2000}");
    ws.expectNothingMore(session);
    lavalink.clock().runDueTasks();

    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("finished");
  }

  @Test
  void play_whilePlaying_replacedEndThenStartThenUpdate() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    advance(Duration.ofSeconds(4));

    JsonObject player = play("{\"track\":{\"identifier\":\"" + FakeCatalog.SOUNDCLOUD_TRACK
        + "\"}}", false);

    JsonObject end = ws.expectEvent("TrackEndEvent");
    assertThat(end.get("reason").getAsString()).isEqualTo("replaced");
    assertThat(info(end).get("identifier").getAsString()).isEqualTo("dQw4w9WgXcQ");
    assertThat(info(end).get("position").getAsLong()).isEqualTo(4000);
    assertThat(info(ws.expectEvent("TrackStartEvent")).get("sourceName").getAsString())
        .isEqualTo("soundcloud");
    assertThat(position(ws.expect("playerUpdate"))).isZero();
    assertThat(player.getAsJsonObject("track").getAsJsonObject("info").get("title").getAsString())
        .isEqualTo("Night Drive");
    advance(Duration.ofSeconds(5));
    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(5000);
  }

  @Test
  void delete_playingPlayer_stoppedEventAndNoMoreUpdates() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    assertThat(client.delete(path).code()).isEqualTo(204);

    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("stopped");
    advance(Duration.ofSeconds(30));
    ws.expectNothingMore(session);
    assertThat(session.player(GUILD)).isEmpty();
    assertThat(client.get(path).code()).isEqualTo(404);
  }

  @Test
  void seek_playingTrack_updateWithNewPositionThenAdvances() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    client.patch(path, "{\"position\":60000}");

    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(60_000);
    advance(Duration.ofSeconds(1));
    assertThat(player().position()).isEqualTo(61_000);
  }

  @Test
  void seek_pastEnd_trackEndsOnNextClockStep() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    client.patch(path, "{\"position\":45000}");

    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(30_000);
    lavalink.clock().runDueTasks();
    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("finished");
  }

  @Test
  void seek_withoutTrack_nothingHappens() {
    start();
    client.patch(path, "{}");

    client.patch(path, "{\"position\":1000}");

    ws.expectNothingMore(session);
    assertThat(player().position()).isZero();
  }

  @Test
  void stream_hoursLater_stillPlayingAndSeekIgnored() {
    start(FakeLavalink.builder().statsInterval(Duration.ofHours(10))
        .playerUpdateInterval(Duration.ofHours(10)));
    connectVoice();
    play(FakeCatalog.STREAM);

    advance(Duration.ofHours(2));
    client.patch(path, "{\"position\":1000}");

    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(7_200_000);
    assertThat(player().position()).isEqualTo(7_200_000);
    assertThat(player().trackInfo().length()).isEqualTo(Long.MAX_VALUE);
    assertThat(player().track().getAsJsonObject("info").get("isSeekable").getAsBoolean())
        .isFalse();
  }

  @Test
  void timescale_doubleSpeed_positionAdvancesTwiceAsFast() {
    start(FakeLavalink.builder().statsInterval(Duration.ofHours(1))
        .playerUpdateInterval(Duration.ofHours(1)));
    connectVoice();
    play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    client.patch(path, "{\"filters\":{\"timescale\":{\"speed\":2.0}}}");
    ws.expect("playerUpdate");

    advance(Duration.ofSeconds(10));
    assertThat(player().position()).isEqualTo(20_000);

    advance(Duration.ofSeconds(5));
    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("finished");
  }

  @Test
  void stats_everyInterval_countPlayersAcrossSessionsAndFrameStats() {
    start(FakeLavalink.builder().playerUpdateInterval(Duration.ofHours(1)));
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    Ws other = client.connectReady(2);
    FakeSession otherSession = lavalink.sessions().stream()
        .filter(s -> !s.id().equals(session.id())).findFirst().orElseThrow();
    client.patch("/v4/sessions/" + otherSession.id() + "/players/9", "{\"paused\":true}");

    advance(Duration.ofSeconds(60));

    JsonObject stats = ws.expect("stats");
    assertThat(stats.get("players").getAsInt()).isEqualTo(2);
    assertThat(stats.get("playingPlayers").getAsInt()).isEqualTo(1);
    assertThat(stats.get("uptime").getAsLong()).isEqualTo(60_000);
    assertThat(stats.getAsJsonObject("frameStats"))
        .isEqualTo(Json.object("{\"sent\":3000,\"nulled\":0,\"deficit\":0}"));
    JsonObject otherStats = other.expect("stats");
    assertThat(otherStats.get("players").getAsInt()).isEqualTo(2);
    assertThat(otherStats.get("frameStats").isJsonNull()).isTrue();
    advance(Duration.ofSeconds(59));
    ws.expectNothingMore(session);
    advance(Duration.ofSeconds(1));
    assertThat(ws.expect("stats").get("uptime").getAsLong()).isEqualTo(120_000);
  }

  @Test
  void connect_statsBeforeReadyOption_statsComesFirst() {
    lavalink = FakeLavalink.builder().statsBeforeReady(true).start();
    client = new TestClient(lavalink);

    Ws socket = client.connect(5);

    JsonObject stats = socket.expect("stats");
    assertThat(stats.get("players").getAsInt()).isZero();
    socket.expect("ready");
  }

  @Test
  void sendStats_now_extraStatsMessage() {
    start();

    session.sendStats();

    assertThat(ws.expect("stats").has("memory")).isTrue();
  }

  @Test
  void emitTrackException_playingTrack_eventWithExceptionAndTrackKeepsPlaying() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    session.emitTrackException(GUILD, "Something broke", "suspicious",
        "java.io.IOException: broken pipe");

    JsonObject event = ws.expectEvent("TrackExceptionEvent");
    JsonObject exception = event.getAsJsonObject("exception");
    assertThat(exception.get("message").getAsString()).isEqualTo("Something broke");
    assertThat(exception.get("severity").getAsString()).isEqualTo("suspicious");
    assertThat(exception.get("cause").getAsString()).isEqualTo("java.io.IOException: broken pipe");
    assertThat(exception.get("causeStackTrace").getAsString())
        .startsWith("java.io.IOException: broken pipe\n\tat ");
    assertThat(info(event).get("identifier").getAsString()).isEqualTo("dQw4w9WgXcQ");
    assertThat(player().encodedTrack()).isNotNull();
  }

  @Test
  void failTrack_beforeAudio_exceptionThenLoadFailed() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    session.failTrack(GUILD, "Video unavailable", "common", "java.lang.Exception: gone");

    ws.expectEvent("TrackExceptionEvent");
    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString())
        .isEqualTo("loadFailed");
    assertThat(player().encodedTrack()).isNull();
  }

  @Test
  void failTrack_afterAudio_exceptionThenFinished() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    advance(Duration.ofSeconds(2));

    session.failTrack(GUILD, "Read timed out", "fault", "java.net.SocketTimeoutException");

    ws.expectEvent("TrackExceptionEvent");
    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("finished");
  }

  @Test
  void emitTrackStuck_playingTrack_eventThenPlayerUpdate() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);

    session.emitTrackStuck(GUILD, 10_000);

    assertThat(ws.expectEvent("TrackStuckEvent").get("thresholdMs").getAsLong())
        .isEqualTo(10_000);
    ws.expect("playerUpdate");
  }

  @Test
  void emitWebSocketClosed_connectedPlayer_eventUpdateDisconnectedAndIdenticalVoiceReconnects() {
    start();
    connectVoice();
    play(FakeCatalog.YOUTUBE_TRACK);
    advance(Duration.ofSeconds(2));

    session.emitWebSocketClosed(GUILD, 4006, "Your session is no longer valid.", true);

    JsonObject event = ws.expectEvent("WebSocketClosedEvent");
    assertThat(event.get("code").getAsInt()).isEqualTo(4006);
    assertThat(event.get("reason").getAsString()).isEqualTo("Your session is no longer valid.");
    assertThat(event.get("byRemote").getAsBoolean()).isTrue();
    assertThat(event.has("track")).isFalse();
    JsonObject update = ws.expect("playerUpdate");
    assertThat(update.getAsJsonObject("state").get("connected").getAsBoolean()).isFalse();
    advance(Duration.ofSeconds(3));
    assertThat(player().position()).isEqualTo(2000);
    assertThat(position(ws.expect("playerUpdate"))).isEqualTo(2000);
    client.patch(path, VOICE);
    assertThat(ws.expect("playerUpdate").getAsJsonObject("state").get("connected")
        .getAsBoolean()).isTrue();
    assertThat(player().connected()).isTrue();
  }

  @Test
  void emitEvent_pluginEvent_sentWithExtraFields() {
    start();

    session.emitEvent(GUILD, "SegmentSkipped",
        Json.object("{\"segment\":{\"category\":\"sponsor\",\"start\":1000,\"end\":5000}}"));

    JsonObject event = ws.expectEvent("SegmentSkipped");
    assertThat(event.get("guildId").getAsString()).isEqualTo(Long.toString(GUILD));
    assertThat(event.getAsJsonObject("segment").get("category").getAsString())
        .isEqualTo("sponsor");
  }

  @Test
  void emitMethods_noPlayerOrNoTrack_throwIllegalState() {
    start();

    assertThatThrownBy(() -> session.emitTrackStuck(GUILD, 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no player");
    client.patch(path, "{}");
    assertThatThrownBy(() -> session.emitTrackException(GUILD, "m", "common", "c"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no track");
  }
}
