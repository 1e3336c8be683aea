package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.ALICE;
import static dev.tonearm.jda.TestBot.WAIT;
import static dev.tonearm.jda.TestBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.JDAInfo;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/**
 * The README's section "JDA", run as written against the fake Discord and a fake Lavalink node.
 * Each line of its Java blocks must appear in this file, after {@link #FAKE_CONFIGURATION}: the
 * fakes' addresses, nothing else. A README line that changes, or an API it calls that changes,
 * fails here.
 */
class ReadmeTest {
  /** What differs from the README: the fakes' addresses. The node's password is the README's. */
  private static final Map<String, String> FAKE_CONFIGURATION = Map.of(
      "URI.create(\"http://127.0.0.1:2333\")", "node.uri()",
      "JDABuilder.createDefault(token)", "discord.configure(JDABuilder.createDefault(token))",
      "DefaultShardManagerBuilder.createDefault(token)",
      "discord.configure(DefaultShardManagerBuilder.createDefault(token))");

  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "dev", "tonearm", "jda", "ReadmeTest.java");

  /** The README's {@code log}: a logger that keeps what it was told. */
  private final RecordingLog log = new RecordingLog();
  private final long guildId = TestBot.newGuildId(1, 2);
  private final long voice = TestGuild.voiceOf(guildId);
  private final long otherVoice = TestGuild.otherVoiceOf(guildId);
  private FakeLavalink node;
  private FakeDiscord discord;

  @BeforeEach
  void startFakes() {
    node = FakeLavalink.start();
    // Alice sits in the voice channel; the guild is on shard 1 of a two-shard bot.
    discord = FakeDiscord.builder().shards(2).guild(TestBot.guildSpec(guildId)).build();
  }

  @AfterEach
  void stopFakes() {
    discord.close();
    node.close();
  }

  @Test
  void readme_everyJavaLineOfTheJdaSection_isRunHere() throws IOException {
    String section = jdaSection();
    String source = normalize(Files.readString(THIS_FILE));

    List<String> missing = new ArrayList<>();
    for (String line : javaLines(section)) {
      String expected = line;
      for (Map.Entry<String, String> fake : FAKE_CONFIGURATION.entrySet()) {
        expected = expected.replace(fake.getKey(), fake.getValue());
      }
      if (!source.contains(normalize(expected))) {
        missing.add(line);
      }
    }

    assertThat(javaLines(section)).hasSizeGreaterThan(10);
    assertThat(missing).as("README lines this test does not run").isEmpty();
  }

  @Test
  void readme_jdaDependency_isTheJdaTheModuleIsBuiltWith() throws IOException {
    Matcher version = Pattern.compile("<artifactId>JDA</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(jdaSection());

    assertThat(version.find()).isTrue();
    assertThat(version.group(1)).isEqualTo(
        JDAInfo.VERSION_MAJOR + "." + JDAInfo.VERSION_MINOR + "." + JDAInfo.VERSION_REVISION);
  }

  @Test
  void readme_oneJda() throws Exception {
    String token = discord.botToken();
    TonearmJda tonearm = TonearmJda.builder(token)
        .node(NodeOptions.builder("main", node.uri(), "youshallnotpass").build())
        .build();

    JDA jda = tonearm.install(discord.configure(JDABuilder.createDefault(token))).build();
    try {
      jda.awaitReady();
      // install(...) is setVoiceDispatchInterceptor(tonearm).addEventListeners(tonearm)
      assertThat(jda.getRegisteredListeners()).contains(tonearm);

      playersByGuildAndChannel(tonearm, jda.getGuildById(guildId));
    } finally {
      jda.shutdownNow();
      jda.awaitShutdown();
      tonearm.close();
    }
  }

  @Test
  void readme_everyShard() throws Exception {
    String token = discord.botToken();
    TonearmJda tonearm = TonearmJda.builder(token)
        .node(NodeOptions.builder("main", node.uri(), "youshallnotpass").build())
        .build();

    // or, for every shard:
    ShardManager shards = tonearm.install(discord.configure(DefaultShardManagerBuilder.createDefault(token))).build();
    try {
      eventually().until(() -> shards.getShards().size() == 2);
      for (JDA shard : shards.getShards()) {
        shard.awaitReady();
        assertThat(shard.getRegisteredListeners()).contains(tonearm);
      }

      playersByGuildAndChannel(tonearm, shards.getGuildById(guildId));
    } finally {
      List<JDA> all = List.copyOf(shards.getShards());
      shards.shutdown();
      for (JDA shard : all) {
        shard.awaitShutdown();
      }
      tonearm.close();
    }
  }

  /** "Players by JDA guild and channel", then what each line promises. */
  private void playersByGuildAndChannel(TonearmJda tonearm, Guild guild) throws Exception {
    Member member = guild.getMemberById(ALICE);
    AudioChannel channel = guild.getVoiceChannelById(otherVoice);
    Track track = ((LoadResult.TrackLoaded) tonearm.lavalink().loadTracks(FakeCatalog.YOUTUBE_TRACK)
        .get(WAIT.toSeconds(), TimeUnit.SECONDS)).track();
    List<TrackStartEvent> started = new CopyOnWriteArrayList<>();
    tonearm.lavalink().on(TrackStartEvent.class, started::add);

    tonearm.lavalink().on(PlayerDisconnectEvent.class, e -> log.info("{} left: {}", e.guildId(), e.trigger()));
    Player player = tonearm.connect(member.getVoiceState().getChannel());  // opcode 4 via JDA
    player.play(track);                          // starts as soon as Discord sent the voice credentials
    eventually().until(() -> !started.isEmpty());
    tonearm.connect(channel, false, true);       // self-mute off, self-deafen on
    eventually().until(() -> discord.voiceStateRequests().size() == 2);
    tonearm.player(guild).setVolume(80);
    eventually().until(() -> node.sessions().get(0).player(guildId).orElseThrow().volume() == 80);
    eventually().until(() -> tonearm.channel(player).isPresent()
        && tonearm.channel(player).get() == channel);
    tonearm.channel(player);                     // Optional<AudioChannel> the bot is in
    tonearm.disconnect(guild);                   // leaves; PlayerDisconnectEvent with REQUESTED

    assertThat(discord.voiceStateRequests()).startsWith(
        new VoiceStateRequest(guildId, voice, false, false),
        new VoiceStateRequest(guildId, otherVoice, false, true));
    eventually().until(() -> discord.voiceStateRequests().size() == 3);
    assertThat(discord.voiceStateRequests().get(2).leaves()).isTrue();
    assertThat(started.get(0).track().info().identifier()).isEqualTo(track.info().identifier());
    eventually().until(() -> log.lines.contains(guildId + " left: REQUESTED"));
    eventually().until(() -> node.sessions().get(0).player(guildId).isEmpty());
  }

  /** Logs at INFO level, SLF4J style, into a list. */
  private static final class RecordingLog {
    final List<String> lines = new CopyOnWriteArrayList<>();

    void info(String format, Object... arguments) {
      lines.add(MessageFormatter.arrayFormat(format, arguments).getMessage());
    }
  }

  private static String jdaSection() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## JDA\n");
    assertThat(start).as("README has a section \"## JDA\"").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> javaLines(String section) {
    List<String> lines = new ArrayList<>();
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return lines;
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
