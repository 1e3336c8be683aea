package dev.tonearm.internal.node;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.node.NodeState;
import dev.tonearm.node.PluginUnavailableException;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.VirtualClock;
import dev.tonearm.track.LoadResult;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Loads of a plugin's identifiers go to a node that has the plugin, over real sockets. */
class PluginRoutingTest {
  private static final LavalinkPlugin SPOTIFY = new LavalinkPlugin() {
    @Override
    public String name() {
      return "lavasrc-plugin";
    }

    @Override
    public List<String> identifierPrefixes() {
      return List.of("spsearch:", "sprec:");
    }
  };

  private final VirtualClock clock = new VirtualClock();
  private FakeLavalink plain;
  private FakeLavalink withPlugin;
  private Lavalink lavalink;

  @AfterEach
  void stop() {
    if (lavalink != null) {
      lavalink.close();
    }
    if (plain != null) {
      plain.close();
    }
    if (withPlugin != null) {
      withPlugin.close();
    }
  }

  private void connect(boolean secondHasPlugin) {
    plain = FakeLavalink.builder().clock(clock).start();
    FakeLavalink.Builder second = FakeLavalink.builder().clock(clock);
    withPlugin = (secondHasPlugin ? second.plugin("lavasrc-plugin", "4.8.1") : second).start();
    lavalink = Lavalink.builder(TestLavalink.USER_ID)
        .scheduler(clock)
        .plugin(SPOTIFY)
        .node(TestLavalink.options("plain", plain).build())
        .node(TestLavalink.options("spotify", withPlugin).build())
        .build();
    lavalink.nodes().forEach(node -> TestLavalink.awaitState(node, NodeState.CONNECTED));
    plain.recordCalls(true);
    withPlugin.recordCalls(true);
  }

  @Test
  void loadTracks_pluginPrefix_goesToTheNodeWithThePlugin() throws Exception {
    connect(true);

    for (int i = 0; i < 5; i++) {
      lavalink.loadTracks("spsearch:song " + i).get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    assertThat(plain.calls()).noneMatch(call -> call.path().equals("/v4/loadtracks"));
    assertThat(withPlugin.calls()).filteredOn(call -> call.path().equals("/v4/loadtracks"))
        .hasSize(5);
  }

  @Test
  void loadTracks_pluginPrefix_asksEachNodeForItsPluginsOnce() throws Exception {
    connect(true);

    lavalink.loadTracks("spsearch:a").get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    lavalink.loadTracks("sprec:seed_tracks=1").get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(plain.calls()).filteredOn(call -> call.path().equals("/v4/info")).hasSize(1);
    assertThat(withPlugin.calls()).filteredOn(call -> call.path().equals("/v4/info")).hasSize(1);
  }

  @Test
  void loadTracks_noNodeHasThePlugin_failsNamingPluginAndNodes() {
    connect(false);

    assertThatThrownBy(() -> lavalink.loadTracks("spsearch:x")
        .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(PluginUnavailableException.class)
        .hasMessage("None of the nodes [plain, spotify] has the plugin 'lavasrc-plugin', needed for"
            + " loading 'spsearch:x'");
  }

  @Test
  void loadTracks_otherIdentifier_asksNoNodeForPlugins() throws Exception {
    connect(false);

    LoadResult result = lavalink.loadTracks("ytsearch:x").get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(result).isNotNull();
    assertThat(plain.calls()).noneMatch(call -> call.path().equals("/v4/info"));
    assertThat(withPlugin.calls()).noneMatch(call -> call.path().equals("/v4/info"));
  }
}
