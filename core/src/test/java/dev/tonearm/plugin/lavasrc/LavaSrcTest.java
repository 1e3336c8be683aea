package dev.tonearm.plugin.lavasrc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.Fixtures;
import dev.tonearm.internal.protocol.ProtocolDecoder;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import org.junit.jupiter.api.Test;

class LavaSrcTest {

  private static LoadResult load(String fixture) {
    return ProtocolDecoder.loadResult(Fixtures.read("plugins/lavasrc/" + fixture));
  }

  @Test
  void trackInfo_spotifyFixture_decodesEveryField() {
    Track track = ((LoadResult.TrackLoaded) load("loadtracks-spotify-track.json")).track();

    LavaSrcTrackInfo info = LavaSrcTrackInfo.of(track).orElseThrow();

    assertThat(info.albumName()).isEqualTo("For Those That Wish To Exist");
    assertThat(info.albumUrl()).isEqualTo("https://open.spotify.com/album/7qemUq4n71awwVPOaX7jw4");
    assertThat(info.albumArtUrl()).isNull();
    assertThat(info.artistUrl()).isEqualTo("https://open.spotify.com/artist/3ZztVuWxHzNpl0THurTFCv");
    assertThat(info.artistArtworkUrl()).isEqualTo("https://i.scdn.co/image/ab6761610000e5ebarchitects");
    assertThat(info.previewUrl()).isEqualTo("https://p.scdn.co/mp3-preview/animals");
    assertThat(info.isPreview()).isFalse();
    assertThat(info.isLocal()).isFalse();
  }

  @Test
  void trackInfo_trackOfAnotherSource_isEmpty() {
    Track track = Track.of("QAAA", new TrackInfo("id", true, "A", 1, false, 0, "T", null, null,
        null, "youtube"));

    assertThat(LavaSrcTrackInfo.of(track)).isEmpty();
  }

  @Test
  void playlistInfo_albumFixture_decodesEveryField() {
    LoadResult.PlaylistLoaded album = (LoadResult.PlaylistLoaded) load("loadtracks-spotify-album.json");

    LavaSrcPlaylistInfo info = LavaSrcPlaylistInfo.of(album).orElseThrow();

    assertThat(info.type()).isEqualTo(LavaSrcPlaylistInfo.Type.ALBUM);
    assertThat(info.url()).isEqualTo("https://open.spotify.com/album/7qemUq4n71awwVPOaX7jw4");
    assertThat(info.artworkUrl()).isEqualTo("https://i.scdn.co/image/ab67616d0000b273album");
    assertThat(info.author()).isEqualTo("Architects");
    assertThat(info.totalTracks()).isEqualTo(15);
  }

  @Test
  void playlistInfo_unknownTypeAndNulls_decodesAsUnknownAndNull() {
    LoadResult.PlaylistLoaded playlist =
        (LoadResult.PlaylistLoaded) load("loadtracks-recommendations-unknown-type.json");

    LavaSrcPlaylistInfo info = LavaSrcPlaylistInfo.of(playlist).orElseThrow();

    assertThat(info).isEqualTo(new LavaSrcPlaylistInfo(LavaSrcPlaylistInfo.Type.UNKNOWN, null,
        null, null, null));
  }

  @Test
  void search_everyPrefix_buildsIdentifierAndIsRoutedToLavaSrc() {
    assertThat(LavaSrcSearch.SPOTIFY.query(" animals ")).isEqualTo("spsearch:animals");
    assertThat(LavaSrcSearch.SPOTIFY_RECOMMENDATIONS.query("mix:track:4PTG3Z6ehGkBFwjybzWkR8"))
        .isEqualTo("sprec:mix:track:4PTG3Z6ehGkBFwjybzWkR8");
    assertThat(LavaSrcSearch.of("dzisrc:USEP42058010")).contains(LavaSrcSearch.DEEZER_ISRC);
    assertThat(LavaSrcSearch.of("ytsearch:x")).isEmpty();
    assertThat(LavaSrc.plugin().identifierPrefixes()).contains("spsearch:", "sprec:", "amsearch:",
        "dzsearch:", "dzrec:", "ymsearch:", "ymrec:", "vksearch:", "tdsearch:", "qbsearch:",
        "jssearch:", "ftts://").hasSize(LavaSrcSearch.values().length);
  }

  @Test
  void search_blankQuery_throwsNamingThePrefix() {
    assertThatThrownBy(() -> LavaSrcSearch.DEEZER.query(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dzsearch:");
  }
}
