package dev.tonearm.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.node.NodeOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BotConfigTest {
  private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-part";

  @Test
  void from_noToken_isTheOfflineDemo() throws Exception {
    BotConfig config = BotConfig.from(Map.of());

    assertThat(config.offline()).isTrue();
    assertThat(config.nodes()).isEmpty();
    assertThat(config.stateFile()).isNull();
  }

  @Test
  void from_tokenAndNodes_readsEverything(@TempDir Path folder) throws Exception {
    BotConfig config = BotConfig.from(Map.of(
        "DISCORD_TOKEN", " " + TOKEN + " ",
        "LAVALINK_NODES", "main=http://localhost:2333|youshallnotpass|EU; backup = https://lava.example.com:443 | pw2 ;",
        "TONEARM_STATE_FILE", folder.resolve("state.json").toString()));

    assertThat(config.offline()).isFalse();
    assertThat(config.token()).isEqualTo(TOKEN);
    assertThat(config.nodes()).extracting(NodeOptions::name).containsExactly("main", "backup");
    assertThat(config.nodes()).extracting(NodeOptions::uri).containsExactly(
        URI.create("http://localhost:2333"), URI.create("https://lava.example.com:443"));
    assertThat(config.nodes()).extracting(NodeOptions::password)
        .containsExactly("youshallnotpass", "pw2");
    assertThat(config.nodes()).extracting(NodeOptions::region).containsExactly("eu", null);
    assertThat(config.stateFile()).isEqualTo(folder.resolve("state.json").toAbsolutePath());
  }

  @Test
  void from_tokenWithoutNodes_namesTheVariableAndShowsAnExample() {
    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LAVALINK_NODES is not set")
        .hasMessageContaining("name=uri|password[|region]")
        .hasMessageContaining(BotConfig.NODES_EXAMPLE);
  }

  @Test
  void from_blankToken_saysItIsEmpty() {
    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", "  ")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("DISCORD_TOKEN is set but empty");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "http://localhost:2333|pw # entry 1 ('http://localhost:2333|***') has no name",
      "main=http://localhost:2333 # entry 1 ('main=http://localhost:2333') has 1 part after the name",
      "main=http://a:1|pw|eu|extra # has 4 parts after the name",
      "main=http://localhost:2333| # has an empty password",
      "main=ftp://localhost:2333|pw # needs an absolute http:// or https:// URI",
      "main=http://local host|pw # has a malformed URI",
      "a=http://x:1|pw;a=http://y:1|pw # entry 2 ('a=http://y:1|***') repeats the name 'a'",
      " ; ; # lists no node"})
  void parseNodes_malformed_namesTheEntryAndTheFormat(String nodes, String problem) {
    assertThatThrownBy(() -> BotConfig.parseNodes(nodes))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining("LAVALINK_NODES")
        .hasMessageContaining("Expected name=uri|password[|region], separated by ';'");
  }

  @Test
  void parseNodes_malformedEntry_neverShowsThePassword() {
    assertThatThrownBy(() -> BotConfig.parseNodes("main=ftp://h:1|hunter2|eu"))
        .hasMessageContaining("main=ftp://h:1|***|eu")
        .satisfies(error -> assertThat(error.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void from_stateFileInMissingFolder_saysSo(@TempDir Path folder) {
    Path file = folder.resolve("missing").resolve("state.json");

    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN,
        "LAVALINK_NODES", "main=http://localhost:2333|pw", "TONEARM_STATE_FILE", file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("TONEARM_STATE_FILE names a file in a folder that does not exist");
  }

  @Test
  void from_stateFileIsAFolder_asksForAFile(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("state"));

    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN,
        "LAVALINK_NODES", "main=http://localhost:2333|pw",
        "TONEARM_STATE_FILE", folder.resolve("state").toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("TONEARM_STATE_FILE names a folder");
  }

  @Test
  void from_metricsPort_isRead() throws Exception {
    BotConfig config = BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN,
        "LAVALINK_NODES", "main=http://localhost:2333|pw", "TONEARM_METRICS_PORT", " 9464 "));

    assertThat(config.metricsPort()).isEqualTo(9464);
  }

  @Test
  void from_metricsPortOutOfRange_namesTheVariableAndTheRange() {
    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN,
        "LAVALINK_NODES", "main=http://localhost:2333|pw", "TONEARM_METRICS_PORT", "70000")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("TONEARM_METRICS_PORT must be a TCP port from 0 to 65535, was '70000'");
    assertThatThrownBy(() -> BotConfig.from(Map.of("DISCORD_TOKEN", TOKEN,
        "LAVALINK_NODES", "main=http://localhost:2333|pw", "TONEARM_METRICS_PORT", "http")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("was 'http'");
  }

  @Test
  void toString_config_hidesTokenAndPasswords() throws Exception {
    BotConfig config = new BotConfig(TOKEN, BotConfig.parseNodes("main=http://h:1|hunter2"), null,
        null);

    assertThat(config.toString()).doesNotContain("secret-part").doesNotContain("hunter2")
        .contains("main");
    assertThat(config.nodes()).isEqualTo(List.copyOf(config.nodes()));
  }
}
