package dev.tonearm.plugin.lavalyrics;

import static dev.tonearm.plugin.PluginFrames.decode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.Fixtures;
import dev.tonearm.json.JsonView;
import org.junit.jupiter.api.Test;

class LavaLyricsTest {
  private static final long GUILD = 817327181659111454L;

  @Test
  void lyricsOf_routeFixture_decodesEveryField() {
    Lyrics lyrics = Lyrics.of(JsonView.parse(Fixtures.read("plugins/lavalyrics/lyrics.json")));

    assertThat(lyrics.sourceName()).isEqualTo("spotify");
    assertThat(lyrics.provider()).isEqualTo("MusixMatch");
    assertThat(lyrics.text()).isNull();
    assertThat(lyrics.plugin().isEmpty()).isTrue();
    assertThat(lyrics.lines()).hasSize(2);
    LyricsLine first = lyrics.lines().get(0);
    assertThat(first.timestamp()).isEqualTo(16_770);
    assertThat(first.duration()).isNull();
    assertThat(first.line()).isEqualTo("Took a walk to the water at night");
    LyricsLine second = lyrics.lines().get(1);
    assertThat(second.duration()).isEqualTo(3200L);
    assertThat(second.line()).isEmpty();
    assertThat(second.plugin().getString("color")).isEqualTo("#ffffff");
  }

  @Test
  void lyricsFoundEvent_fixture_decodesEveryField() {
    LyricsFoundEvent event = (LyricsFoundEvent) decode(LavaLyrics.plugin(),
        "plugins/lavalyrics/event-lyrics-found.json");

    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.lyrics().sourceName()).isEqualTo("youtube");
    assertThat(event.lyrics().provider()).isEqualTo("Genius");
    assertThat(event.lyrics().text()).isEqualTo("Took a walk to the water at night");
    assertThat(event.lyrics().lines()).isEmpty();
    assertThat(event.plugin()).isEqualTo("lavalyrics-plugin");
  }

  @Test
  void lyricsNotFoundEvent_fixture_decodesTheGuild() {
    LyricsNotFoundEvent event = (LyricsNotFoundEvent) decode(LavaLyrics.plugin(),
        "plugins/lavalyrics/event-lyrics-not-found.json");

    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.player()).isNull();
  }

  @Test
  void lyricsLineEvent_fixture_decodesEveryField() {
    LyricsLineEvent event = (LyricsLineEvent) decode(LavaLyrics.plugin(),
        "plugins/lavalyrics/event-lyrics-line.json");

    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.lineIndex()).isEqualTo(1);
    assertThat(event.line().timestamp()).isEqualTo(21_500);
    assertThat(event.line().duration()).isNull();
    assertThat(event.line().line()).isEqualTo("Just to look at the lights");
    assertThat(event.skipped()).isTrue();
  }
}
