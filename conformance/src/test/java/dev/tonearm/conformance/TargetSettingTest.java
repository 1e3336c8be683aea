package dev.tonearm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the environment picks the node; runs without any node. */
class TargetSettingTest {
  private static final String SECRET = "s3cr3t|with-a-bar";

  @TempDir
  Path media;

  @Test
  void parse_neitherVariable_fakeNode() {
    assertThat(TargetSetting.parse(null, null)).isEmpty();
    assertThat(TargetSetting.parse("  ", "")).isEmpty();
  }

  @Test
  void parse_addressPasswordAndMedia_realNode() {
    TargetSetting setting = TargetSetting.parse(" http://10.0.0.5:2333 |" + SECRET,
        media.toString()).orElseThrow();

    assertThat(setting.uri()).isEqualTo(URI.create("http://10.0.0.5:2333"));
    assertThat(setting.password()).isEqualTo(SECRET);
    assertThat(setting.media()).isEqualTo(media.toAbsolutePath());
    assertThat(setting.toString()).doesNotContain(SECRET);
  }

  @Test
  void parse_addressWithPathPrefix_keptForAReverseProxy() {
    TargetSetting setting = TargetSetting.parse("http://proxy.local/lavalink|pw",
        media.toString()).orElseThrow();

    assertThat(setting.uri()).isEqualTo(URI.create("http://proxy.local/lavalink"));
  }

  @Test
  void parse_noSeparator_namesTheVariableAndFormWithoutEchoingTheValue() {
    assertThatThrownBy(() -> TargetSetting.parse("http://localhost:2333,s3cr3t",
        media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("TONEARM_IT_LAVALINK")
        .hasMessageContaining("'http://host:2333|password'")
        .hasMessageContaining("no '|'")
        .message().doesNotContain("s3cr3t");
  }

  @Test
  void parse_emptyPassword_rejected() {
    assertThatThrownBy(() -> TargetSetting.parse("http://localhost:2333|", media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("password after '|' is empty");
  }

  @Test
  void parse_addressNotHttp_rejectedWithoutThePassword() {
    assertThatThrownBy(() -> TargetSetting.parse("localhost:2333|" + SECRET, media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("'localhost:2333' is not an absolute http:// address")
        .message().doesNotContain(SECRET);
    assertThatThrownBy(() -> TargetSetting.parse("http://bad host:2333|pw", media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("is not a URI");
  }

  @Test
  void parse_httpsAddress_rejectedWithTheReason() {
    assertThatThrownBy(() -> TargetSetting.parse("https://lavalink.example.com|pw",
        media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("plain http address");
  }

  @Test
  void parse_realNodeWithoutMedia_explainsWhatTheDirectoryIsFor() {
    assertThatThrownBy(() -> TargetSetting.parse("http://localhost:2333|pw", null))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("TONEARM_IT_MEDIA")
        .hasMessageContaining("the node can read at the same path")
        .hasMessageContaining("is not set");
  }

  @Test
  void parse_mediaNotADirectory_rejected() throws Exception {
    Path file = Files.writeString(media.resolve("file"), "x");

    assertThatThrownBy(() -> TargetSetting.parse("http://localhost:2333|pw", file.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining(file + ", which is not a directory");
    assertThatThrownBy(() -> TargetSetting.parse("http://localhost:2333|pw",
        media.resolve("absent").toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("which is not a directory");
  }

  @Test
  void parse_mediaWithoutNode_rejected() {
    assertThatThrownBy(() -> TargetSetting.parse(null, media.toString()))
        .isInstanceOf(TargetSettingException.class)
        .hasMessageContaining("TONEARM_IT_MEDIA is set but TONEARM_IT_LAVALINK is not");
  }
}
