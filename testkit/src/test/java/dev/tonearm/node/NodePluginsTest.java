package dev.tonearm.node;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.testkit.FakeLavalink;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A node tells which plugins it has, and a plugin API on a node without it fails clearly. */
class NodePluginsTest {

  @Test
  void plugins_nodeWithPlugins_listsThemFromInfo() throws Exception {
    try (FakeLavalink fake = FakeLavalink.builder().plugin("lavalyrics-plugin", "1.1.0")
        .plugin("sponsorblock-plugin", "3.0.1").start();
        Lavalink lavalink = TestLavalink.connect(fake)) {
      Node node = lavalink.nodes().get(0);

      assertThat(node.plugins().get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).containsExactlyInAnyOrder(
          new NodeInfo.Plugin("lavalyrics-plugin", "1.1.0"),
          new NodeInfo.Plugin("sponsorblock-plugin", "3.0.1"));
      assertThat(node.requirePlugin("lavalyrics-plugin", "lyrics")
          .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isSameAs(node);
    }
  }

  @Test
  void requirePlugin_nodeWithoutIt_failsNamingPluginAndNode() {
    try (FakeLavalink fake = FakeLavalink.start();
        Lavalink lavalink = TestLavalink.connect(fake)) {
      Node node = lavalink.nodes().get(0);

      assertThatThrownBy(() -> node.requirePlugin("lavalyrics-plugin", "lyrics of the current track")
          .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(PluginUnavailableException.class)
          .hasMessage("Node 'main' does not have the plugin 'lavalyrics-plugin', needed for lyrics"
              + " of the current track")
          .satisfies(e -> {
            PluginUnavailableException missing = (PluginUnavailableException) e;
            assertThat(missing.plugin()).isEqualTo("lavalyrics-plugin");
            assertThat(missing.nodes()).containsExactly("main");
          });
    }
  }
}
