package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchTest {

  @ParameterizedTest
  @CsvSource({
      "YOUTUBE, ytsearch:", "YOUTUBE_MUSIC, ytmsearch:", "SOUNDCLOUD, scsearch:",
      "SPOTIFY, spsearch:", "APPLE_MUSIC, amsearch:", "DEEZER, dzsearch:", "YANDEX_MUSIC, ymsearch:"})
  void query_eachSource_prefixesTheTrimmedQuery(Search search, String prefix) {
    assertThat(search.query("  never gonna give you up ")).isEqualTo(prefix + "never gonna give you up");
    assertThat(Search.of(prefix + "x")).contains(search);
  }

  @Test
  void query_blank_isRejectedNamingTheSource() {
    assertThatThrownBy(() -> Search.SOUNDCLOUD.query("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soundcloud");
  }

  @Test
  void of_urlOrUnknownPrefix_isEmpty() {
    assertThat(Search.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEmpty();
    assertThat(Search.of("bcsearch:x")).isEmpty();
  }

  @Test
  void of_upperCasePrefix_isRecognised() {
    assertThat(Search.of("YTSEARCH:x")).contains(Search.YOUTUBE);
  }
}
