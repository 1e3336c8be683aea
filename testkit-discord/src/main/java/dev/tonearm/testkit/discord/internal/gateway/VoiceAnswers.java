package dev.tonearm.testkit.discord.internal.gateway;

import com.google.gson.JsonObject;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.VoiceResponses;
import dev.tonearm.testkit.discord.VoiceStateRequest;
import dev.tonearm.testkit.discord.internal.ServerContext;
import dev.tonearm.testkit.discord.internal.json.EntityJson;
import dev.tonearm.testkit.discord.internal.json.GatewayJson;
import dev.tonearm.testkit.discord.internal.model.GuildModel;
import dev.tonearm.testkit.discord.VoiceState;
import dev.tonearm.testkit.discord.internal.model.World;
import org.jspecify.annotations.Nullable;

/**
 * The bot's voice: answers its voice state requests with VOICE_STATE_UPDATE and
 * VOICE_SERVER_UPDATE as the current {@link VoiceResponses} say, and carries out what others do to
 * the bot in voice (a member moves it, a moderator disconnects it). Every method runs under the
 * fake's lock.
 */
public final class VoiceAnswers {
  private static final String STATE = "VOICE_STATE_UPDATE";
  private static final String SERVER = "VOICE_SERVER_UPDATE";

  private final ServerContext context;
  private final ShardSessions sessions;
  private final String ownEndpoint;

  VoiceAnswers(ServerContext context, ShardSessions sessions, String ownEndpoint) {
    this.context = context;
    this.sessions = sessions;
    this.ownEndpoint = ownEndpoint;
  }

  /** The endpoint an answer carries: the configured one, or the fake's own address. */
  private String endpoint(VoiceResponses responses) {
    String configured = responses.endpoint();
    return configured == null ? ownEndpoint : configured;
  }

  /**
   * Answers a voice state request. Requests for a guild the session's shard does not receive,
   * or for a channel that does not exist or is not a voice or stage channel, are ignored, as
   * Discord ignores them.
   */
  void onRequest(GatewaySession session, VoiceStateRequest request) {
    GuildModel guild = context.world().findGuild(request.guildId());
    if (guild == null || World.shardOf(guild.id(), session.shardTotal()) != session.shardId()) {
      return;
    }
    if (!request.leaves() && (!guild.hasChannel(request.channelId())
        || !guild.channel(request.channelId()).kind().isAudio())) {
      return;
    }
    VoiceResponses responses = context.voiceResponses();
    String token = context.ids().nextToken().substring(0, 16);
    context.later(responses.delay(),
        () -> answer(guild.id(), request, session.id(), token, responses));
  }

  private void answer(long guildId, VoiceStateRequest request, String sessionId, String token,
      VoiceResponses responses) {
    GuildModel guild = context.world().findGuild(guildId);
    if (guild == null || (!request.leaves() && !guild.hasChannel(request.channelId()))) {
      return;
    }
    long botId = context.world().botId();
    if (request.leaves()) {
      guild.removeVoiceState(botId);
    } else {
      guild.putVoiceState(new VoiceState(botId, request.channelId(), sessionId,
          request.selfMute(), request.selfDeaf()));
    }
    boolean nullFirst = responses.nullEndpointFirst();
    for (int copy = 0; copy <= responses.repeats(); copy++) {
      send(guild, request.channelId(), sessionId, request.selfMute(), request.selfDeaf(), token,
          nullFirst ? null : endpoint(responses), responses);
    }
    if (!request.leaves() && nullFirst && responses.sendServer()) {
      context.later(responses.endpointDelay(), () -> {
        if (context.world().findGuild(guildId) != null) {
          sessions.dispatchToGuild(guildId, SERVER,
              GatewayJson.voiceServerUpdate(guildId, token, endpoint(responses)));
        }
      });
    }
  }

  /** Sends one answer: the state, and for a channel the server, in the configured order. */
  private void send(GuildModel guild, long channelId, String sessionId, boolean selfMute,
      boolean selfDeaf, String token, @Nullable String endpoint, VoiceResponses responses) {
    JsonObject state = EntityJson.voiceStateUpdate(guild, context.world().bot(), channelId,
        sessionId, selfMute, selfDeaf);
    JsonObject server = GatewayJson.voiceServerUpdate(guild.id(), token, endpoint);
    boolean withServer = channelId != 0 && responses.sendServer();
    boolean serverFirst = responses.order() == VoiceResponses.Order.SERVER_FIRST;
    if (withServer && serverFirst) {
      sessions.dispatchToGuild(guild.id(), SERVER, server);
    }
    if (responses.sendState()) {
      sessions.dispatchToGuild(guild.id(), STATE, state);
    }
    if (withServer && !serverFirst) {
      sessions.dispatchToGuild(guild.id(), SERVER, server);
    }
  }

  /**
   * A member moves the bot to another channel: the bot's new voice state and a new voice server,
   * at once, in the configured order.
   *
   * @param guild the guild
   * @param channelId the voice or stage channel to move to
   * @throws dev.tonearm.testkit.discord.UnknownEntityException if the channel does not exist or
   *     is not a voice or stage channel
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   */
  public void moveBot(GuildModel guild, long channelId) {
    guild.audioChannel(channelId);
    VoiceState current = botState(guild);
    VoiceState moved = new VoiceState(current.userId(), channelId, current.sessionId(),
        current.selfMute(), current.selfDeaf());
    guild.putVoiceState(moved);
    VoiceResponses responses = context.voiceResponses();
    send(guild, channelId, moved.sessionId(), moved.selfMute(), moved.selfDeaf(),
        context.ids().nextToken().substring(0, 16), endpoint(responses), responses);
  }

  /**
   * Discord hands the bot's voice connection to another voice server, as when the channel's
   * region changes: VOICE_SERVER_UPDATE with a new token and the endpoint, at once.
   *
   * @param guild the guild
   * @param endpoint the new voice server, {@code host:port}
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   */
  public void changeVoiceServer(GuildModel guild, String endpoint) {
    botState(guild);
    sessions.dispatchToGuild(guild.id(), SERVER, GatewayJson.voiceServerUpdate(guild.id(),
        context.ids().nextToken().substring(0, 16), endpoint));
  }

  /**
   * A moderator disconnects the bot from voice: its voice state with no channel, at once.
   *
   * @param guild the guild
   * @throws IllegalStateException if the bot is in no voice channel of the guild
   */
  public void disconnectBot(GuildModel guild) {
    VoiceState current = botState(guild);
    guild.removeVoiceState(current.userId());
    sendLeft(guild, context.world().bot(), current);
  }

  /**
   * Sends the VOICE_STATE_UPDATE of a member who left voice.
   *
   * @param guild the guild
   * @param member the member
   * @param previous the state it had
   */
  void sendLeft(GuildModel guild, GuildSpec.Member member, VoiceState previous) {
    sessions.dispatchToGuild(guild.id(), STATE, EntityJson.voiceStateUpdate(guild, member, 0,
        previous.sessionId(), previous.selfMute(), previous.selfDeaf()));
  }

  private VoiceState botState(GuildModel guild) {
    return guild.voiceState(context.world().botId()).orElseThrow(() -> new IllegalStateException(
        "The bot is in no voice channel of guild " + guild.id()));
  }
}
