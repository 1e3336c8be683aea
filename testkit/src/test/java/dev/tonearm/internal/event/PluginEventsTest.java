package dev.tonearm.internal.event;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.ExtraEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.node.Node;
import dev.tonearm.plugin.LavalinkPlugin;
import dev.tonearm.plugin.PluginEventDecoder;
import dev.tonearm.testkit.FakeLavalink;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A registered plugin's event types reach listeners typed; the others still as ExtraEvent. */
class PluginEventsTest {
  private static final long GUILD = 817327181659111454L;

  record Ping(Node node, long guildId, long count) implements TonearmEvent {
    @Override
    public EventKind kind() {
      return EventKind.EXTRA;
    }
  }

  private static final LavalinkPlugin PINGER = new LavalinkPlugin() {
    @Override
    public String name() {
      return "pinger";
    }

    @Override
    public Map<String, PluginEventDecoder> eventDecoders() {
      return Map.of("Ping", frame -> new Ping(frame.node(), frame.guildId(), frame.raw().getLong("count")));
    }
  };

  @Test
  void pluginEvent_registeredDecoder_reachesTypedListener() throws Exception {
    try (FakeLavalink fake = FakeLavalink.start();
        Lavalink lavalink = TestLavalink.connect(fake, builder -> builder.plugin(PINGER))) {
      CompletableFuture<Ping> received = new CompletableFuture<>();
      lavalink.on(Ping.class, received::complete);
      JsonObject fields = new JsonObject();
      fields.addProperty("count", 3);

      fake.sessions().get(0).emitEvent(GUILD, "Ping", fields);

      Ping ping = received.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(ping.guildId()).isEqualTo(GUILD);
      assertThat(ping.count()).isEqualTo(3);
      assertThat(ping.node()).isSameAs(lavalink.nodes().get(0));
    }
  }

  @Test
  void pluginEvent_frameTheDecoderCannotRead_arrivesAsExtraEvent() throws Exception {
    try (FakeLavalink fake = FakeLavalink.start();
        Lavalink lavalink = TestLavalink.connect(fake, builder -> builder.plugin(PINGER))) {
      CompletableFuture<ExtraEvent> received = new CompletableFuture<>();
      lavalink.on(ExtraEvent.class, received::complete);

      fake.sessions().get(0).emitEvent(GUILD, "Ping", new JsonObject());

      assertThat(received.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).type()).isEqualTo("Ping");
    }
  }

  @Test
  void pluginEvent_typeNoPluginDecodes_arrivesAsExtraEvent() throws Exception {
    try (FakeLavalink fake = FakeLavalink.start();
        Lavalink lavalink = TestLavalink.connect(fake, builder -> builder.plugin(PINGER))) {
      CompletableFuture<ExtraEvent> received = new CompletableFuture<>();
      lavalink.on(ExtraEvent.class, received::complete);
      JsonObject fields = new JsonObject();
      fields.addProperty("x", "y");

      fake.sessions().get(0).emitEvent(GUILD, "Unknown", fields);

      ExtraEvent event = received.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event.type()).isEqualTo("Unknown");
      assertThat(event.raw().getString("x")).isEqualTo("y");
    }
  }
}
