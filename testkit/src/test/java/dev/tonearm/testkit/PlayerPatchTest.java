package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Reply;
import dev.tonearm.testkit.TestClient.Ws;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlayerPatchTest {
  private static final long GUILD = 817_327_181_659_111_454L;
  private static final String VOICE =
      "{\"token\":\"tok\",\"endpoint\":\"eu.discord.media\",\"sessionId\":\"vs\","
          + "\"channelId\":\"123456789\"}";

  private FakeLavalink lavalink;
  private TestClient client;
  private Ws ws;
  private FakeSession session;
  private String path;

  @BeforeEach
  void start() {
    lavalink = FakeLavalink.start();
    client = new TestClient(lavalink);
    ws = client.connectReady(1);
    session = lavalink.awaitSession(TestClient.WAIT);
    path = "/v4/sessions/" + session.id() + "/players/" + GUILD;
  }

  @AfterEach
  void stop() {
    client.close();
    lavalink.close();
  }

  private Reply patch(String body) {
    return client.patch(path, body);
  }

  private Reply patch(String query, String body) {
    return client.patch(path + query, body);
  }

  private static String identifier(String identifier) {
    return "{\"track\":{\"identifier\":\"" + identifier + "\"}}";
  }

  private FakePlayer player() {
    return session.player(GUILD).orElseThrow();
  }

  private static void assertBadRequest(Reply reply, String message) {
    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString()).isEqualTo(message);
    assertThat(reply.header("Lavalink-Api-Version")).isEqualTo("4");
  }

  @Test
  void patch_emptyBody_createsPlayerWithEmptyVoiceStrings() {
    Reply reply = patch("{}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Json.resource("player-new.json"));
    assertThat(player().voice()).isEqualTo(Json.object(
        "{\"token\":\"\",\"endpoint\":\"\",\"sessionId\":\"\",\"channelId\":null}"));
    assertThat(player().connected()).isFalse();
  }

  @Test
  void patch_fullVoice_connectsEchoesVoiceAndSendsPlayerUpdate() {
    JsonObject player = patch("{\"voice\":" + VOICE + "}").json();

    assertThat(player.getAsJsonObject("voice")).isEqualTo(Json.object(VOICE));
    assertThat(player.getAsJsonObject("state").get("connected").getAsBoolean()).isTrue();
    assertThat(player.getAsJsonObject("state").get("ping").getAsLong()).isNotNegative();
    JsonObject update = ws.expect("playerUpdate");
    assertThat(update.get("guildId").getAsString()).isEqualTo(Long.toString(GUILD));
    assertThat(update.getAsJsonObject("state").get("connected").getAsBoolean()).isTrue();
    assertThat(player().connected()).isTrue();
  }

  @Test
  void patch_sameVoiceTwice_secondDoesNotReconnect() {
    patch("{\"voice\":" + VOICE + "}");
    ws.expect("playerUpdate");

    patch("{\"voice\":" + VOICE + "}");

    ws.expectNothingMore(session);
  }

  @Test
  void patch_changedChannel_reconnectsWithPlayerUpdate() {
    patch("{\"voice\":" + VOICE + "}");
    ws.expect("playerUpdate");

    JsonObject player = patch("{\"voice\":" + VOICE.replace("123456789", "987654321") + "}")
        .json();

    assertThat(player.getAsJsonObject("voice").get("channelId").getAsString())
        .isEqualTo("987654321");
    ws.expect("playerUpdate");
  }

  @Test
  void patch_voiceWithoutChannelIdKey_400FieldRequired() {
    Reply reply = patch("{\"voice\":{\"token\":\"t\",\"endpoint\":\"e\",\"sessionId\":\"s\"}}");

    assertBadRequest(reply, "Field 'channelId' is required for type with serial name"
        + " 'dev.arbjerg.lavalink.protocol.v4.VoiceState', but it was missing at path: $.voice");
    assertThat(session.player(GUILD)).isEmpty();
  }

  @Test
  void patch_voiceWithNullOrBlankValue_400MustBeProvided() {
    String message = "token, endpoint, sessionId and channelId must be provided in voice state";

    assertBadRequest(patch("{\"voice\":" + VOICE.replace("\"123456789\"", "null") + "}"),
        message);
    assertBadRequest(patch("{\"voice\":" + VOICE.replace("\"123456789\"", "\" \"") + "}"),
        message);
    assertBadRequest(patch("{\"voice\":" + VOICE.replace("\"tok\"", "\"\"") + "}"), message);
    assertThat(session.player(GUILD)).isEmpty();
  }

  @Test
  void patch_voiceTokenNull_400BadRequest() {
    assertBadRequest(patch("{\"voice\":" + VOICE.replace("\"tok\"", "null") + "}"),
        "Bad Request");
  }

  @Test
  void patch_nonNumericChannelId_uncaught500() {
    Reply reply = patch("{\"voice\":" + VOICE.replace("123456789", "general") + "}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.header("Lavalink-Api-Version")).isNull();
  }

  @Test
  void patch_olderVersionWithoutChannelId_acceptedAndEchoedWithoutIt() {
    try (FakeLavalink old = FakeLavalink.builder().version("4.1.2").start();
        TestClient oldClient = new TestClient(old)) {
      oldClient.connectReady(1);
      String sessionId = old.awaitSession(TestClient.WAIT).id();

      Reply reply = oldClient.patch("/v4/sessions/" + sessionId + "/players/1",
          "{\"voice\":{\"token\":\"t\",\"endpoint\":\"e\",\"sessionId\":\"s\"}}");

      assertThat(reply.code()).isEqualTo(200);
      assertThat(reply.json().getAsJsonObject("voice")).isEqualTo(
          Json.object("{\"token\":\"t\",\"endpoint\":\"e\",\"sessionId\":\"s\"}"));
      assertThat(reply.json().getAsJsonObject("state").get("connected").getAsBoolean()).isTrue();
    }
  }

  @Test
  void patch_failingVoice_500FailedToConnectButPlayerExists() {
    lavalink.failVoiceConnections(true);

    Reply reply = patch("{\"voice\":" + VOICE + "}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.json().get("message").getAsString())
        .isEqualTo("Failed to connect to voice server");
    assertThat(reply.header("Lavalink-Api-Version")).isEqualTo("4");
    assertThat(player().connected()).isFalse();
    ws.expectNothingMore(session);

    lavalink.failVoiceConnections(false);
    assertThat(patch("{\"voice\":" + VOICE + "}").code()).isEqualTo(200);
  }

  @Test
  void patch_endTimeZeroOrNegative_400() {
    assertBadRequest(patch("{\"endTime\":0}"), "End time must be greater than 0");
    assertBadRequest(patch("{\"endTime\":-5}"), "End time must be greater than 0");
  }

  @Test
  void patch_endTimeNull_clearsIt() {
    patch("{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK + "\"},\"endTime\":5000}");
    assertThat(player().endTime()).isEqualTo(5000);

    patch("{\"endTime\":null}");

    assertThat(player().endTime()).isNull();
  }

  @Test
  void patch_volumeOutOfRange_clamped() {
    assertThat(patch("{\"volume\":5000}").json().get("volume").getAsInt()).isEqualTo(1000);
    assertThat(patch("{\"volume\":-20}").json().get("volume").getAsInt()).isZero();
    assertThat(player().volume()).isZero();
  }

  @Test
  void patch_wrongTypes_400BadRequest() {
    assertBadRequest(patch("{\"volume\":\"100\"}"), "Bad Request");
    assertBadRequest(patch("{\"volume\":1.5}"), "Bad Request");
    assertBadRequest(patch("{\"paused\":\"true\"}"), "Bad Request");
    assertBadRequest(patch("{\"volume\":null}"), "Bad Request");
    assertBadRequest(patch("{\"track\":{\"userData\":[]}}"), "Bad Request");
    assertBadRequest(patch("[]"), "Bad Request");
  }

  @Test
  void patch_absentFields_leaveStateUnchanged() {
    patch("{\"volume\":42,\"paused\":true,\"filters\":{\"volume\":0.5}}");

    JsonObject player = patch("{}").json();

    assertThat(player.get("volume").getAsInt()).isEqualTo(42);
    assertThat(player.get("paused").getAsBoolean()).isTrue();
    assertThat(player.getAsJsonObject("filters")).isEqualTo(Json.object("{\"volume\":0.5}"));
  }

  @Test
  void patch_trackWithDeprecatedField_400() {
    String encoded = lavalink.catalog().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();

    assertBadRequest(patch("{\"track\":{},\"encodedTrack\":\"" + encoded + "\"}"),
        "Cannot specify both track and encodedTrack/identifier");
    assertBadRequest(patch("{\"track\":{},\"identifier\":\"x\"}"),
        "Cannot specify both track and encodedTrack/identifier");
  }

  @Test
  void patch_encodedAndIdentifier_400() {
    assertBadRequest(patch("{\"track\":{\"encoded\":null,\"identifier\":\"x\"}}"),
        "Cannot specify both encodedTrack and identifier");
    assertBadRequest(patch("{\"encodedTrack\":null,\"identifier\":\"x\"}"),
        "Cannot specify both encodedTrack and identifier");
  }

  @Test
  void patch_identifierNotSingleTrack_400WithReason() {
    assertBadRequest(patch(identifier(FakeCatalog.MISSING_TRACK)),
        "No matches found for identifier");
    assertBadRequest(patch(identifier(FakeCatalog.YOUTUBE_PLAYLIST)),
        "Cannot play a playlist or search result");
    assertBadRequest(patch(identifier("ytsearch:tonearm")),
        "Cannot play a playlist or search result");
    assertBadRequest(patch(identifier(FakeCatalog.UNAVAILABLE_TRACK)),
        "This video is unavailable");
    assertThat(player().encodedTrack()).isNull();
  }

  @Test
  void patch_identifier_playsCatalogTrack() {
    JsonObject player = patch(identifier(FakeCatalog.YOUTUBE_TRACK)).json();

    String encoded = lavalink.catalog().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();
    assertThat(player.getAsJsonObject("track").get("encoded").getAsString()).isEqualTo(encoded);
    assertThat(player().encodedTrack()).isEqualTo(encoded);
    assertThat(player().trackInfo().title()).isEqualTo("Rick Astley - Never Gonna Give You Up");
  }

  @Test
  void patch_deprecatedEncodedTrack_playsIt() {
    String encoded = lavalink.catalog().encodedFor(FakeCatalog.SOUNDCLOUD_TRACK).orElseThrow();

    JsonObject player = patch("{\"encodedTrack\":\"" + encoded + "\"}").json();

    assertThat(player.getAsJsonObject("track").getAsJsonObject("info").get("sourceName")
        .getAsString()).isEqualTo("soundcloud");
    ws.expectEvent("TrackStartEvent");
  }

  @Test
  void patch_invalidEncoded_uncaught500() {
    Reply reply = patch("{\"track\":{\"encoded\":\"!!!\"}}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("No message available");
    assertThat(reply.header("Lavalink-Api-Version")).isNull();
  }

  @Test
  void patch_encodedWithPosition_startsThere_positionFieldOverrides() {
    String atTwelve = TrackCodec.encode(new TrackInfo("tonearm0002", true, "Tonearm", 180_000,
        false, 12_000, "Tonearm Lo-fi Loop", null, null, null, "youtube"));

    long fromEncoding = patch("{\"track\":{\"encoded\":\"" + atTwelve + "\"}}").json()
        .getAsJsonObject("state").get("position").getAsLong();
    long fromField = patch("{\"track\":{\"encoded\":\"" + atTwelve + "\"},\"position\":3000}")
        .json().getAsJsonObject("state").get("position").getAsLong();

    assertThat(fromEncoding).isEqualTo(12_000);
    assertThat(fromField).isEqualTo(3000);
  }

  @Test
  void patch_encodedNull_stopsTrack() {
    patch(identifier(FakeCatalog.YOUTUBE_TRACK));
    ws.expectEvent("TrackStartEvent");
    ws.expect("playerUpdate");

    JsonObject player = patch("{\"track\":{\"encoded\":null}}").json();

    assertThat(player.get("track").isJsonNull()).isTrue();
    assertThat(ws.expectEvent("TrackEndEvent").get("reason").getAsString()).isEqualTo("stopped");
    assertThat(player().encodedTrack()).isNull();
  }

  @Test
  void patch_encodedNullWithoutTrack_sendsNothing() {
    patch("{\"track\":{\"encoded\":null}}");

    ws.expectNothingMore(session);
  }

  @Test
  void patch_noReplaceWithTrack_keepsTrackAppliesVolumeSkipsPositionAndPause() {
    patch(identifier(FakeCatalog.YOUTUBE_TRACK));
    String playing = player().encodedTrack();

    JsonObject player = patch("?noReplace=true", "{\"track\":{\"identifier\":\""
        + FakeCatalog.SOUNDCLOUD_TRACK + "\",\"userData\":{\"a\":1}},\"volume\":70,"
        + "\"position\":9000,\"paused\":true,\"endTime\":5000}").json();

    assertThat(player().encodedTrack()).isEqualTo(playing);
    assertThat(player.get("volume").getAsInt()).isEqualTo(70);
    assertThat(player.get("paused").getAsBoolean()).isFalse();
    assertThat(player.getAsJsonObject("state").get("position").getAsLong()).isZero();
    assertThat(player().userData()).isEqualTo(new JsonObject());
    assertThat(player().endTime()).isNull();
  }

  @Test
  void patch_noReplaceWithoutTrack_plays() {
    JsonObject player = patch("?noReplace=true", identifier(FakeCatalog.YOUTUBE_TRACK)).json();

    assertThat(player.get("track").isJsonObject()).isTrue();
  }

  @Test
  void patch_newTrackWithPausedTrue_startsPaused_withoutPaused_startsUnpaused() {
    patch("{\"paused\":true}");
    assertThat(player().paused()).isTrue();

    patch(identifier(FakeCatalog.YOUTUBE_TRACK));
    assertThat(player().paused()).isFalse();

    patch("{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_LOOP_TRACK
        + "\"},\"paused\":true}");
    assertThat(player().paused()).isTrue();
  }

  @Test
  void patch_userData_newTrackCarriesIt_laterPatchReplacesIt() {
    JsonObject first = patch("{\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK
        + "\",\"userData\":{\"requester\":\"42\"}}}").json();
    assertThat(first.getAsJsonObject("track").getAsJsonObject("userData"))
        .isEqualTo(Json.object("{\"requester\":\"42\"}"));
    assertThat(ws.expectEvent("TrackStartEvent").getAsJsonObject("track")
        .getAsJsonObject("userData")).isEqualTo(Json.object("{\"requester\":\"42\"}"));

    patch("{\"track\":{\"userData\":{\"requester\":\"7\",\"queue\":[1,2]}}}");

    assertThat(player().userData())
        .isEqualTo(Json.object("{\"requester\":\"7\",\"queue\":[1,2]}"));
    assertThat(player().encodedTrack()).isNotNull();
  }

  @Test
  void patch_filters_echoesEveryFieldOfPresentFiltersOnly() {
    String request = Json.resource("filters-request.json").toString();

    JsonObject player = patch("{\"filters\":" + request + "}").json();

    assertThat(player.getAsJsonObject("filters")).isEqualTo(Json.resource("filters-echo.json"));
    assertThat(player().filters()).isEqualTo(Json.resource("filters-echo.json"));
    assertThat(ws.expect("playerUpdate").get("guildId").getAsString())
        .isEqualTo(Long.toString(GUILD));
  }

  @Test
  void patch_filtersReplaceAll_emptyObjectClears() {
    patch("{\"filters\":{\"volume\":0.5,\"lowPass\":{}}}");

    JsonObject replaced = patch("{\"filters\":{\"karaoke\":{\"level\":0.5}}}").json();
    JsonObject cleared = patch("{\"filters\":{}}").json();

    assertThat(replaced.getAsJsonObject("filters").keySet()).containsExactly("karaoke");
    assertThat(cleared.getAsJsonObject("filters")).isEqualTo(new JsonObject());
  }

  @Test
  void patch_disabledFilter_400() {
    try (FakeLavalink restricted = FakeLavalink.builder().disableFilters("timescale", "karaoke")
        .start(); TestClient restrictedClient = new TestClient(restricted)) {
      restrictedClient.connectReady(1);
      String sessionId = restricted.awaitSession(TestClient.WAIT).id();

      Reply reply = restrictedClient.patch("/v4/sessions/" + sessionId + "/players/1",
          "{\"filters\":{\"karaoke\":null,\"timescale\":{},\"volume\":1.0}}");

      assertBadRequest(reply, "Following filters are disabled in the config: karaoke, timescale");
    }
  }

  @Test
  void patch_equalizerBandOutOfRange_uncaught500() {
    Reply reply = patch("{\"filters\":{\"equalizer\":[{\"band\":15,\"gain\":0.1}]}}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.header("Lavalink-Api-Version")).isNull();
  }

  @Test
  void patch_equalizerBandWithoutBand_400FieldRequired() {
    assertBadRequest(patch("{\"filters\":{\"equalizer\":[{\"gain\":0.1}]}}"),
        "Field 'band' is required for type with serial name"
            + " 'dev.arbjerg.lavalink.protocol.v4.Band', but it was missing at path:"
            + " $.filters.equalizer[0]");
  }

  @Test
  void patch_voiceThenTrack_appliedInProtocolOrder() {
    patch("{\"voice\":" + VOICE + ",\"track\":{\"identifier\":\"" + FakeCatalog.YOUTUBE_TRACK
        + "\"},\"filters\":{\"volume\":0.5}}");

    JsonObject voiceUpdate = ws.expect("playerUpdate");
    JsonObject filterUpdate = ws.expect("playerUpdate");
    ws.expectEvent("TrackStartEvent");
    ws.expect("playerUpdate");
    assertThat(voiceUpdate.getAsJsonObject("state").get("connected").getAsBoolean()).isTrue();
    assertThat(filterUpdate.getAsJsonObject("state").get("position").getAsLong()).isZero();
    ws.expectNothingMore(session);
  }

  @Test
  void patch_unknownFields_ignored() {
    Reply reply = patch("{\"volume\":80,\"somethingNew\":{\"x\":1}}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(player().volume()).isEqualTo(80);
  }
}
