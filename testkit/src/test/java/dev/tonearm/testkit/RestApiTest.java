package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Reply;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestApiTest {
  private static final String VERSION_HEADER = "Lavalink-Api-Version";

  private FakeLavalink lavalink;
  private TestClient client;

  @BeforeEach
  void start() {
    lavalink = FakeLavalink.start();
    client = new TestClient(lavalink);
  }

  @AfterEach
  void stop() {
    client.close();
    lavalink.close();
  }

  private String liveSessionId() {
    client.connectReady(1);
    return lavalink.awaitSession(TestClient.WAIT).id();
  }

  @Test
  void anyRoute_missingAuthorization_401WithEmptyBody() {
    Reply reply = client.send(client.request("/v4/info").removeHeader("Authorization"));

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header(VERSION_HEADER)).isEqualTo("4");
  }

  @Test
  void anyRoute_wrongAuthorization_403WithEmptyBody() {
    Reply reply = client.send(client.request("/v4/sessions/x/players")
        .header("Authorization", "wrong"));

    assertThat(reply.code()).isEqualTo(403);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void recordCalls_off_answersWithoutKeepingTheCall() {
    client.get("/version");
    lavalink.recordCalls(false);

    Reply reply = client.get("/v4/info");
    lavalink.recordCalls(true);
    client.get("/v4/stats");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(lavalink.calls()).extracting(RecordedCall::path)
        .containsExactly("/version", "/v4/stats");
  }

  @Test
  void version_get_plainTextWithoutNewline() {
    Reply reply = client.get("/version");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("4.2.2");
    assertThat(reply.header("Content-Type")).startsWith("text/plain");
    assertThat(reply.header(VERSION_HEADER)).isEqualTo("4");
  }

  @Test
  void info_get_reportsVersionSourcesAndFiltersWithoutBuildKey() {
    JsonObject info = client.get("/v4/info").json();

    assertThat(info.getAsJsonObject("version")).isEqualTo(Json.object(
        "{\"semver\":\"4.2.2\",\"major\":4,\"minor\":2,\"patch\":2,\"preRelease\":null}"));
    assertThat(info.getAsJsonArray("sourceManagers").toString())
        .contains("\"youtube\"", "\"soundcloud\"", "\"http\"", "\"spotify\"");
    assertThat(info.getAsJsonArray("filters")).isEqualTo(Json.array(
        "[\"volume\",\"equalizer\",\"karaoke\",\"timescale\",\"tremolo\",\"vibrato\","
            + "\"distortion\",\"rotation\",\"channelMix\",\"lowPass\"]"));
    assertThat(info.getAsJsonArray("plugins")).isEmpty();
    assertThat(info.has("buildTime")).isTrue();
    assertThat(info.getAsJsonObject("git").keySet()).containsExactly("branch", "commit",
        "commitTime");
  }

  @Test
  void info_preReleaseVersionDisabledFilterAndPlugin_reportsThem() {
    try (FakeLavalink custom = FakeLavalink.builder().version("4.3.0-rc.1+abc")
        .disableFilters("timescale").plugin("lavasrc-plugin", "4.8.1").start();
        TestClient customClient = new TestClient(custom)) {
      JsonObject info = customClient.get("/v4/info").json();

      assertThat(info.getAsJsonObject("version").get("preRelease").getAsString())
          .isEqualTo("rc.1");
      assertThat(info.getAsJsonObject("version").get("minor").getAsInt()).isEqualTo(3);
      assertThat(info.getAsJsonArray("filters").toString()).doesNotContain("timescale");
      assertThat(info.getAsJsonArray("plugins")).isEqualTo(
          Json.array("[{\"name\":\"lavasrc-plugin\",\"version\":\"4.8.1\"}]"));
      assertThat(customClient.get("/version").body()).isEqualTo("4.3.0-rc.1+abc");
    }
  }

  @Test
  void stats_get_noOpAndNullFrameStats() {
    JsonObject stats = client.get("/v4/stats").json();

    assertThat(stats.has("op")).isFalse();
    assertThat(stats.get("frameStats").isJsonNull()).isTrue();
    assertThat(stats.get("players").getAsInt()).isZero();
    assertThat(stats.getAsJsonObject("memory").keySet())
        .containsExactlyInAnyOrder("free", "used", "allocated", "reservable");
    assertThat(stats.getAsJsonObject("cpu").keySet())
        .containsExactlyInAnyOrder("cores", "systemLoad", "lavalinkLoad");
  }

  @Test
  void stats_afterVirtualTime_reportsUptime() {
    lavalink.clock().advance(Duration.ofMinutes(3));

    assertThat(client.get("/v4/stats").json().get("uptime").getAsLong()).isEqualTo(180_000);
  }

  @Test
  void unknownRoute_get_404NoEndpoint() {
    Reply reply = client.get("/v4/nonexistent");

    assertThat(reply.code()).isEqualTo(404);
    JsonObject error = reply.json();
    assertThat(error.get("message").getAsString()).isEqualTo("No endpoint GET /v4/nonexistent.");
    assertThat(error.get("error").getAsString()).isEqualTo("Not Found");
    assertThat(error.get("status").getAsInt()).isEqualTo(404);
    assertThat(error.get("path").getAsString()).isEqualTo("/v4/nonexistent");
    assertThat(error.get("timestamp").getAsLong()).isEqualTo(1_767_225_600_000L);
    assertThat(error.has("trace")).isFalse();
    assertThat(reply.header(VERSION_HEADER)).isEqualTo("4");
  }

  @Test
  void unknownRoute_traceTrue_addsTrace() {
    JsonObject error = client.get("/v4/nonexistent?trace=true").json();

    assertThat(error.get("trace").getAsString()).isNotBlank();
    assertThat(error.get("path").getAsString()).isEqualTo("/v4/nonexistent");
  }

  @Test
  void oldUnprefixedRoute_get_404() {
    assertThat(client.get("/loadtracks?identifier=x").code()).isEqualTo(404);
  }

  @Test
  void session_get_405() {
    Reply reply = client.get("/v4/sessions/abcdefghijklmnop");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.json().get("message").getAsString())
        .isEqualTo("Method 'GET' is not supported.");
  }

  @Test
  void loadtracks_trackUrl_trackResult() {
    Reply reply = client.get("/v4/loadtracks?identifier=" + FakeCatalog.YOUTUBE_TRACK);

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.header(VERSION_HEADER)).isEqualTo("4");
    assertThat(reply.json()).isEqualTo(Json.resource("loadtracks-track.json"));
  }

  @Test
  void loadtracks_playlistWithSelectedTrack_playlistResult() {
    JsonObject result = client.get("/v4/loadtracks?identifier="
        + FakeCatalog.YOUTUBE_PLAYLIST_SELECTED.replace("&", "%26")).json();

    assertThat(result).isEqualTo(Json.resource("loadtracks-playlist-selected.json"));
  }

  @Test
  void loadtracks_playlistWithoutSelection_selectedTrackMinusOne() {
    JsonObject data = client.get("/v4/loadtracks?identifier=" + FakeCatalog.YOUTUBE_PLAYLIST)
        .json().getAsJsonObject("data");

    assertThat(data.getAsJsonObject("info").get("selectedTrack").getAsInt()).isEqualTo(-1);
    assertThat(data.getAsJsonArray("tracks")).hasSize(3);
  }

  @Test
  void loadtracks_youtubeSearch_searchResultOfMatchingYoutubeTracks() {
    JsonObject result = client.get("/v4/loadtracks?identifier=ytsearch:tonearm loop").json();

    assertThat(result.get("loadType").getAsString()).isEqualTo("search");
    JsonArray tracks = result.getAsJsonArray("data");
    assertThat(tracks).hasSize(1);
    assertThat(tracks.get(0).getAsJsonObject().getAsJsonObject("info").get("identifier")
        .getAsString()).isEqualTo("tonearm0002");
  }

  @Test
  void loadtracks_searchPrefixes_findTracksOfTheirSource() {
    for (String[] prefixAndSource : new String[][] {{"ytmsearch:", "youtube"},
        {"scsearch:", "soundcloud"}, {"spsearch:", "spotify"}, {"amsearch:", "applemusic"},
        {"dzsearch:", "deezer"}, {"ymsearch:", "yandexmusic"}}) {
      String query = prefixAndSource[0].equals("scsearch:") ? "night drive" : "tonearm";
      JsonObject result = client.get("/v4/loadtracks?identifier=" + prefixAndSource[0] + query)
          .json();

      assertThat(result.get("loadType").getAsString()).as(prefixAndSource[0]).isEqualTo("search");
      result.getAsJsonArray("data").forEach(track -> assertThat(track.getAsJsonObject()
          .getAsJsonObject("info").get("sourceName").getAsString()).isEqualTo(prefixAndSource[1]));
    }
  }

  @Test
  void loadtracks_unknownIdentifierOrFruitlessSearch_emptyWithNullData() {
    for (String identifier : List.of(FakeCatalog.MISSING_TRACK, "ytsearch:zzzz qqqq", "hello")) {
      JsonObject result = client.get("/v4/loadtracks?identifier=" + identifier).json();

      assertThat(result.get("loadType").getAsString()).isEqualTo("empty");
      assertThat(result.has("data")).isTrue();
      assertThat(result.get("data").isJsonNull()).isTrue();
    }
  }

  @Test
  void loadtracks_failingIdentifier_errorWithCauseStackTrace() {
    JsonObject result = client.get("/v4/loadtracks?identifier=" + FakeCatalog.UNAVAILABLE_TRACK)
        .json();

    assertThat(result).isEqualTo(Json.resource("loadtracks-error-unavailable.json"));
  }

  @Test
  void loadtracks_version410_errorStillHasCauseStackTrace_version400_hasNone() {
    try (FakeLavalink old = FakeLavalink.builder().version("4.0.8").start();
        TestClient oldClient = new TestClient(old)) {
      JsonObject data = oldClient.get("/v4/loadtracks?identifier=" + FakeCatalog.BROKEN_TRACK)
          .json().getAsJsonObject("data");

      assertThat(data.get("severity").getAsString()).isEqualTo("fault");
      assertThat(data.has("causeStackTrace")).isFalse();
    }
    JsonObject data = client.get("/v4/loadtracks?identifier=" + FakeCatalog.BROKEN_TRACK).json()
        .getAsJsonObject("data");
    assertThat(data.get("causeStackTrace").getAsString()).startsWith(
        "java.net.SocketTimeoutException: Read timed out");
  }

  @Test
  void loadtracks_missingIdentifier_400() {
    Reply reply = client.get("/v4/loadtracks");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString())
        .isEqualTo("Required parameter 'identifier' is not present.");
  }

  @Test
  void decodetrack_encodedTrack_echoesItWithInfo() {
    String encoded = lavalink.catalog().encodedFor(FakeCatalog.HTTP_TRACK).orElseThrow();

    JsonObject track = client.get("/v4/decodetrack?encodedTrack=" + urlEncode(encoded)).json();

    assertThat(track.get("encoded").getAsString()).isEqualTo(encoded);
    assertThat(track.getAsJsonObject("info").get("sourceName").getAsString()).isEqualTo("http");
    assertThat(track.getAsJsonObject("pluginInfo")).isEqualTo(new JsonObject());
    assertThat(track.getAsJsonObject("userData")).isEqualTo(new JsonObject());
  }

  @Test
  void decodetrack_legacyTrackParameterAndEncodedPosition_decodesPosition() {
    TrackInfo info = new TrackInfo("tonearm0001", true, "Tonearm", 30_000, false, 12_345,
        "Tonearm Test Tone", null, null, null, "youtube");
    String encoded = TrackCodec.encode(info);

    JsonObject track = client.get("/v4/decodetrack?track=" + urlEncode(encoded)).json();

    assertThat(track.getAsJsonObject("info").get("position").getAsLong()).isEqualTo(12_345);
    assertThat(track.getAsJsonObject("info").get("uri").isJsonNull()).isTrue();
  }

  @Test
  void decodetrack_noParameter_400() {
    Reply reply = client.get("/v4/decodetrack");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("No track to decode provided");
  }

  @Test
  void decodetrack_invalidBase64_uncaught500WithoutVersionHeader() {
    Reply reply = client.get("/v4/decodetrack?encodedTrack=not-base64!");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("No message available");
    assertThat(reply.json().get("error").getAsString()).isEqualTo("Internal Server Error");
    assertThat(reply.header(VERSION_HEADER)).isNull();
  }

  @Test
  void decodetrack_unknownSourceOrProbe_uncaught500() {
    String unknownSource = TrackCodec.encode(new TrackInfo("x", true, "a", 1, false, 0, "t", null,
        null, null, "someplugin"));
    String badProbe = TrackCodec.encode(DecodedTrack.withContainerProbe(
        new TrackInfo("https://x/y.zzz", true, "a", 1, false, 0, "t", null, null, null, "http"),
        "nonsense"));

    assertThat(client.get("/v4/decodetrack?encodedTrack=" + urlEncode(unknownSource)).code())
        .isEqualTo(500);
    assertThat(client.get("/v4/decodetrack?encodedTrack=" + urlEncode(badProbe)).code())
        .isEqualTo(500);
  }

  @Test
  void decodetracks_list_decodesEach() {
    String first = lavalink.catalog().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();
    String second = lavalink.catalog().encodedFor(FakeCatalog.STREAM).orElseThrow();

    Reply reply = client.post("/v4/decodetracks", "[\"" + first + "\",\"" + second + "\"]");

    assertThat(reply.code()).isEqualTo(200);
    JsonArray tracks = reply.array();
    assertThat(tracks).hasSize(2);
    JsonObject streamInfo = tracks.get(1).getAsJsonObject().getAsJsonObject("info");
    assertThat(streamInfo.get("isStream").getAsBoolean()).isTrue();
    assertThat(streamInfo.get("isSeekable").getAsBoolean()).isFalse();
    assertThat(streamInfo.get("length").getAsLong()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void decodetracks_emptyList_400() {
    Reply reply = client.post("/v4/decodetracks", "[]");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("No tracks to decode provided");
  }

  @Test
  void decodetracks_invalidEntry_uncaught500() {
    Reply reply = client.post("/v4/decodetracks", "[\"QAAA\"]");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.header(VERSION_HEADER)).isNull();
  }

  @Test
  void decodetracks_notJsonContentType_415() {
    Reply reply = client.send(client.request("/v4/decodetracks")
        .post(RequestBody.create("[]", okhttp3.MediaType.get("text/plain"))));

    assertThat(reply.code()).isEqualTo(415);
    assertThat(reply.json().get("message").getAsString()).startsWith("Content-Type 'text/plain");
  }

  @Test
  void body_malformedJson_400BadRequest() {
    String sessionId = liveSessionId();

    Reply reply = client.patch("/v4/sessions/" + sessionId + "/players/1", "{\"volume\": ");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("Bad Request");
  }

  @Test
  void routeplanner_status_204() {
    Reply reply = client.get("/v4/routeplanner/status");

    assertThat(reply.code()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header(VERSION_HEADER)).isEqualTo("4");
  }

  @Test
  void routeplanner_free_500DisabledRoutePlanner() {
    Reply address = client.post("/v4/routeplanner/free/address", "{\"address\":\"1.0.0.1\"}");
    Reply all = client.post("/v4/routeplanner/free/all", "{}");

    assertThat(address.code()).isEqualTo(500);
    assertThat(address.json().get("message").getAsString())
        .isEqualTo("Can't access disabled route planner");
    assertThat(address.header(VERSION_HEADER)).isEqualTo("4");
    assertThat(all.code()).isEqualTo(500);
  }

  @Test
  void sessionRoutes_unknownSession_404SessionNotFound() {
    String base = "/v4/sessions/unknownsession00";
    List<Reply> replies = List.of(client.get(base + "/players"),
        client.get(base + "/players/1"), client.patch(base + "/players/1", "{}"),
        client.delete(base + "/players/1"), client.patch(base, "{}"));

    assertThat(replies).allSatisfy(reply -> {
      assertThat(reply.code()).isEqualTo(404);
      assertThat(reply.json().get("message").getAsString()).isEqualTo("Session not found");
    });
  }

  @Test
  void player_getUnknown_404PlayerNotFound_deleteUnknown_204() {
    String sessionId = liveSessionId();

    Reply get = client.get("/v4/sessions/" + sessionId + "/players/5");
    Reply delete = client.delete("/v4/sessions/" + sessionId + "/players/5");

    assertThat(get.code()).isEqualTo(404);
    assertThat(get.json().get("message").getAsString()).isEqualTo("Player not found");
    assertThat(delete.code()).isEqualTo(204);
  }

  @Test
  void player_nonNumericGuildId_400BadRequest() {
    Reply reply = client.get("/v4/sessions/whatever/players/abc");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("Bad Request");
  }

  @Test
  void players_afterPatches_listsEveryPlayer() {
    String sessionId = liveSessionId();
    client.patch("/v4/sessions/" + sessionId + "/players/1", "{}");
    client.patch("/v4/sessions/" + sessionId + "/players/2", "{\"volume\":50}");

    JsonArray players = client.get("/v4/sessions/" + sessionId + "/players").array();

    assertThat(players).hasSize(2);
    assertThat(players.get(1).getAsJsonObject().get("volume").getAsInt()).isEqualTo(50);
  }

  @Test
  void sessionPatch_emptyBody_readsDefaults() {
    String sessionId = liveSessionId();

    Reply reply = client.patch("/v4/sessions/" + sessionId, "{}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Json.object("{\"resuming\":false,\"timeout\":60}"));
  }

  @Test
  void sessionPatch_values_storedAndEchoed() {
    String sessionId = liveSessionId();

    JsonObject first = client.patch("/v4/sessions/" + sessionId,
        "{\"resuming\":true,\"timeout\":120}").json();
    JsonObject second = client.patch("/v4/sessions/" + sessionId, "{\"timeout\":30}").json();

    assertThat(first).isEqualTo(Json.object("{\"resuming\":true,\"timeout\":120}"));
    assertThat(second).isEqualTo(Json.object("{\"resuming\":true,\"timeout\":30}"));
    FakeSession session = lavalink.session(sessionId).orElseThrow();
    assertThat(session.resuming()).isTrue();
    assertThat(session.resumeTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void sessionPatch_nullOrWrongType_400() {
    String sessionId = liveSessionId();

    assertThat(client.patch("/v4/sessions/" + sessionId, "{\"timeout\":null}").code())
        .isEqualTo(400);
    assertThat(client.patch("/v4/sessions/" + sessionId, "{\"resuming\":\"yes\"}").code())
        .isEqualTo(400);
  }

  @Test
  void calls_afterRequests_recordsThemInOrderWithStatus() {
    client.get("/v4/info?trace=false&x");
    client.send(client.request("/v4/stats").header("Authorization", "nope"));
    client.post("/v4/decodetracks", "[]");

    List<RecordedCall> calls = lavalink.calls();

    assertThat(calls).extracting(RecordedCall::method, RecordedCall::path, RecordedCall::status)
        .containsExactly(
            tuple("GET", "/v4/info", 200),
            tuple("GET", "/v4/stats", 403),
            tuple("POST", "/v4/decodetracks", 400));
    assertThat(calls.get(0).queryParameter("trace")).isEqualTo("false");
    assertThat(calls.get(0).queryParameter("x")).isEmpty();
    assertThat(calls.get(1).header("authorization")).isEqualTo("nope");
    assertThat(calls.get(2).body()).isEqualTo("[]");
    assertThat(calls.get(0).body()).isEmpty();
  }

  static String urlEncode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
