package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.LoadItem.ErrorItem;
import dev.tonearm.testkit.LoadItem.PlaylistItem;
import dev.tonearm.testkit.LoadItem.SearchItem;
import dev.tonearm.testkit.LoadItem.TrackItem;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeCatalogTest {
  private static final TrackInfo CUSTOM = new TrackInfo("abc123", true, "Someone", 90_000, false,
      0, "Custom Song", "https://example.com/track/abc123", null, "QZ0000000001", "mysource");

  @Test
  void standard_everyTrackConstant_encodesToItsOwnInfo() {
    FakeCatalog catalog = FakeCatalog.standard();

    for (String identifier : List.of(FakeCatalog.YOUTUBE_TRACK, FakeCatalog.YOUTUBE_SHORT_TRACK,
        FakeCatalog.YOUTUBE_LOOP_TRACK, FakeCatalog.YOUTUBE_LONG_TRACK,
        FakeCatalog.SOUNDCLOUD_TRACK, FakeCatalog.STREAM, FakeCatalog.HTTP_TRACK,
        FakeCatalog.SPOTIFY_TRACK, FakeCatalog.APPLE_MUSIC_TRACK, FakeCatalog.DEEZER_TRACK,
        FakeCatalog.YANDEX_MUSIC_TRACK)) {
      String encoded = catalog.encodedFor(identifier).orElseThrow();
      TrackInfo info = TrackCodec.decode(encoded).info();

      assertThat(info.uri()).as(identifier).isEqualTo(identifier);
      assertThat(info.position()).isZero();
      assertThat(catalog.resolve(info.identifier())).isInstanceOf(TrackItem.class);
    }
  }

  @Test
  void standard_nonTrackConstants_haveNoSingleEncoding() {
    FakeCatalog catalog = FakeCatalog.standard();

    assertThat(catalog.encodedFor(FakeCatalog.YOUTUBE_PLAYLIST)).isEmpty();
    assertThat(catalog.encodedFor(FakeCatalog.UNAVAILABLE_TRACK)).isEmpty();
    assertThat(catalog.encodedFor(FakeCatalog.MISSING_TRACK)).isEmpty();
    assertThat(catalog.resolve(FakeCatalog.YOUTUBE_PLAYLIST)).isInstanceOf(PlaylistItem.class);
    assertThat(catalog.resolve(FakeCatalog.BROKEN_TRACK)).isInstanceOf(ErrorItem.class);
    assertThat(catalog.resolve(FakeCatalog.MISSING_TRACK)).isNull();
  }

  @Test
  void standard_stream_hasMaxLengthAndStreamFlag() {
    TrackInfo stream = TrackCodec.decode(
        FakeCatalog.standard().encodedFor(FakeCatalog.STREAM).orElseThrow()).info();

    assertThat(stream.stream()).isTrue();
    assertThat(stream.seekable()).isFalse();
    assertThat(stream.length()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void standard_httpTrack_encodingCarriesMp3ContainerProbe() {
    DecodedTrack decoded = TrackCodec.decode(
        FakeCatalog.standard().encodedFor(FakeCatalog.HTTP_TRACK).orElseThrow());

    assertThat(decoded.sourceDetails())
        .isEqualTo(DecodedTrack.withContainerProbe(decoded.info(), "mp3").sourceDetails());
  }

  @Test
  void encode_localFlacAndHttpOpus_probeFromExtension() {
    FakeCatalog catalog = FakeCatalog.empty();
    TrackInfo flac = new TrackInfo("/music/a.flac", true, "x", 1, false, 0, "a", null, null, null,
        "local");
    TrackInfo opus = new TrackInfo("https://x/b.opus?sig=1", true, "x", 1, false, 0, "b",
        "https://x/b.opus?sig=1", null, null, "http");

    assertThat(TrackCodec.decode(catalog.encode(flac)).sourceDetails())
        .isEqualTo(DecodedTrack.withContainerProbe(flac, "flac").sourceDetails());
    assertThat(TrackCodec.decode(catalog.encode(opus)).sourceDetails())
        .isEqualTo(DecodedTrack.withContainerProbe(opus, "ogg").sourceDetails());
  }

  @Test
  void add_trackWithUri_loadableByIdentifierAndUriAndSearchableByItsSource() {
    FakeCatalog catalog = FakeCatalog.empty().add(CUSTOM).addSearchPrefix("mysearch:", "mysource");

    assertThat(catalog.encodedFor("abc123")).isEqualTo(catalog.encodedFor(CUSTOM.uri()));
    assertThat(catalog.encodedFor("abc123")).contains(TrackCodec.encode(CUSTOM));
    assertThat(catalog.resolve("mysearch:custom song")).isInstanceOf(SearchItem.class);
    assertThat(catalog.resolve("mysearch:other song")).isNull();
    assertThat(catalog.sourceManagers()).contains("mysource", "youtube");
  }

  @Test
  void add_sameIdentifierAgain_replacesIt() {
    FakeCatalog catalog = FakeCatalog.empty().add(CUSTOM);
    TrackInfo renamed = new TrackInfo("abc123", true, "Someone", 90_000, false, 0, "Renamed",
        CUSTOM.uri(), null, null, "mysource");

    catalog.add(renamed).addSearchPrefix("mysearch:", "mysource");

    assertThat(TrackCodec.decode(catalog.encodedFor("abc123").orElseThrow()).info().title())
        .isEqualTo("Renamed");
    assertThat(((SearchItem) catalog.resolve("mysearch:someone")).tracks()).hasSize(1);
  }

  @Test
  void addPlaylist_tracksAlsoLoadableAlone_butExistingEntriesKept() {
    FakeCatalog catalog = FakeCatalog.empty().add(CUSTOM);
    TrackInfo other = new TrackInfo("zzz", true, "Other", 1000, false, 0, "Other", null, null,
        null, "youtube");
    TrackInfo sameIdentifier = new TrackInfo("abc123", true, "Changed", 1, false, 0, "Changed",
        null, null, null, "mysource");

    catalog.addPlaylist("https://example.com/list", "List", 0, List.of(sameIdentifier, other));

    PlaylistItem playlist = (PlaylistItem) catalog.resolve("https://example.com/list");
    assertThat(playlist.name()).isEqualTo("List");
    assertThat(playlist.selectedTrack()).isZero();
    assertThat(playlist.tracks()).hasSize(2);
    assertThat(catalog.encodedFor("zzz")).isPresent();
    assertThat(TrackCodec.decode(catalog.encodedFor("abc123").orElseThrow()).info().title())
        .isEqualTo("Custom Song");
  }

  @Test
  void addPlaylist_selectedTrackOutOfRange_illegalArgument() {
    assertThatThrownBy(() -> FakeCatalog.empty().addPlaylist("u", "n", 1, List.of(CUSTOM)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeCatalog.empty().addPlaylist("u", "n", -2, List.of(CUSTOM)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addFailure_unknownSeverity_illegalArgument() {
    assertThatThrownBy(() -> FakeCatalog.empty().addFailure("x", "m", "fatal", "c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addFailure_explicitStackTrace_keptAsGiven() {
    FakeCatalog catalog = FakeCatalog.empty().addFailure("x", "m", "suspicious", "c", "trace");

    assertThat(catalog.resolve("x")).isEqualTo(new ErrorItem("m", "suspicious", "c", "trace"));
  }

  @Test
  void addSearch_exactIdentifier_overridesPrefixSearch() {
    FakeCatalog catalog = FakeCatalog.standard()
        .addSearch("ytsearch:tonearm", List.of(CUSTOM))
        .addSearch("ytsearch:nothing", List.of());

    SearchItem search = (SearchItem) catalog.resolve("ytsearch:tonearm");
    assertThat(search.tracks()).extracting(track -> track.decoded().info().title())
        .containsExactly("Custom Song");
    assertThat(((SearchItem) catalog.resolve("ytsearch:nothing")).tracks()).isEmpty();
  }

  @Test
  void emptySearchResultsAdded_loadAsSearchWithNoTracks_viaNode() {
    FakeCatalog catalog = FakeCatalog.empty().addSearch("ytsearch:nothing", List.of());
    try (FakeLavalink lavalink = FakeLavalink.builder().catalog(catalog).start();
        TestClient client = new TestClient(lavalink)) {
      JsonObject result = client.get("/v4/loadtracks?identifier=ytsearch:nothing").json();

      assertThat(result.get("loadType").getAsString()).isEqualTo("search");
      assertThat(result.getAsJsonArray("data")).isEmpty();
    }
  }

  @Test
  void empty_standardPrefixes_findNothing() {
    FakeCatalog catalog = FakeCatalog.empty();

    assertThat(catalog.resolve("ytsearch:tonearm")).isNull();
    assertThat(catalog.resolve(FakeCatalog.YOUTUBE_TRACK)).isNull();
  }

  @Test
  void standard_searchWithEveryWord_matchesTitleAndAuthor() {
    FakeCatalog catalog = FakeCatalog.standard();

    SearchItem rick = (SearchItem) catalog.resolve("ytsearch:RICK never");
    SearchItem all = (SearchItem) catalog.resolve("ytmsearch:tonearm");

    assertThat(rick.tracks()).hasSize(1);
    assertThat(all.tracks()).hasSize(3);
    assertThat(catalog.resolve("ytsearch:   ")).isNull();
  }

  @Test
  void addSearchPrefix_withoutColon_illegalArgument() {
    assertThatThrownBy(() -> FakeCatalog.empty().addSearchPrefix("oops", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
