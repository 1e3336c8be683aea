package dev.tonearm.plugin.sponsorblock;

import static dev.tonearm.plugin.PluginFrames.NODE;
import static dev.tonearm.plugin.PluginFrames.decode;
import static dev.tonearm.plugin.PluginFrames.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.event.EventKind;
import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import org.junit.jupiter.api.Test;

class SponsorBlockTest {
  private static final long GUILD = 817327181659111454L;

  @Test
  void plugin_nameAndEventTypes_matchThePlugin() {
    assertThat(SponsorBlock.plugin().name()).isEqualTo("sponsorblock-plugin");
    assertThat(SponsorBlock.plugin().eventDecoders()).containsOnlyKeys(
        "SegmentsLoaded", "SegmentSkipped", "ChaptersLoaded", "ChapterStarted");
  }

  @Test
  void segmentsLoaded_fixture_decodesEveryField() {
    SegmentsLoaded event = (SegmentsLoaded) decode(SponsorBlock.plugin(),
        "plugins/sponsorblock/event-segments-loaded.json");

    assertThat(event.node()).isSameAs(NODE);
    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.player()).isNull();
    assertThat(event.segments()).containsExactly(
        new Segment("sponsor", 0, 3000), new Segment("outro", 200_000, 212_000));
    assertThat(event.kind()).isEqualTo(EventKind.PLUGIN);
    assertThat(event.plugin()).isEqualTo(SponsorBlock.NAME);
  }

  @Test
  void segmentSkipped_fixture_decodesEveryField() {
    SegmentSkipped event = (SegmentSkipped) decode(SponsorBlock.plugin(),
        "plugins/sponsorblock/event-segment-skipped.json");

    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.segment().category()).isEqualTo("sponsor");
    assertThat(event.segment().start()).isZero();
    assertThat(event.segment().end()).isEqualTo(3000);
  }

  @Test
  void chaptersLoaded_durationAsNumberOrString_decodesBoth() {
    ChaptersLoaded event = (ChaptersLoaded) decode(SponsorBlock.plugin(),
        "plugins/sponsorblock/event-chapters-loaded.json");

    assertThat(event.guildId()).isEqualTo(GUILD);
    assertThat(event.chapters()).containsExactly(
        new Chapter("Prelude", 0, 60_000, 60_000), new Chapter("Finale", 60_000, 90_000, 30_000));
  }

  @Test
  void chapterStarted_fixture_decodesEveryField() {
    ChapterStarted event = (ChapterStarted) decode(SponsorBlock.plugin(),
        "plugins/sponsorblock/event-chapter-started.json");

    assertThat(event.chapter().name()).isEqualTo("Prelude");
    assertThat(event.chapter().start()).isZero();
    assertThat(event.chapter().end()).isEqualTo(60_000);
    assertThat(event.chapter().duration()).isEqualTo(60_000);
  }

  @Test
  void segmentSkipped_frameWithoutSegment_throwsNamingTheField() {
    assertThatThrownBy(() -> SponsorBlock.plugin().eventDecoders().get("SegmentSkipped")
        .decode(frame("plugins/lavalyrics/event-lyrics-not-found.json")))
        .isInstanceOf(JsonViewException.class).hasMessageContaining("'segment'");
  }

  @Test
  void chapterOf_durationNotANumber_throwsNamingIt() {
    JsonView chapter = JsonView.parse("{\"name\":\"x\",\"start\":0,\"end\":1,\"duration\":\"soon\"}");

    assertThatThrownBy(() -> Chapter.of(chapter)).isInstanceOf(JsonViewException.class)
        .hasMessageContaining("'duration'").hasMessageContaining("soon");
  }
}
