package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DecodedTrackTest {
  private static final TrackInfo INFO = new TrackInfo("/music/song.flac", true, "Artist",
      180000L, false, 0L, "Song", "/music/song.flac", null, null, "local");

  private static final TrackInfo OTHER_INFO = INFO.withPosition(1000L);

  @Test
  void equals_equalArraysInDifferentInstances_isEqualWithSameHashCode() {
    DecodedTrack a = new DecodedTrack(INFO, 3, new byte[] {1, 2, 3});
    DecodedTrack b = new DecodedTrack(INFO, 3, new byte[] {1, 2, 3});

    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a).hasSameHashCodeAs(b);
  }

  @Test
  void equals_differentSourceDetails_isNotEqual() {
    DecodedTrack a = new DecodedTrack(INFO, 3, new byte[] {1, 2, 3});

    assertThat(a).isNotEqualTo(new DecodedTrack(INFO, 3, new byte[] {1, 2, 4}));
    assertThat(a).isNotEqualTo(new DecodedTrack(INFO, 3, new byte[] {1, 2}));
    assertThat(a).isNotEqualTo(new DecodedTrack(INFO, 3, new byte[0]));
  }

  @Test
  void equals_differentVersionOrInfo_isNotEqual() {
    DecodedTrack a = new DecodedTrack(INFO, 3, new byte[] {1});

    assertThat(a).isNotEqualTo(new DecodedTrack(INFO, 2, new byte[] {1}));
    assertThat(a).isNotEqualTo(new DecodedTrack(OTHER_INFO, 3, new byte[] {1}));
    assertThat(a).isNotEqualTo(null);
    assertThat(a).isNotEqualTo(INFO);
  }

  @Test
  void hashCode_differentSourceDetails_differs() {
    DecodedTrack a = new DecodedTrack(INFO, 3, new byte[] {1, 2, 3});
    DecodedTrack b = new DecodedTrack(INFO, 3, new byte[] {3, 2, 1});

    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
  }

  @Test
  void constructor_callerChangesArrayAfterwards_trackIsUnchanged() {
    byte[] details = {1, 2, 3};
    DecodedTrack track = new DecodedTrack(INFO, 3, details);

    details[0] = 9;

    assertThat(track.sourceDetails()).containsExactly(1, 2, 3);
  }

  @Test
  void sourceDetails_callerChangesReturnedArray_trackIsUnchanged() {
    DecodedTrack track = new DecodedTrack(INFO, 3, new byte[] {1, 2, 3});

    byte[] returned = track.sourceDetails();
    returned[0] = 9;

    assertThat(track.sourceDetails()).containsExactly(1, 2, 3);
    assertThat(track.sourceDetails()).isNotSameAs(track.sourceDetails());
  }

  @Test
  void constructor_nullArguments_throwsNullPointerExceptionNamingThem() {
    assertThatNullPointerException()
        .isThrownBy(() -> new DecodedTrack(null, 3, new byte[0]))
        .withMessage("info");
    assertThatNullPointerException()
        .isThrownBy(() -> new DecodedTrack(INFO, 3, null))
        .withMessage("sourceDetails");
  }

  @Test
  void of_info_hasCurrentVersionAndNoSourceDetails() {
    DecodedTrack track = DecodedTrack.of(INFO);

    assertThat(track.info()).isSameAs(INFO);
    assertThat(track.version()).isEqualTo(DecodedTrack.CURRENT_VERSION).isEqualTo(3);
    assertThat(track.sourceDetails()).isEmpty();
  }

  @Test
  void withContainerProbe_plainProbe_storesModifiedUtf8WithLength() {
    DecodedTrack track = DecodedTrack.withContainerProbe(INFO, "flac");

    assertThat(track.version()).isEqualTo(3);
    assertThat(track.info()).isSameAs(INFO);
    assertThat(track.sourceDetails()).containsExactly(0, 4, 'f', 'l', 'a', 'c');
  }

  @Test
  void withContainerProbe_probeWithParameters_storesTheWholeString() throws IOException {
    String probe = "mpegts-adts|x=1|\u00E9\u0000\uD83C\uDFB5";

    DecodedTrack track = DecodedTrack.withContainerProbe(INFO, probe);

    assertThat(track.sourceDetails()).containsExactly(writeUtf(probe));
    assertThat(track.sourceDetails()[1]).isEqualTo((byte) 26);
  }

  @Test
  void withContainerProbe_emptyProbe_storesZeroLength() {
    assertThat(DecodedTrack.withContainerProbe(INFO, "").sourceDetails()).containsExactly(0, 0);
  }

  @Test
  void withContainerProbe_probeLongerThan65535Bytes_namesProbe() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecodedTrack.withContainerProbe(INFO, "m".repeat(65536)))
        .withMessage("probe is too long to encode: more than 65535 bytes in modified UTF-8");
  }

  @Test
  void withContainerProbe_sameProbe_equalsTrackBuiltFromBytes() throws IOException {
    assertThat(DecodedTrack.withContainerProbe(INFO, "mp3"))
        .isEqualTo(new DecodedTrack(INFO, 3, writeUtf("mp3")));
  }

  @Test
  void toString_sourceDetails_showsThemInHex() {
    DecodedTrack track = new DecodedTrack(INFO, 2, new byte[] {0, 3, 'm', 'p', '3'});

    assertThat(track.toString()).contains("sourceDetails=00036d7033").contains("version=2");
  }

  private static byte[] writeUtf(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF(text);
    return bytes.toByteArray();
  }
}
