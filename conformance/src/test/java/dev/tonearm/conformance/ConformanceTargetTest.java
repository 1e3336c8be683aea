package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Both kinds of target, built without connecting to anything. */
class ConformanceTargetTest {
  @TempDir
  Path media;

  @Test
  void real_setting_writesTheMediaFilesThereAndSkipsFakeOnlyTests() throws Exception {
    ConformanceTarget target = ConformanceTarget.real(
        new TargetSetting(URI.create("http://10.0.0.5:2333"), "s3cr3t", media));

    try (target) {
      assertThat(target.isReal()).isTrue();
      assertThat(target.uri()).isEqualTo(URI.create("http://10.0.0.5:2333"));
      assertThat(target.password()).isEqualTo("s3cr3t");
      assertThat(target.time().clock()).isNull();
      assertThat(target.media().toneA()).hasParent(media).exists();
      assertThat(target.toString()).startsWith("real Lavalink node at http://10.0.0.5:2333")
          .doesNotContain("s3cr3t");
      assertThatThrownBy(() -> target.requireFake("a dropped socket"))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("Runs against the fake node only: a dropped socket");
    }
    assertThat(target.media().toneA()).doesNotExist();
    assertThat(media).isEmptyDirectory();
  }

  @Test
  void fake_started_virtualTimeLocalFilesAndItsOwnMediaDirectory() throws Exception {
    ConformanceTarget target = ConformanceTarget.fake();
    Path directory = target.media().directory();

    try (target) {
      assertThat(target.isReal()).isFalse();
      assertThat(target.time().clock()).isSameAs(target.requireFake("nothing").clock());
      assertThat(target.uri()).isEqualTo(target.requireFake("nothing").uri());
      assertThat(target.password()).startsWith("conformance-");
      assertThat(target.toString()).doesNotContain(target.password());
    }
    assertThat(directory).doesNotExist();
  }
}
