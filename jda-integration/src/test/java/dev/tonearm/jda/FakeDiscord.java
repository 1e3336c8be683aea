package dev.tonearm.jda;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.GuildVoiceState;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.AudioChannelUnion;
import net.dv8tion.jda.api.entities.channel.unions.ChannelUnion;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.VoiceDispatchInterceptor.VoiceServerUpdate;
import net.dv8tion.jda.api.hooks.VoiceDispatchInterceptor.VoiceStateUpdate;
import net.dv8tion.jda.api.managers.AudioManager;
import net.dv8tion.jda.api.managers.DirectAudioController;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;

/**
 * Discord as one bot sees it through JDA, built from Mockito mocks of JDA's types. It drives the
 * listener and interceptor under test the way JDA's gateway handlers do: JDA updates its voice
 * state cache, fires {@link GuildVoiceUpdateEvent}, and only then calls the interceptor with the
 * bot's own state.
 */
final class FakeDiscord {
  final long botId;
  final TonearmJda tonearm;

  FakeDiscord(long botId, TonearmJda tonearm) {
    this.botId = botId;
    this.tonearm = tonearm;
  }

  /** A JDA instance that is the whole bot. */
  Shard single() {
    return new Shard(this, JDA.ShardInfo.SINGLE);
  }

  /** One JDA instance of a sharded bot. */
  Shard shard(int shardId, int shardTotal) {
    return new Shard(this, new JDA.ShardInfo(shardId, shardTotal));
  }

  /** One JDA instance: its guild cache, self user and direct audio controller. */
  static final class Shard {
    final FakeDiscord discord;
    final JDA jda = mock(JDA.class);
    final DirectAudioController audio = mock(DirectAudioController.class);
    /** The opcode 4 requests in the order JDA was asked to send them. */
    final List<String> opcode4 = new CopyOnWriteArrayList<>();
    private final Map<Long, FakeGuild> guilds = new ConcurrentHashMap<>();

    Shard(FakeDiscord discord, JDA.ShardInfo info) {
      this.discord = discord;
      SelfUser self = mock(SelfUser.class);
      when(self.getIdLong()).thenReturn(discord.botId);
      when(jda.getSelfUser()).thenReturn(self);
      when(jda.getShardInfo()).thenReturn(info);
      when(jda.getDirectAudioController()).thenReturn(audio);
      when(jda.getGuildById(anyLong())).thenAnswer(call -> {
        FakeGuild guild = guilds.get(call.<Long>getArgument(0));
        return guild == null || guild.left ? null : guild.guild;
      });
      doAnswer(call -> opcode4.add("join " + call.<AudioChannel>getArgument(0).getIdLong()))
          .when(audio).connect(any());
      doAnswer(call -> opcode4.add("leave " + call.<Guild>getArgument(0).getIdLong()))
          .when(audio).disconnect(any());
    }

    /** A guild in this shard's cache. */
    FakeGuild guild(long guildId) {
      return guilds.computeIfAbsent(guildId, id -> new FakeGuild(this, id));
    }

    void ready() {
      ReadyEvent ready = mock(ReadyEvent.class);
      when(ready.getJDA()).thenReturn(jda);
      discord.tonearm.onEvent(ready);
    }

    void resumed() {
      discord.tonearm.onEvent(new SessionResumeEvent(jda));
    }

    void recreated() {
      discord.tonearm.onEvent(new SessionRecreateEvent(jda));
    }

    void shutDown() {
      discord.tonearm.onEvent(new ShutdownEvent(jda, OffsetDateTime.now(), 1000));
    }
  }

  /** A guild: its channels, members and their voice states, and the bot's own voice state. */
  static final class FakeGuild {
    final Shard shard;
    final long id;
    final Guild guild = mock(Guild.class);
    final SelfMember self;
    final AudioManager audioManager = mock(AudioManager.class);
    private final Map<Long, AudioChannelUnion> channels = new ConcurrentHashMap<>();
    private final Map<Long, Long> memberChannel = new ConcurrentHashMap<>();
    private final Map<Long, Member> members = new ConcurrentHashMap<>();
    private final GuildVoiceState selfVoice;
    private volatile @Nullable String selfSession;
    private volatile boolean selfMuted;
    private volatile boolean selfDeafened;
    private volatile boolean left;

    FakeGuild(Shard shard, long id) {
      this.shard = shard;
      this.id = id;
      when(guild.getIdLong()).thenReturn(id);
      when(guild.getId()).thenReturn(Long.toUnsignedString(id));
      when(guild.getJDA()).thenReturn(shard.jda);
      when(guild.getAudioManager()).thenReturn(audioManager);
      when(guild.getChannelById(eq(AudioChannel.class), anyLong()))
          .thenAnswer(call -> channels.get(call.<Long>getArgument(1)));
      doAnswer(call -> selfMuted = call.getArgument(0)).when(audioManager).setSelfMuted(
          org.mockito.ArgumentMatchers.anyBoolean());
      doAnswer(call -> selfDeafened = call.getArgument(0)).when(audioManager).setSelfDeafened(
          org.mockito.ArgumentMatchers.anyBoolean());
      when(audioManager.isSelfMuted()).thenAnswer(call -> selfMuted);
      when(audioManager.isSelfDeafened()).thenAnswer(call -> selfDeafened);
      self = (SelfMember) member(shard.discord.botId, true, SelfMember.class);
      when(self.hasPermission(any(GuildChannel.class), eq(Permission.VOICE_CONNECT))).thenReturn(true);
      when(guild.getSelfMember()).thenReturn(self);
      selfVoice = self.getVoiceState();
      when(selfVoice.getSessionId()).thenAnswer(call -> selfSession);
    }

    /** A voice channel in the guild's cache. */
    AudioChannelUnion channel(long channelId) {
      return channels.computeIfAbsent(channelId, channelIdKey -> {
        AudioChannelUnion channel = mock(AudioChannelUnion.class,
            withSettings().extraInterfaces(ChannelUnion.class));
        when(channel.getIdLong()).thenReturn(channelId);
        when(channel.getId()).thenReturn(Long.toUnsignedString(channelId));
        when(channel.getType()).thenReturn(ChannelType.VOICE);
        when(channel.getGuild()).thenReturn(guild);
        when(channel.getJDA()).thenReturn(shard.jda);
        when(channel.getMembers()).thenAnswer(call -> membersIn(channelId));
        return channel;
      });
    }

    Member human(long userId) {
      return member(userId, false, Member.class);
    }

    Member bot(long userId) {
      return member(userId, true, Member.class);
    }

    private Member member(long userId, boolean isBot, Class<? extends Member> type) {
      return members.computeIfAbsent(userId, key -> {
        Member member = mock(type);
        User user = type == SelfMember.class ? mock(SelfUser.class) : mock(User.class);
        when(user.getIdLong()).thenReturn(userId);
        when(user.isBot()).thenReturn(isBot);
        when(member.getIdLong()).thenReturn(userId);
        when(member.getUser()).thenReturn(user);
        when(member.getGuild()).thenReturn(guild);
        when(member.getJDA()).thenReturn(shard.jda);
        GuildVoiceState state = mock(GuildVoiceState.class);
        when(state.getGuild()).thenReturn(guild);
        when(state.getMember()).thenReturn(member);
        when(state.getChannel()).thenAnswer(call -> {
          Long channelId = memberChannel.get(userId);
          return channelId == null ? null : channels.get(channelId);
        });
        when(member.getVoiceState()).thenReturn(state);
        return member;
      });
    }

    private List<Member> membersIn(long channelId) {
      List<Member> in = new ArrayList<>();
      memberChannel.forEach((userId, channel) -> {
        if (channel == channelId) {
          in.add(members.get(userId));
        }
      });
      return in;
    }

    /** Takes the bot's voice permission away in every channel. */
    void denyConnect() {
      when(self.hasPermission(any(GuildChannel.class), eq(Permission.VOICE_CONNECT))).thenReturn(false);
    }

    // ---- what Discord's gateway delivers --------------------------------------------------

    /**
     * The bot's own VOICE_STATE_UPDATE: JDA updates its cache, fires the voice update event if the
     * channel changed, then calls the interceptor.
     *
     * @return what the interceptor returned
     */
    boolean botVoiceState(@Nullable AudioChannelUnion channel, String sessionId) {
      selfSession = sessionId;
      moveInCache(self, channel);
      return shard.discord.tonearm.onVoiceStateUpdate(new VoiceStateUpdate(channel, selfVoice,
          DataObject.empty()));
    }

    /** A VOICE_SERVER_UPDATE; JDA passes the session id of the bot's cached voice state. */
    void voiceServer(String token, @Nullable String endpoint) {
      shard.discord.tonearm.onVoiceServerUpdate(new VoiceServerUpdate(guild, endpoint, token,
          Objects.requireNonNullElse(selfSession, ""), DataObject.empty()));
    }

    /** Another member joins, moves or (with null) leaves voice. */
    void memberVoice(Member member, @Nullable AudioChannelUnion channel) {
      moveInCache(member, channel);
    }

    private void moveInCache(Member member, @Nullable AudioChannelUnion channel) {
      AudioChannelUnion previous = member.getVoiceState().getChannel();
      if (channel == null) {
        memberChannel.remove(member.getIdLong());
      } else {
        memberChannel.put(member.getIdLong(), channel.getIdLong());
      }
      if (!Objects.equals(previous, channel)) {
        shard.discord.tonearm.onEvent(new GuildVoiceUpdateEvent(shard.jda, 0, member, previous));
      }
    }

    /** CHANNEL_DELETE: JDA removes the channel from its cache, then fires the event. */
    void deleteChannel(AudioChannelUnion channel) {
      channels.remove(channel.getIdLong());
      shard.discord.tonearm.onEvent(new ChannelDeleteEvent(shard.jda, 0, channel));
    }

    /** GUILD_DELETE for a guild the bot was removed from or left. */
    void leaveGuild() {
      left = true;
      shard.discord.tonearm.onEvent(new GuildLeaveEvent(shard.jda, 0, guild));
    }

    /** The channel is gone from JDA's cache without an event, as after a new session's setup. */
    void dropChannelFromCache(long channelId) {
      channels.remove(channelId);
    }

    /** The guild is gone from JDA's cache without an event, as after a new session's setup. */
    void dropFromCache() {
      left = true;
    }

    boolean selfMuted() {
      return selfMuted;
    }

    boolean selfDeafened() {
      return selfDeafened;
    }
  }
}
