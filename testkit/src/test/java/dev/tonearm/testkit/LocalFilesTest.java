package dev.tonearm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.TestClient.Reply;
import dev.tonearm.testkit.TestClient.Ws;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
  @TempDir
  Path media;

  private FakeLavalink lavalink;
  private TestClient client;

  private void start(boolean localFiles) {
    lavalink = FakeLavalink.builder().localFiles(localFiles).start();
    client = new TestClient(lavalink);
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (lavalink != null) {
      lavalink.close();
    }
  }

  private JsonObject load(Path file) {
    Reply reply = client.get("/v4/loadtracks?identifier="
        + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8));
    assertThat(reply.code()).isEqualTo(200);
    return reply.json();
  }

  /** The header of a PCM WAV file followed by {@code dataBytes} bytes of silence. */
  private static byte[] wav(int format, int channels, int sampleRate, int bits, int dataBytes) {
    int blockAlign = channels * bits / 8;
    ByteBuffer bytes = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII));
    bytes.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
        .putShort((short) format).putShort((short) channels).putInt(sampleRate)
        .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
    bytes.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    return bytes.array();
  }

  @Test
  void loadTracks_pcmWavFile_localTrackWithTheLengthOfItsHeader() throws IOException {
    start(true);
    Path file = Files.write(media.resolve("tone.wav"), wav(1, 1, 8000, 16, 24_002));

    JsonObject result = load(file);

    assertThat(result.get("loadType").getAsString()).isEqualTo("track");
    JsonObject track = result.getAsJsonObject("data");
    TrackInfo expected = new TrackInfo(file.toString(), true, "Unknown artist", 1500, false, 0,
        "Unknown title", file.toString(), null, null, "local");
    assertThat(TrackCodec.decode(track.get("encoded").getAsString()))
        .isEqualTo(DecodedTrack.withContainerProbe(expected, "wav"));
    assertThat(track.getAsJsonObject("info").get("sourceName").getAsString()).isEqualTo("local");
  }

  @Test
  void loadTracks_textFile_errorUnknownFileFormatCommon() throws IOException {
    start(true);
    Path file = Files.writeString(media.resolve("notes.txt"), "This file is not audio.\n");

    JsonObject result = load(file);

    assertThat(result.get("loadType").getAsString()).isEqualTo("error");
    JsonObject error = result.getAsJsonObject("data");
    assertThat(error.get("message").getAsString()).isEqualTo("Unknown file format.");
    assertThat(error.get("severity").getAsString()).isEqualTo("common");
  }

  @Test
  void loadTracks_missingFileOrDirectory_empty() {
    start(true);

    assertThat(load(media.resolve("missing.wav")).get("loadType").getAsString())
        .isEqualTo("empty");
    assertThat(load(media).get("loadType").getAsString()).isEqualTo("empty");
  }

  @Test
  void loadTracks_localFilesOff_wavFileIsEmpty() throws IOException {
    start(false);
    Path file = Files.write(media.resolve("tone.wav"), wav(1, 1, 8000, 16, 16_000));

    assertThat(load(file).get("loadType").getAsString()).isEqualTo("empty");
  }

  @Test
  void play_loadedWavTrack_startsAndPlaysToItsLength() throws IOException {
    start(true);
    Path file = Files.write(media.resolve("tone.wav"), wav(1, 2, 48_000, 24, 288_000));
    String encoded = load(file).getAsJsonObject("data").get("encoded").getAsString();
    Ws ws = client.connectReady(1);
    FakeSession session = lavalink.awaitSession(TestClient.WAIT);

    Reply reply = client.patch("/v4/sessions/" + session.id() + "/players/1",
        "{\"track\":{\"encoded\":\"" + encoded + "\"}}");

    assertThat(reply.code()).isEqualTo(200);
    JsonObject start = ws.expectEvent("TrackStartEvent");
    assertThat(start.getAsJsonObject("track").getAsJsonObject("info").get("length").getAsLong())
        .isEqualTo(1000);
  }

  @Test
  void wavLength_unsupportedFormats_notAWavTrack() {
    assertThat(LocalFiles.wavLength(wav(3, 1, 8000, 32, 800))).isNull();
    assertThat(LocalFiles.wavLength(wav(1, 1, 8000, 8, 800))).isNull();
    assertThat(LocalFiles.wavLength(wav(1, 1, 50, 16, 800))).isNull();
    assertThat(LocalFiles.wavLength(new byte[] {'R', 'I', 'F', 'F'})).isNull();
    assertThat(LocalFiles.wavLength(wav(1, 2, 44_100, 16, 176_400))).isEqualTo(1000);
  }
}
