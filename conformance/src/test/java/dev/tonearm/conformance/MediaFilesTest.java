package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.source.local.LocalAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.io.MessageOutput;
import com.sedmelluq.discord.lavaplayer.track.AudioItem;
import com.sedmelluq.discord.lavaplayer.track.AudioReference;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's media files load on lavaplayer's local source (what a Lavalink 4 node runs) exactly
 * as the suite expects of a node; runs without any node.
 */
class MediaFilesTest {
  @TempDir
  Path directory;

  private MediaFiles media;
  private DefaultAudioPlayerManager manager;
  private LocalAudioSourceManager local;

  @BeforeEach
  void start() {
    media = MediaFiles.writeTo(directory);
    manager = new DefaultAudioPlayerManager();
    local = new LocalAudioSourceManager();
    manager.registerSourceManager(local);
  }

  @AfterEach
  void stop() {
    manager.shutdown();
    media.close();
  }

  private AudioItem lavaplayerLoads(Path file) {
    return local.loadItem(manager, new AudioReference(file.toString(), null));
  }

  @Test
  void tones_loadedByLavaplayer_encodeAsTheTracksTheSuiteExpects() throws IOException {
    for (Path tone : new Path[] {media.toneA(), media.toneB()}) {
      long length = tone.equals(media.toneA()) ? MediaFiles.TONE_A_MILLIS : MediaFiles.TONE_B_MILLIS;
      AudioTrack track = (AudioTrack) lavaplayerLoads(tone);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      manager.encodeTrack(new MessageOutput(bytes), track);

      DecodedTrack decoded = TrackCodec.decode(Base64.getEncoder().encodeToString(bytes.toByteArray()));

      assertThat(decoded).isEqualTo(
          DecodedTrack.withContainerProbe(MediaFiles.expectedInfo(tone, length), "wav"));
    }
  }

  @Test
  void notAudio_loadedByLavaplayer_failsAsUnknownFileFormatOfCommonSeverity() {
    assertThatThrownBy(() -> lavaplayerLoads(media.notAudio()))
        .isInstanceOfSatisfying(FriendlyException.class, failure -> {
          assertThat(failure.getMessage()).isEqualTo(MediaFiles.UNKNOWN_FORMAT);
          assertThat(failure.severity).isEqualTo(FriendlyException.Severity.COMMON);
        });
  }

  @Test
  void missing_loadedByLavaplayer_nothing() {
    assertThat(lavaplayerLoads(media.missing())).isNull();
  }

  @Test
  void close_written_deletesTheFilesOnly() {
    media.close();

    assertThat(media.toneA()).doesNotExist();
    assertThat(media.notAudio()).doesNotExist();
    assertThat(directory).exists();
  }

  @Test
  void writeTo_twice_namesDoNotCollide() throws IOException {
    try (MediaFiles other = MediaFiles.writeTo(directory)) {
      assertThat(other.toneA()).isNotEqualTo(media.toneA());
      assertThat(Files.size(other.toneA())).isEqualTo(Files.size(media.toneA()));
    }
  }
}
