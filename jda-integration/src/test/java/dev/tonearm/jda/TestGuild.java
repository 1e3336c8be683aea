package dev.tonearm.jda;

import static dev.tonearm.jda.TestBot.ALICE;
import static dev.tonearm.jda.TestBot.BOB;
import static dev.tonearm.jda.TestBot.OTHER_BOT;
import static dev.tonearm.jda.TestBot.WAIT;
import static dev.tonearm.jda.TestBot.eventually;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.PlayerEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.RecordedCall;
import dev.tonearm.testkit.discord.Dispatch;
import dev.tonearm.testkit.discord.FakeGuild;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.VoiceState;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Track;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;

/**
 * One guild of a {@link TestBot}: what the fake Discord, JDA, Tonearm and the node know about it.
 * Its channels are numbered from the guild id, so no other guild shares them.
 */
final class TestGuild {
  final TestBot bot;
  final long id;
  /** Alice sits here when the guild is created. */
  final long voice;
  final long otherVoice;
  final long text;

  TestGuild(TestBot bot, long id) {
    this.bot = bot;
    this.id = id;
    this.voice = voiceOf(id);
    this.otherVoice = otherVoiceOf(id);
    this.text = id + 3;
  }

  static long voiceOf(long guildId) {
    return guildId + 1;
  }

  static long otherVoiceOf(long guildId) {
    return guildId + 2;
  }

  /**
   * The standard guild: voice channels (Alice sits in the first), a text channel, humans Alice and
   * Bob and another bot; add to it before building.
   */
  static GuildSpec.Builder spec(long guildId) {
    return GuildSpec.builder(guildId)
        .voiceChannel(voiceOf(guildId), "Music")
        .voiceChannel(otherVoiceOf(guildId), "Lounge")
        .textChannel(guildId + 3, "general")
        .human(ALICE, "alice")
        .human(BOB, "bob")
        .bot(OTHER_BOT, "otherbot")
        .voiceState(ALICE, voiceOf(guildId));
  }

  // ---- the fake Discord -----------------------------------------------------------------------

  /** The guild on the fake Discord, to script what members, moderators and Discord do. */
  FakeGuild fake() {
    return bot.discord.guild(id);
  }

  /** The opcode 4 requests the bot sent for this guild, in order. */
  List<VoiceStateRequest> requests() {
    return bot.discord.voiceStateRequests().stream().filter(r -> r.guildId() == id).toList();
  }

  /** Waits until the bot sent this many opcode 4 requests for the guild; returns the last. */
  VoiceStateRequest awaitRequests(int count) {
    eventually().until(() -> requests().size() >= count);
    return requests().get(count - 1);
  }

  /** The bot's voice state in the fake Discord's model. */
  Optional<VoiceState> botVoiceState() {
    return fake().voiceState(bot.discord.botId());
  }

  /** The voice server the fake Discord last sent with an endpoint: {@code [token, endpoint]}. */
  private Optional<JsonObject> lastVoiceServer() {
    List<Dispatch> servers = bot.discord.dispatches().stream()
        .filter(d -> d.type().equals("VOICE_SERVER_UPDATE"))
        .filter(d -> Long.parseUnsignedLong(JsonParser.parseString(d.payload()).getAsJsonObject()
            .get("guild_id").getAsString()) == id)
        .toList();
    for (int i = servers.size() - 1; i >= 0; i--) {
      JsonObject server = JsonParser.parseString(servers.get(i).payload()).getAsJsonObject();
      JsonElement endpoint = server.get("endpoint");
      if (endpoint != null && !endpoint.isJsonNull()) {
        return Optional.of(server);
      }
    }
    return Optional.empty();
  }

  /**
   * The voice Lavalink must have for the bot in a channel: the token and endpoint of the last
   * VOICE_SERVER_UPDATE with an endpoint, and the session id of the bot's voice state, as the fake
   * Discord sent them.
   */
  JsonObject expectedVoice(long channelId) {
    JsonObject server = lastVoiceServer()
        .orElseThrow(() -> new AssertionError("the fake sent no voice server for " + id));
    VoiceState state = botVoiceState()
        .orElseThrow(() -> new AssertionError("the bot is in no channel of " + id));
    JsonObject voice = new JsonObject();
    voice.addProperty("token", server.get("token").getAsString());
    voice.addProperty("endpoint", server.get("endpoint").getAsString());
    voice.addProperty("sessionId", state.sessionId());
    voice.addProperty("channelId", Long.toUnsignedString(channelId));
    return voice;
  }

  // ---- JDA ------------------------------------------------------------------------------------

  /** The guild in JDA's cache. */
  Guild jda() {
    Guild guild = bot.jdaFor(id).getGuildById(id);
    if (guild == null) {
      throw new AssertionError("JDA has no guild " + id);
    }
    return guild;
  }

  /** A voice channel in JDA's cache. */
  AudioChannel channel(long channelId) {
    AudioChannel channel = jda().getChannelById(AudioChannel.class, channelId);
    if (channel == null) {
      throw new AssertionError("JDA has no audio channel " + channelId);
    }
    return channel;
  }

  /** Waits until JDA's cache has the bot in this channel (0: in none). */
  void awaitBotInJda(long channelId) {
    eventually().until(() -> {
      AudioChannel in = jda().getSelfMember().getVoiceState().getChannel();
      return (in == null ? 0 : in.getIdLong()) == channelId;
    });
  }

  // ---- Tonearm and the node -----------------------------------------------------------------

  /** Tonearm's player of the guild, if it exists. */
  Optional<Player> player() {
    return bot.lavalink().existingPlayer(id);
  }

  /** The node's player of the guild, if it exists. */
  Optional<FakePlayer> nodePlayer() {
    return bot.session().player(id);
  }

  /** The voice objects of every player PATCH with voice the node received for the guild. */
  List<JsonObject> voicePatches() {
    return playerCalls("PATCH").stream()
        .map(call -> JsonParser.parseString(call.body()).getAsJsonObject())
        .filter(body -> body.has("voice"))
        .map(body -> body.getAsJsonObject("voice"))
        .toList();
  }

  /** The node's recorded calls to the guild's player with this method. */
  List<RecordedCall> playerCalls(String method) {
    String suffix = "/players/" + Long.toUnsignedString(id);
    return bot.node.calls().stream()
        .filter(call -> call.method().equals(method) && call.path().endsWith(suffix))
        .toList();
  }

  /**
   * Waits until the node's player has the voice the fake Discord sent for the bot in this channel
   * and is connected, and Tonearm's player knows it; returns that voice.
   */
  JsonObject awaitVoice(long channelId) {
    eventually().until(() -> botVoiceState().map(s -> s.channelId() == channelId).orElse(false)
        && lastVoiceServer().isPresent());
    eventually().until(() -> {
      JsonObject expected = expectedVoice(channelId);
      return nodePlayer().map(p -> p.connected() && p.voice().equals(expected)).orElse(false)
          && player().map(p -> p.connected() && p.channelId() == channelId).orElse(false);
    });
    return expectedVoice(channelId);
  }

  /** Tonearm joins the guild's {@link #voice} channel; waits until Lavalink is connected there. */
  JsonObject join() {
    return join(voice);
  }

  /** Tonearm joins a channel; waits until Lavalink is connected there. */
  JsonObject join(long channelId) {
    bot.tonearm.connect(channel(channelId));
    return awaitVoice(channelId);
  }

  /** Loads the catalog's standard track. */
  Track track() throws Exception {
    LoadResult result = bot.lavalink().loadTracks(FakeCatalog.YOUTUBE_TRACK)
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    return ((LoadResult.TrackLoaded) result).track();
  }

  /** Plays the standard track; waits until the node plays it. */
  Track play() throws Exception {
    Track track = track();
    bot.lavalink().player(id).play(track).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    eventually().until(() -> nodePlayer().map(p -> p.encodedTrack() != null).orElse(false));
    return track;
  }

  /** The identifier of the track the node's player plays, or null. */
  String playingOnNode() {
    return nodePlayer().map(p -> p.trackInfo() == null ? null : p.trackInfo().identifier())
        .orElse(null);
  }

  /** The node reports that the guild's voice connection closed with 4014 (Disconnected). */
  void nodeReports4014() {
    bot.session().emitWebSocketClosed(id, 4014, "Disconnected", true);
  }

  /** Waits until the node no longer has the guild's player (Tonearm destroyed it). */
  void awaitGoneOnNode() {
    eventually().until(() -> nodePlayer().isEmpty());
  }

  // ---- events -----------------------------------------------------------------------------------

  <E extends PlayerEvent> List<E> events(Class<E> type) {
    return bot.events(id, type);
  }

  /** The triggers of every PlayerDisconnectEvent about the guild so far. */
  List<DisconnectTrigger> triggers() {
    return events(PlayerDisconnectEvent.class).stream().map(PlayerDisconnectEvent::trigger).toList();
  }

  @Override
  public String toString() {
    return "TestGuild[" + Long.toUnsignedString(id) + "]";
  }
}
