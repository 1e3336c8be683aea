package dev.tonearm.plugin.lavasearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.Fixtures;
import dev.tonearm.ProtocolException;
import dev.tonearm.json.JsonView;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.PlaylistInfo;
import org.junit.jupiter.api.Test;

class LavaSearchTest {

  @Test
  void result_fixtureWithEveryType_decodesEveryField() {
    SearchResult result = LavaSearch.result(
        JsonView.parse(Fixtures.read("plugins/lavasearch/loadsearch-all-types.json")));

    assertThat(result.tracks()).singleElement().satisfies(track -> {
      assertThat(track.info().identifier()).isEqualTo("1090538082");
      assertThat(track.info().title()).isEqualTo("Animals");
      assertThat(track.info().author()).isEqualTo("Architects");
      assertThat(track.info().length()).isEqualTo(244_000);
      assertThat(track.info().sourceName()).isEqualTo("deezer");
      assertThat(track.info().isrc()).isNull();
      assertThat(track.encoded()).startsWith("QAAAjQIAB0FuaW1hbHM");
    });
    assertThat(result.albums()).singleElement().satisfies(album -> {
      assertThat(album.info()).isEqualTo(new PlaylistInfo("For Those That Wish To Exist", -1));
      assertThat(album.tracks()).isEmpty();
      assertThat(album.pluginInfo().getString("type")).isEqualTo("album");
      assertThat(album.pluginInfo().getInt("totalTracks")).isEqualTo(15);
    });
    assertThat(result.artists()).extracting(LoadResult.PlaylistLoaded::info)
        .containsExactly(new PlaylistInfo("Architects's Top Tracks", -1));
    assertThat(result.playlists()).extracting(LoadResult.PlaylistLoaded::info)
        .containsExactly(new PlaylistInfo("100% Architects", -1));
    assertThat(result.texts()).containsExactly(new SearchText("Architects", JsonView.emptyObject()));
    assertThat(result.plugin().isEmpty()).isTrue();
  }

  @Test
  void result_noContent_isEmpty() {
    assertThat(LavaSearch.result(JsonView.parse("null"))).isSameAs(SearchResult.EMPTY);
  }

  @Test
  void result_onlyTracksAsked_otherListsEmpty() {
    SearchResult result = LavaSearch.result(JsonView.parse("{\"tracks\":[]}"));

    assertThat(result).isEqualTo(SearchResult.EMPTY);
  }

  @Test
  void result_textWithoutText_throwsProtocolException() {
    assertThatThrownBy(() -> LavaSearch.result(JsonView.parse("{\"texts\":[{\"plugin\":{}}]}")))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("'text'");
  }

  @Test
  void wireName_everyType_isLowerCase() {
    assertThat(SearchType.ALBUM.wireName()).isEqualTo("album");
  }
}
