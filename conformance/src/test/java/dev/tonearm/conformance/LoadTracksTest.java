package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /v4/loadtracks} for each kind of answer the suite can produce on any node. */
@ExtendWith(ConformanceExtension.class)
class LoadTracksTest {
  private ConformanceClient client;
  private MediaFiles media;

  @BeforeEach
  void connect(ConformanceTarget target, ConformanceClient connected) {
    client = connected;
    media = target.media();
  }


  private LoadResult load(String identifier) {
    return join(client.lavalink().loadTracks(identifier));
  }

  @Test
  void loadTracks_wavFile_trackAsTheLocalSourceReadsIt() {
    LoadResult result = load(media.toneA().toString());

    assertThat(result).isInstanceOf(LoadResult.TrackLoaded.class);
    Track track = ((LoadResult.TrackLoaded) result).track();
    assertThat(track.info())
        .isEqualTo(MediaFiles.expectedInfo(media.toneA(), MediaFiles.TONE_A_MILLIS));
    assertThat(TrackCodec.decode(track.encoded())).isEqualTo(DecodedTrack.withContainerProbe(
        MediaFiles.expectedInfo(media.toneA(), MediaFiles.TONE_A_MILLIS), "wav"));
    assertThat(track.pluginInfo().size()).isZero();
    assertThat(track.userData().size()).isZero();
  }

  @Test
  void loadTracks_missingFile_empty() {
    assertThat(load(media.missing().toString())).isInstanceOf(LoadResult.Empty.class);
  }

  @Test
  void loadTracks_nonAudioFile_errorOfCommonSeverity() {
    LoadResult result = load(media.notAudio().toString());

    assertThat(result).isInstanceOf(LoadResult.Failed.class);
    TrackError error = ((LoadResult.Failed) result).error();
    assertThat(error.severity()).isEqualTo(Severity.COMMON);
    assertThat(error.message()).isEqualTo(MediaFiles.UNKNOWN_FORMAT);
    assertThat(error.cause()).isNotBlank();
  }

  @Test
  void loadTracks_identifierNoSourceKnows_empty() {
    assertThat(load("tonearm-conformance: no source loads this")).isInstanceOf(
        LoadResult.Empty.class);
  }
}
