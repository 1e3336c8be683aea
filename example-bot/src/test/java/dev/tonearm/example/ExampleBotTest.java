package dev.tonearm.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleBotTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env) {
    return ExampleBot.run(env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_malformedNodes_explainsAndExitsWithTwo() {
    int code = run(Map.of("DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4.G.x",
        "LAVALINK_NODES", "main=localhost:2333"));

    assertThat(code).isEqualTo(ExampleBot.CONFIG_ERROR).isEqualTo(2);
    assertThat(err()).startsWith("Configuration error: LAVALINK_NODES entry 1")
        .contains("name=uri|password[|region]");
    assertThat(out.size()).isZero();
  }

  @Test
  void run_tokenWithoutNodes_explainsAndExitsWithTwo() {
    int code = run(Map.of("DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4.G.x"));

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("LAVALINK_NODES is not set");
  }

  @Test
  void run_somethingThatIsNotABotToken_explainsAndExitsWithTwo() {
    int code = run(Map.of("DISCORD_TOKEN", "not-a-token",
        "LAVALINK_NODES", "main=http://127.0.0.1:1|pw"));

    assertThat(code).isEqualTo(2);
    assertThat(err()).startsWith("Configuration error: DISCORD_TOKEN: Not a Discord bot token")
        .doesNotContain("not-a-token");
  }

  @Test
  void run_noToken_runsTheOfflineDemoAndExitsWithZero() {
    int code = run(Map.of("LAVALINK_NODES", "ignored=http://127.0.0.1:1|pw"));

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("LAVALINK_NODES is ignored without DISCORD_TOKEN.")
        .contains("offline demo")
        .contains("export DISCORD_TOKEN=");
    assertThat(err()).doesNotContain("failed");
  }
}
