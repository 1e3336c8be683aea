package dev.tonearm.example.discord;

import static dev.tonearm.example.discord.BotOnFakes.GUILD;
import static dev.tonearm.example.discord.BotOnFakes.ROBIN;
import static dev.tonearm.example.discord.BotOnFakes.SAM;
import static dev.tonearm.example.discord.BotOnFakes.TEXT;
import static dev.tonearm.example.discord.BotOnFakes.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.example.music.Command;
import dev.tonearm.example.music.Format;
import dev.tonearm.example.music.Reply;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.FakeInteraction;
import dev.tonearm.testkit.discord.RegisteredCommand;
import dev.tonearm.testkit.discord.RestCall;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.Track;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot's real mode, as {@code ExampleBot} starts it with a token, against a fake Discord that
 * real JDA logs into and a fake Lavalink node: members send slash commands, the bot answers
 * through Discord's interaction API and plays on the node.
 */
class DiscordBotTest {
  private Set<Thread> threadsBefore;
  private BotOnFakes fakes;

  @BeforeEach
  void startBot() throws Exception {
    threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
    fakes = new BotOnFakes();
  }

  @AfterEach
  void stopBot() {
    fakes.close();
  }

  @Test
  void start_withToken_registersEveryCommandWithItsOptions() {
    String route = "/applications/" + Long.toUnsignedString(fakes.discord.applicationId())
        + "/commands";
    RestCall put = fakes.discord.restCalls().stream().filter(call -> call.is("PUT", route))
        .findFirst().orElseThrow();
    JsonArray expected = new JsonArray();
    SlashCommands.definitions()
        .forEach(data -> expected.add(JsonParser.parseString(data.toData().toString())));

    assertThat(JsonParser.parseString(put.body())).isEqualTo(expected);
    assertThat(fakes.discord.commands()).extracting(RegisteredCommand::name)
        .containsExactlyElementsOf(Arrays.stream(Command.values()).map(Command::slashName)
            .toList());
    assertThat(fakes.discord.commands()).filteredOn(command -> command.name().equals("move"))
        .singleElement().extracting(RegisteredCommand::optionNames)
        .isEqualTo(List.of("from", "to"));
  }

  @Test
  void play_memberInVoice_joinsHerChannelAndTheNodeGetsVoiceAndTrack() {
    Track rick = fakes.track(FakeCatalog.YOUTUBE_TRACK);

    FakeInteraction play = fakes.send("play", ROBIN, "query", "never gonna give you up");

    assertThat(play.nextReply(BotOnFakes.WAIT).kind()).isEqualTo(BotMessage.Kind.DEFERRED_REPLY);
    BotMessage answer = play.nextReply(BotOnFakes.WAIT);
    assertThat(answer.kind()).isEqualTo(BotMessage.Kind.EDIT);
    fakes.assertEmbed(answer, Reply.success("Playing", Format.trackLine(rick))
        .withField("Requested by", "Robin", true));
    assertThat(fakes.discord.nextVoiceStateRequest(BotOnFakes.WAIT))
        .isEqualTo(new VoiceStateRequest(GUILD, VOICE, false, true));
    FakePlayer player = fakes.nodePlayer();
    assertThat(player.trackInfo().title()).isEqualTo("Rick Astley - Never Gonna Give You Up");
    assertThat(player.connected()).isTrue();
    JsonObject server = fakes.lastDispatch("VOICE_SERVER_UPDATE");
    JsonObject state = fakes.lastDispatch("VOICE_STATE_UPDATE");
    JsonObject voice = player.voice();
    assertThat(voice.get("token")).isEqualTo(server.get("token"));
    assertThat(voice.get("endpoint")).isEqualTo(server.get("endpoint"));
    assertThat(voice.get("sessionId")).isEqualTo(state.get("session_id"));
    assertThat(voice.get("channelId").getAsString()).isEqualTo(Long.toString(VOICE));
  }

  @Test
  void play_trackStarts_announcesItInTheChannelOfTheCommand() {
    fakes.play(ROBIN, "never gonna give you up");

    await().atMost(BotOnFakes.WAIT).until(() -> !fakes.channelMessages().isEmpty());
    BotMessage announcement = fakes.channelMessages().get(0);
    assertThat(announcement.channelId()).isEqualTo(TEXT);
    assertThat(announcement.embeds()).singleElement()
        .satisfies(embed -> assertThat(embed.title()).isEqualTo("Now playing"));
  }

  @Test
  void queue_afterATrackAndAPlaylist_answersWithTheWholeQueue() {
    fakes.play(ROBIN, "never gonna give you up");
    fakes.play(ROBIN, FakeCatalog.YOUTUBE_PLAYLIST);

    BotMessage answer = fakes.send("queue", ROBIN).nextReply(BotOnFakes.WAIT);

    assertThat(answer.kind()).isEqualTo(BotMessage.Kind.REPLY);
    assertThat(answer.ephemeral()).isFalse();
    String upNext = "\n`1.` " + Format.trackLine(fakes.track(FakeCatalog.YOUTUBE_SHORT_TRACK))
        + " · Robin\n`2.` " + Format.trackLine(fakes.track(FakeCatalog.YOUTUBE_LOOP_TRACK))
        + " · Robin\n`3.` " + Format.trackLine(fakes.track(FakeCatalog.YOUTUBE_LONG_TRACK))
        + " · Robin";
    fakes.assertEmbed(answer, Reply.info("Queue", "**Now playing:** "
            + Format.trackLine(fakes.track(FakeCatalog.YOUTUBE_TRACK)) + "\n\n**Up next:**"
            + upNext)
        .withField("Page", "1/1", true)
        .withField("Tracks", "3 (1:03:30)", true)
        .withField("Loop", "off", true));
  }

  @Test
  void skip_withAQueue_answersAndTheNodePlaysTheNextTrack() {
    fakes.play(ROBIN, "never gonna give you up");
    fakes.play(ROBIN, FakeCatalog.YOUTUBE_PLAYLIST);

    BotMessage answer = fakes.send("skip", ROBIN).nextReply(BotOnFakes.WAIT);

    fakes.assertEmbed(answer, Reply.success("Skipped", "Skipped "
        + Format.title(fakes.track(FakeCatalog.YOUTUBE_TRACK)) + ".\nNow playing "
        + Format.trackLine(fakes.track(FakeCatalog.YOUTUBE_SHORT_TRACK)) + "."));
    await().atMost(BotOnFakes.WAIT)
        .until(() -> "Tonearm Test Tone".equals(fakes.nodePlayer().trackInfo().title()));
  }

  @Test
  void skip_memberNotInVoice_refusesInAReplyOnlySheSees() {
    fakes.play(ROBIN, "never gonna give you up");

    BotMessage answer = fakes.send("skip", SAM).nextReply(BotOnFakes.WAIT);

    assertThat(answer.kind()).isEqualTo(BotMessage.Kind.REPLY);
    assertThat(answer.ephemeral()).isTrue();
    fakes.assertEmbed(answer, Reply.error("Join a voice channel first",
        "You need to be in a voice channel to skip tracks."));
    assertThat(fakes.nodePlayer().trackInfo().title())
        .isEqualTo("Rick Astley - Never Gonna Give You Up");
  }

  @Test
  void leave_whilePlaying_leavesVoiceAndTheNodeDropsThePlayer() {
    fakes.play(ROBIN, "never gonna give you up");
    String session = fakes.nodePlayer().sessionId();

    BotMessage answer = fakes.send("leave", ROBIN).nextReply(BotOnFakes.WAIT);

    fakes.assertEmbed(answer, Reply.success("Left",
        "Left <#" + VOICE + "> and cleared the queue. Bye!"));
    assertThat(fakes.discord.nextVoiceStateRequest(BotOnFakes.WAIT).channelId()).isEqualTo(VOICE);
    assertThat(fakes.discord.nextVoiceStateRequest(BotOnFakes.WAIT).leaves()).isTrue();
    await().atMost(BotOnFakes.WAIT)
        .until(() -> fakes.node.session(session).orElseThrow().player(GUILD).isEmpty());
    assertThat(fakes.discord.guild(GUILD).voiceState(fakes.discord.botId())).isEmpty();
  }

  @Test
  void close_runningBot_stopsJdaAndTonearmWithTheirThreads() {
    JDA jda = fakes.bot.jda();

    fakes.bot.close();

    assertThat(jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
    assertThat(fakes.bot.tonearm().lavalink().isClosed()).isTrue();
    fakes.node.sessions().forEach(session -> session.awaitDisconnected(BotOnFakes.WAIT));
    await().atMost(BotOnFakes.WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !threadsBefore.contains(thread) && thread.isAlive())
        .noneMatch(thread -> thread.getName().startsWith("JDA")
            || thread.getName().startsWith("tonearm")));
  }
}
