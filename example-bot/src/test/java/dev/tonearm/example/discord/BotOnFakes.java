package dev.tonearm.example.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.example.BotConfig;
import dev.tonearm.example.music.Reply;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.Dispatch;
import dev.tonearm.testkit.discord.Embed;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.FakeInteraction;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.SlashCommand;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The real bot, configured through the environment variables {@code ExampleBot} reads and started
 * as {@code DiscordBot.start} starts it, logged into a fake Discord and playing on a fake Lavalink
 * node. Robin sits in the voice channel; Sam is in none.
 */
final class BotOnFakes implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final long GUILD = 817_327_181_659_111_454L;
  static final long TEXT = 817_327_181_659_111_455L;
  static final long VOICE = 817_327_181_659_111_456L;
  static final long ROBIN = 200_000_000_000_000_001L;
  static final long SAM = 200_000_000_000_000_002L;

  final FakeLavalink node = FakeLavalink.start();
  final FakeDiscord discord = FakeDiscord.builder()
      .guild(GuildSpec.builder(GUILD)
          .textChannel(TEXT, "music")
          .voiceChannel(VOICE, "Lounge")
          .human(ROBIN, "Robin")
          .human(SAM, "Sam")
          .voiceState(ROBIN, VOICE)
          .build())
      .build();
  final RunningBot bot;

  BotOnFakes() throws Exception {
    this(Map.of());
  }

  /** The bot with more environment variables, such as {@code TONEARM_METRICS_PORT}. */
  BotOnFakes(Map<String, String> moreEnv) throws Exception {
    try {
      Map<String, String> env = new HashMap<>(moreEnv);
      env.put(BotConfig.TOKEN, discord.botToken());
      env.put(BotConfig.NODES, "fake=" + node.uri() + "|" + node.password());
      BotConfig config = BotConfig.from(env);
      bot = DiscordBot.start(config, BotSetup.standard().jda(discord::configure));
    } catch (Exception | AssertionError e) {
      discord.close();
      node.close();
      throw e;
    }
    await().atMost(WAIT).until(() -> bot.tonearm().lavalink().nodes().get(0).state()
        == NodeState.CONNECTED);
  }

  /** A member uses a command in the text channel; options come as name, value, name, value… */
  FakeInteraction send(String command, long member, String... options) {
    SlashCommand slash = discord.guild(GUILD).slashCommand(command).from(member).in(TEXT);
    for (int i = 0; i < options.length; i += 2) {
      slash.option(options[i], options[i + 1]);
    }
    return slash.send();
  }

  /** A member uses {@code /play} and the bot edits its deferred reply into the answer. */
  BotMessage play(long member, String query) {
    FakeInteraction play = send("play", member, "query", query);
    play.nextReply(WAIT);
    return play.nextReply(WAIT);
  }

  /** Loads a track from the node as the bot would, to build the replies expected of it. */
  Track track(String identifier) {
    try {
      LoadResult result = bot.tonearm().lavalink().loadTracks(identifier)
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return ((LoadResult.TrackLoaded) result).track();
    } catch (Exception e) {
      throw new AssertionError("Could not load " + identifier, e);
    }
  }

  /** The node's player of the guild, once the node has one. */
  FakePlayer nodePlayer() {
    await().atMost(WAIT).until(() -> node.sessions().stream()
        .anyMatch(session -> session.player(GUILD).isPresent()));
    return node.sessions().stream().map(session -> session.player(GUILD))
        .flatMap(Optional::stream).findFirst().orElseThrow();
  }

  /** The payload of the last dispatch of a type that concerns the bot itself. */
  JsonObject lastDispatch(String type) {
    List<Dispatch> dispatches = discord.dispatches();
    for (int i = dispatches.size() - 1; i >= 0; i--) {
      Dispatch dispatch = dispatches.get(i);
      JsonObject payload = JsonParser.parseString(dispatch.payload()).getAsJsonObject();
      boolean aboutBot = !payload.has("user_id")
          || payload.get("user_id").getAsString().equals(Long.toUnsignedString(discord.botId()));
      if (dispatch.type().equals(type) && aboutBot) {
        return payload;
      }
    }
    throw new AssertionError("No " + type + " for the bot among " + dispatches);
  }

  /** The messages the bot posted in channels, outside interactions. */
  List<BotMessage> channelMessages() {
    return discord.messages().stream()
        .filter(message -> message.kind() == BotMessage.Kind.CHANNEL_MESSAGE).toList();
  }

  /** Checks that a message carries exactly the embed the bot builds from this reply. */
  void assertEmbed(BotMessage message, Reply reply) {
    MessageEmbed expected = Embeds.of(reply);
    assertThat(message.embeds()).singleElement().satisfies(embed -> {
      assertThat(embed.title()).isEqualTo(expected.getTitle());
      assertThat(embed.description()).isEqualTo(expected.getDescription());
      assertThat(embed.fields())
          .extracting(Embed.Field::name, Embed.Field::value, Embed.Field::inline)
          .containsExactlyElementsOf(expected.getFields().stream()
              .map(field -> tuple(field.getName(), field.getValue(), field.isInline()))
              .toList());
    });
  }

  @Override
  public void close() {
    bot.close();
    discord.close();
    node.close();
  }
}
