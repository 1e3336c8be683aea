package dev.tonearm;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeState;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.LoadResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LavalinkLogsTest {
  private static final long GUILD = 817327181659111454L;
  private static final String ENDPOINT = "c-fra05-1234.discord.media:443";

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final FakeLavalink fake = FakeLavalink.start();
  private Lavalink lavalink;

  @BeforeEach
  void capture() {
    lines.start();
    root.addAppender(lines);
  }

  @AfterEach
  void close() {
    root.detachAppender(lines);
    if (lavalink != null) {
      lavalink.close();
    }
    fake.close();
  }

  private List<ILoggingEvent> tonearmLines(Level atLeast) {
    return lines.list.stream()
        .filter(line -> line.getLoggerName().startsWith("dev.tonearm.internal"))
        .filter(line -> line.getLevel().isGreaterOrEqual(atLeast))
        .toList();
  }

  private Player play() throws Exception {
    lavalink.onVoiceStateUpdate(GUILD, 123456789012345678L, "voice-session");
    lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    LoadResult loaded = lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK).get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return lavalink.player(GUILD).play(((LoadResult.TrackLoaded) loaded).track())
        .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Test
  void nodeStateChange_disconnected_logsOneWarningWithTheNodeInTheMdc() {
    lavalink = TestLavalink.connect(fake);
    Node node = lavalink.nodes().get(0);
    int before = tonearmLines(Level.INFO).size();

    fake.dropConnections();
    TestLavalink.advanceUntilState(fake.clock(), node, NodeState.CONNECTED);

    List<ILoggingEvent> logged = tonearmLines(Level.INFO).subList(before, tonearmLines(Level.INFO).size());
    assertThat(logged).filteredOn(line -> line.getLevel() == Level.WARN)
        .singleElement().satisfies(line -> {
          assertThat(line.getFormattedMessage()).contains("disconnected");
          assertThat(line.getMDCPropertyMap()).containsEntry("tonearm.node", "main");
        });
    assertThat(logged).filteredOn(line -> line.getFormattedMessage().contains("resumed session"))
        .singleElement().satisfies(line ->
            assertThat(line.getMDCPropertyMap()).containsEntry("tonearm.node", "main"));
  }

  @Test
  void voiceUpdate_refusedByTheNode_logsAWarningWithTheGuildAndNodeInTheMdc() {
    lavalink = TestLavalink.connect(fake);
    fake.failVoiceConnections(true);

    lavalink.onVoiceStateUpdate(GUILD, 123456789012345678L, "voice-session");
    lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);

    await().atMost(IO_TIMEOUT).until(() -> tonearmLines(Level.WARN).stream()
        .anyMatch(line -> line.getFormattedMessage().contains("did not take the voice update")));
    assertThat(tonearmLines(Level.WARN))
        .filteredOn(line -> line.getFormattedMessage().contains("did not take the voice update"))
        .allSatisfy(line -> assertThat(line.getMDCPropertyMap())
            .containsEntry("tonearm.guild", Long.toUnsignedString(GUILD))
            .containsEntry("tonearm.node", "main"));
  }

  @Test
  void playing_framesAndCommands_logNothingAtInfo() throws Exception {
    lavalink = TestLavalink.connect(fake);
    int before = tonearmLines(Level.INFO).size();

    Player player = play();
    for (int i = 0; i < 12; i++) {
      fake.clock().advance(Duration.ofSeconds(5));
    }
    CompletableFuture<Player> paused = player.setPaused(true);
    paused.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    player.setVolume(50).get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(tonearmLines(Level.INFO).subList(before, tonearmLines(Level.INFO).size())).isEmpty();
  }

  @Test
  void close_nodeClosed_logsOneLineForTheStateChange() {
    lavalink = TestLavalink.connect(fake);
    int before = tonearmLines(Level.INFO).size();

    lavalink.close();

    assertThat(tonearmLines(Level.INFO).subList(before, tonearmLines(Level.INFO).size()))
        .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
        .contains("Node 'main' closed");
  }
}
