package dev.tonearm.example.music;

import static dev.tonearm.example.music.CommandHarness.GUILD;
import static dev.tonearm.example.music.CommandHarness.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.NodeDisconnectedEvent;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.QueueEndEvent;
import dev.tonearm.testkit.FakeCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MusicEventsTest {
  private final CommandHarness bot = new CommandHarness();

  @AfterEach
  void close() {
    bot.close();
  }

  private long count(List<String> lines, String part) {
    return lines.stream().filter(line -> line.contains(part)).count();
  }

  @Test
  void trackStart_announcesTheTrackAndWhoAskedForIt() {
    bot.play("never gonna give you up");

    await().atMost(TIMEOUT).until(() -> count(bot.announced, "Now playing:") == 1);
    assertThat(bot.announced.get(0)).contains("Rick Astley - Never Gonna Give You Up")
        .contains("by Rick Astley");
  }

  @Test
  void trackStart_eachTrackOfTheQueue_isAnnouncedOnce() {
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.play(FakeCatalog.YOUTUBE_LOOP_TRACK);
    bot.awaitPlaying("Tonearm Test Tone");

    bot.clock.advance(Duration.ofSeconds(31));

    await().atMost(TIMEOUT).until(() -> count(bot.announced, "Now playing:") == 2);
    assertThat(bot.announced).filteredOn(line -> line.startsWith("Now playing:"))
        .satisfiesExactly(
            first -> assertThat(first).contains("Tonearm Test Tone"),
            second -> assertThat(second).contains("Tonearm Lo-fi Loop"));
  }

  @Test
  void trackException_announcesTheFailure() {
    bot.play("never gonna give you up");
    bot.awaitPlaying("Rick Astley - Never Gonna Give You Up");

    bot.session().emitTrackException(GUILD, "The stream broke off", "suspicious",
        "java.io.EOFException");

    await().atMost(TIMEOUT).until(() -> count(bot.announced, "Could not play a track") == 1);
    assertThat(bot.announced).anySatisfy(line -> assertThat(line)
        .contains("Never Gonna Give You Up").contains("failed: The stream broke off"));
  }

  @Test
  void trackStuck_announcesItAndSkipsToTheNextTrack() {
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.awaitPlaying("Rick Astley - Never Gonna Give You Up");

    bot.session().emitTrackStuck(GUILD, 10_000);

    bot.awaitPlaying("Tonearm Test Tone");
    assertThat(bot.announced).anySatisfy(line -> assertThat(line)
        .startsWith("A track got stuck").contains("no audio for 10 seconds"));
  }

  @Test
  void queueEnd_announcesThatTheMusicRanOut() {
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.awaitPlaying("Tonearm Test Tone");

    bot.clock.advance(Duration.ofSeconds(31));

    await().atMost(TIMEOUT).until(() -> !bot.eventsOf(QueueEndEvent.class).isEmpty());
    await().atMost(TIMEOUT).until(() -> count(bot.announced, "The queue is finished") == 1);
    assertThat(bot.announced).anySatisfy(line -> assertThat(line)
        .contains("Tonearm Test Tone").contains("was the last track"));
  }

  @Test
  void inactivePlayer_afterThreeIdleMinutes_announcesAndLeaves() {
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.awaitPlaying("Tonearm Test Tone");
    bot.clock.advance(Duration.ofSeconds(31));
    await().atMost(TIMEOUT).until(() -> !bot.eventsOf(QueueEndEvent.class).isEmpty());

    bot.clock.advance(MusicEvents.IDLE_POLICY.timeout());

    await().atMost(TIMEOUT).until(() -> count(bot.announced, "Idle:") == 1);
    assertThat(bot.announced).anySatisfy(line -> assertThat(line)
        .isEqualTo("Idle: I am leaving because nothing has played for 3:00."));
    await().atMost(TIMEOUT).until(() -> !bot.eventsOf(PlayerDisconnectEvent.class).isEmpty());
    assertThat(bot.eventsOf(PlayerDisconnectEvent.class).get(0).trigger())
        .isEqualTo(DisconnectTrigger.INACTIVE);
    assertThat(bot.statuses).anySatisfy(line -> assertThat(line)
        .isEqualTo("Guild 10 left voice channel 20 (inactive)"));
  }

  @Test
  void nodeReady_logsTheNodeAndItsSession() {
    await().atMost(TIMEOUT).until(() -> count(bot.statuses, "is ready") == 1);

    assertThat(bot.statuses.get(0)).startsWith("Node test is ready (session ")
        .contains(bot.lavalink.nodes().get(0).sessionId());
  }

  @Test
  void nodeDisconnected_failedReconnects_areLoggedOncePerOutage() {
    bot.fake.refuseConnections(true);
    bot.fake.dropConnections();
    await().atMost(TIMEOUT).until(() -> bot.eventsOf(NodeDisconnectedEvent.class).size() == 1);
    for (int attempt = 2; attempt <= 3; attempt++) {
      int expected = attempt;
      bot.clock.advance(Duration.ofSeconds(30));
      await().atMost(TIMEOUT)
          .until(() -> bot.eventsOf(NodeDisconnectedEvent.class).size() >= expected);
    }
    long whileDown = count(bot.statuses, "is down");

    bot.fake.refuseConnections(false);
    bot.clock.advance(Duration.ofSeconds(30));
    await().atMost(TIMEOUT).until(() -> bot.eventsOf(NodeReadyEvent.class).size() == 2);
    bot.fake.dropConnections();
    await().atMost(TIMEOUT).until(() -> count(bot.statuses, "is down") == 2);

    assertThat(whileDown).isEqualTo(1);
    assertThat(bot.statuses).anySatisfy(line -> assertThat(line)
        .isEqualTo("Node test is down (connection lost); reconnecting"));
  }
}
