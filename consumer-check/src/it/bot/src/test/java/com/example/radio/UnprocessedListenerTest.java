package com.example.radio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tonearm.Lavalink;
import dev.tonearm.annotation.DispatcherNotFoundException;
import dev.tonearm.annotation.OnTrackStart;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.testkit.FakeLavalink;
import org.junit.jupiter.api.Test;

/** The test sources are compiled without tonearm-processor (see the POM), as a forgetful bot's. */
class UnprocessedListenerTest {

  public static class Unprocessed {
    @OnTrackStart
    void started(TrackStartEvent event) {}
  }

  @Test
  void register_listenerCompiledWithoutTheProcessor_saysHowToAddIt() {
    try (FakeLavalink node = FakeLavalink.start();
         Lavalink lavalink = Lavalink.builder(1L)
             .node(NodeOptions.builder("main", node.uri(), node.password()).build()).build()) {
      assertThatThrownBy(() -> lavalink.register(new Unprocessed()))
          .isInstanceOf(DispatcherNotFoundException.class)
          .hasMessageContaining("No generated dispatcher for listener " + Unprocessed.class.getName())
          .hasMessageContaining("compiled without the annotation processor tonearm-processor")
          .hasMessageContaining("<annotationProcessorPaths>")
          .hasMessageContaining("<artifactId>tonearm-processor</artifactId>")
          .hasMessageContaining("<version>" + System.getProperty("tonearm.version") + "</version>");
    }
  }
}
