package dev.tonearm.example.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OfflineDemoTest {

  private static long occurrences(String text, String part) {
    return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }

  @Test
  void run_scriptedSession_printsEveryStepAndHowToRunTheRealBot() throws Exception {
    // Answers are printed as the fake Discord received them from JDA: refusals only the member
    // sees are marked (!), channel posts [message].
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    OfflineDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("[log] Node main is ready", "[log] Node backup is ready")
        .contains("The bot logged into the fake Discord and registered 15 slash commands.")
        .contains("> Robin: /play query:never gonna give you up\n  | Playing\n"
            + "  | Rick Astley - Never Gonna Give You Up (3:32)")
        .contains("  | Added a playlist to the queue\n  | Tonearm Test Playlist: 3 tracks")
        .contains("  | 3. Tonearm One Hour Mix (1:00:00) · Robin")
        .contains("  | (1:10) ━━━━━━━●───────────── (3:32)")
        .contains("> Sam (not in voice): /pause\n  | (!) Join a voice channel first")
        .contains("  | Tonearm One Hour Mix is now #1 in the queue.")
        .contains("  | Filter: nightcore")
        .contains("  | (!) That is not a time")
        .contains("  | Jumped to 1:30")
        .contains("  | Loop: queue")
        .contains("[message] Now playing: Tonearm Lo-fi Loop (3:00)")
        .contains("  | Left #lounge and cleared the queue. Bye!")
        .contains("[log] Guild 100 left voice channel 200 (requested)")
        .contains("export DISCORD_TOKEN=", "export LAVALINK_NODES=")
        .doesNotContain("null");
    // A failover is invisible to members: the moved track is not announced a second time.
    assertThat(occurrences(out, "[message] Now playing: Tonearm One Hour Mix")).as(out).isEqualTo(1);
  }

  @Test
  void run_failover_movesThePlayerFromTheCrashedNodeToTheOther() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    OfflineDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    String out = buffer.toString(StandardCharsets.UTF_8);
    Matcher crash = Pattern.compile("== Node '(main|backup)', which this guild plays on, crashes")
        .matcher(out);
    assertThat(crash.find()).isTrue();
    String crashed = crash.group(1);
    String other = crashed.equals("main") ? "backup" : "main";
    assertThat(out).contains("[log] Node " + crashed + " is down (connection lost); reconnecting")
        .contains("[log] Guild 100 moved from node " + crashed + " to " + other + " (failover)");
    String afterCrash = out.substring(crash.start());
    assertThat(afterCrash).contains("  | Node: " + other)
        .contains("  | Filter: nightcore\n  | Node: " + other);
    assertThat(out.substring(0, crash.start())).contains("  | Node: " + crashed);
  }

  @Test
  void run_finished_printsTheMetersOfTheSession() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    OfflineDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    String out = buffer.toString(StandardCharsets.UTF_8);
    Matcher calls = Pattern.compile("tonearm\\.rest\\.requests +(\\d+) calls").matcher(out);
    assertThat(calls.find()).as(out).isTrue();
    assertThat(Integer.parseInt(calls.group(1))).isPositive();
    assertThat(out).containsPattern("tonearm\\.events\\.delivered +[1-9]\\d* events")
        .containsPattern("tonearm\\.players\\.moved +1\\n")
        .containsPattern("tonearm\\.node\\.reconnects +[1-9]");
  }

  @Test
  void run_finished_leavesNoThreadThatKeepsTheJvmAlive() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    OfflineDemo.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    List<Thread> started = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && !thread.isDaemon())
        .toList();
    for (Thread thread : started) {
      thread.join(5_000);
    }
    assertThat(started).filteredOn(Thread::isAlive).isEmpty();
  }
}
