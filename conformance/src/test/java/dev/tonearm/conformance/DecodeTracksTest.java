package dev.tonearm.conformance;

import static dev.tonearm.conformance.ConformanceClient.failure;
import static dev.tonearm.conformance.ConformanceClient.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.track.DecodedTrack;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackDecodeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TrackCodec} decodes exactly as the node's {@code /v4/decodetrack(s)} does. */
@ExtendWith(ConformanceExtension.class)
class DecodeTracksTest {
  private ConformanceClient client;
  private MediaFiles media;

  @BeforeEach
  void connect(ConformanceTarget target, ConformanceClient connected) {
    client = connected;
    media = target.media();
  }

  @Test
  void decodeTrack_loadedTrack_nodeAndTrackCodecAgree() {
    Track loaded = client.load(media.toneA());

    Track byNode = join(client.rest().decodeTrack(loaded.encoded()));

    assertThat(byNode).isEqualTo(TrackCodec.decodeTrack(loaded.encoded()));
    assertThat(byNode.encoded()).isEqualTo(loaded.encoded());
  }

  @Test
  void decodeTracks_trackWithAPositionAndAnother_nodeAndTrackCodecAgreeInOrder() {
    DecodedTrack a = TrackCodec.decode(client.load(media.toneA()).encoded());
    String atPosition = TrackCodec.encode(
        new DecodedTrack(a.info().withPosition(1_500), a.version(), a.sourceDetails()));
    String b = client.load(media.toneB()).encoded();

    List<Track> byNode = join(client.rest().decodeTracks(List.of(atPosition, b)));

    assertThat(byNode).containsExactly(TrackCodec.decodeTrack(atPosition),
        TrackCodec.decodeTrack(b));
    assertThat(byNode.get(0).info().position()).isEqualTo(1_500);
  }

  @Test
  void decodeTrack_notATrack_nodeFailsAndTrackCodecThrows() {
    String notATrack = Base64.getEncoder().encodeToString("not a track".getBytes(StandardCharsets.US_ASCII));

    Throwable byNode = failure(client.rest().decodeTrack(notATrack));

    assertThat(byNode).isInstanceOfSatisfying(LavalinkRestException.class,
        refused -> assertThat(refused.status()).isEqualTo(500));
    assertThatThrownBy(() -> TrackCodec.decode(notATrack))
        .isInstanceOf(TrackDecodeException.class);
  }
}
