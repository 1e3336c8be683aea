package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.jda.TonearmJda;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.MessageFormatter;

/**
 * The README's section "JDA" and its listener, run against the fake Discord (real JDA, one shard
 * and two) and a fake Lavalink node. The regions differ from the README only in the fakes'
 * addresses, which their "in README" lines name.
 */
class JdaReadmeTest {
  /** Guild {@code 1 << 22} is on shard 1 of a two-shard bot. */
  private static final long GUILD = 1L << 22;
  private static final long VOICE = GUILD + 1;
  private static final long OTHER_VOICE = GUILD + 2;
  private static final long ALICE = 200_000_000_000_000_001L;

  /** The README's {@code log}: a logger that keeps what it was told. */
  private final RecordingLog log = new RecordingLog();
  private final ListAppender<ILoggingEvent> listenerLog = new ListAppender<>();
  private FakeLavalink node;
  private FakeDiscord discord;

  @BeforeEach
  void startFakes() {
    node = FakeLavalink.start();
    discord = FakeDiscord.builder().shards(2).guild(GuildSpec.builder(GUILD)
            .voiceChannel(VOICE, "Music")
            .voiceChannel(OTHER_VOICE, "Lounge")
            .human(ALICE, "alice")
            .voiceState(ALICE, VOICE)
            .build())
        .build();
    listenerLog.start();
    ((Logger) LoggerFactory.getLogger(MusicListener.class)).addAppender(listenerLog);
  }

  @AfterEach
  void stopFakes() {
    ((Logger) LoggerFactory.getLogger(MusicListener.class)).detachAppender(listenerLog);
    discord.close();
    node.close();
  }

  @Test
  void install_oneJda_playsAndLeavesAsTheReadmeSays() throws Exception {
    String token = discord.botToken();
    TonearmJda tonearm = tonearm(token);

    // region jda-install-one
    // in README: discord.configure(JDABuilder.createDefault(token)) => JDABuilder.createDefault(token)
    JDA jda = tonearm.install(discord.configure(JDABuilder.createDefault(token))).build();
    // endregion jda-install-one
    try {
      jda.awaitReady();
      assertThat(jda.getRegisteredListeners()).contains(tonearm);

      playersByGuildAndChannel(tonearm, jda.getGuildById(GUILD));
    } finally {
      jda.shutdownNow();
      jda.awaitShutdown();
      tonearm.close();
    }
  }

  @Test
  void install_everyShard_playsAndLeavesAsTheReadmeSays() throws Exception {
    String token = discord.botToken();
    TonearmJda tonearm = tonearm(token);

    // region jda-install-shards
    // or, for every shard:
    // in README: discord.configure(DefaultShardManagerBuilder.createDefault(token)) => DefaultShardManagerBuilder.createDefault(token)
    ShardManager shards = tonearm.install(discord.configure(DefaultShardManagerBuilder.createDefault(token))).build();
    // install(...) is setVoiceDispatchInterceptor(tonearm).addEventListeners(tonearm)
    // endregion jda-install-shards
    try {
      eventually().until(() -> shards.getShards().size() == 2);
      for (JDA shard : shards.getShards()) {
        shard.awaitReady();
        assertThat(shard.getRegisteredListeners()).contains(tonearm);
      }

      playersByGuildAndChannel(tonearm, shards.getGuildById(GUILD));
    } finally {
      List<JDA> all = List.copyOf(shards.getShards());
      shards.shutdown();
      for (JDA shard : all) {
        shard.awaitShutdown();
      }
      tonearm.close();
    }
  }

  private TonearmJda tonearm(String token) {
    // region jda-builder
    // in README: node.uri() => URI.create("http://127.0.0.1:2333")
    TonearmJda tonearm = TonearmJda.builder(token)
        .node(NodeOptions.builder("main", node.uri(), "youshallnotpass").build())
        .build();

    // endregion jda-builder
    return tonearm;
  }

  /** "Players by JDA guild and channel" with the README's listener, then what each line promises. */
  private void playersByGuildAndChannel(TonearmJda tonearm, Guild guild) throws Exception {
    Member member = guild.getMemberById(ALICE);
    AudioChannel channel = guild.getVoiceChannelById(OTHER_VOICE);
    Track track = ((LoadResult.TrackLoaded) tonearm.lavalink().loadTracks(FakeCatalog.YOUTUBE_TRACK)
        .get(10, TimeUnit.SECONDS)).track();
    CoreSnippets.register(tonearm.lavalink());

    // region jda-players
    tonearm.lavalink().on(PlayerDisconnectEvent.class, e -> log.info("{} left: {}", e.guildId(), e.trigger()));
    Player player = tonearm.connect(member.getVoiceState().getChannel());  // opcode 4 via JDA
    player.play(track);                          // starts as soon as Discord sent the voice credentials
    // endregion jda-players
    eventually().until(() -> listenerLog.list.stream()
        .anyMatch(e -> e.getFormattedMessage().equals("Playing " + track.info().title())));
    // region jda-players-move
    tonearm.connect(channel, false, true);       // self-mute off, self-deafen on
    // endregion jda-players-move
    eventually().until(() -> discord.voiceStateRequests().size() == 2);
    // region jda-players-volume
    tonearm.player(guild).setVolume(80);
    // endregion jda-players-volume
    eventually().until(() -> node.sessions().get(0).player(GUILD).orElseThrow().volume() == 80);
    eventually().until(() -> tonearm.channel(player).orElse(null) == channel);
    // region jda-players-leave
    tonearm.channel(player);                     // Optional<AudioChannel> the bot is in
    tonearm.disconnect(guild);                   // leaves; PlayerDisconnectEvent with REQUESTED
    // endregion jda-players-leave

    assertThat(discord.voiceStateRequests()).startsWith(
        new VoiceStateRequest(GUILD, VOICE, false, false),
        new VoiceStateRequest(GUILD, OTHER_VOICE, false, true));
    eventually().until(() -> discord.voiceStateRequests().size() == 3);
    assertThat(discord.voiceStateRequests().get(2).leaves()).isTrue();
    eventually().until(() -> log.lines.contains(GUILD + " left: REQUESTED"));
    eventually().until(() -> node.sessions().get(0).player(GUILD).isEmpty());
  }

  private static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(10));
  }

  /** Logs at INFO level, SLF4J style, into a list. */
  private static final class RecordingLog {
    final List<String> lines = new CopyOnWriteArrayList<>();

    void info(String format, Object... arguments) {
      lines.add(MessageFormatter.arrayFormat(format, arguments).getMessage());
    }
  }
}
