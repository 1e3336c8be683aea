package dev.tonearm.example.music;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {
  private static Track track(String title, long length, boolean stream) {
    return Track.of("encoded", new TrackInfo("id", !stream, "Author", length, stream, 0, title,
        "https://example.com/" + title.length(), null, null, "http"));
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "7000, 0:07", "59999, 0:59", "212000, 3:32", "3600000, 1:00:00",
      "3723000, 1:02:03", "-5, 0:00"})
  void duration_millis_readsLikeAPlayer(long millis, String expected) {
    assertThat(Format.duration(millis)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"90, 90000", "1:30, 90000", "01:30, 90000", "1:02:03, 3723000", "0, 0",
      "90:00, 5400000", "' 1:30 ', 90000", "0:59, 59000"})
  void parseTime_goodTime_givesMillis(String text, long millis) {
    assertThat(Format.parseTime(text)).isEqualTo(OptionalLong.of(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x:y", "1:60", "1:75", "1:60:00", "-5", "1.5", "", ":30", "1:", "1::30",
      "12:34:56:78", "9999999", "ninety"})
  void parseTime_notATime_isEmpty(String text) {
    assertThat(Format.parseTime(text)).isEmpty();
  }

  @Test
  void progressBar_positions_fillTheBarInProportion() {
    assertThat(Format.progressBar(0, 100, 10)).isEqualTo("●──────────");
    assertThat(Format.progressBar(50, 100, 10)).isEqualTo("━━━━━●─────");
    assertThat(Format.progressBar(100, 100, 10)).isEqualTo("━━━━━━━━━━●");
    assertThat(Format.progressBar(500, 100, 10)).isEqualTo("━━━━━━━━━━●");
    assertThat(Format.progressBar(5, 0, 10)).isEqualTo("●──────────");
  }

  @Test
  void trackLine_track_linksTheTitleAndShowsTheLength() {
    assertThat(Format.trackLine(track("Song *one*", 212_000, false)))
        .isEqualTo("[**Song \\*one\\***](https://example.com/10) `3:32`");
    assertThat(Format.trackLine(track("Radio", Long.MAX_VALUE, true))).endsWith("`LIVE`");
  }

  @Test
  void requester_userData_givesTheName() {
    Track track = track("Song", 1000, false);

    assertThat(Format.requester(track.withUserData(new Requester(5L, "Robin")))).isEqualTo("Robin");
    assertThat(Format.requester(track)).isNull();
  }
}
