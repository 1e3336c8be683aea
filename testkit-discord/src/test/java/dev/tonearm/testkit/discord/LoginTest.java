package dev.tonearm.testkit.discord;

import static dev.tonearm.testkit.discord.Fixtures.ALICE;
import static dev.tonearm.testkit.discord.Fixtures.BOB;
import static dev.tonearm.testkit.discord.Fixtures.DJ_ROLE;
import static dev.tonearm.testkit.discord.Fixtures.GUILD;
import static dev.tonearm.testkit.discord.Fixtures.OTHER_BOT;
import static dev.tonearm.testkit.discord.Fixtures.STAGE;
import static dev.tonearm.testkit.discord.Fixtures.TEXT;
import static dev.tonearm.testkit.discord.Fixtures.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.junit.jupiter.api.Test;

class LoginTest {

  @Test
  void login_awaitReady_guildCacheHoldsChannelsMembersRolesAndVoiceStates() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder().guild(Fixtures.guild()).build();
         Bot bot = Bot.login(discord, builder -> builder.enableIntents(GatewayIntent.GUILD_MEMBERS)
             .setMemberCachePolicy(MemberCachePolicy.ALL))) {
      assertThat(bot.jda.getSelfUser().getIdLong()).isEqualTo(discord.botId());
      assertThat(bot.jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());
      Guild guild = bot.jda.getGuildById(GUILD);
      assertThat(guild).isNotNull();
      assertThat(guild.getName()).isEqualTo("Test guild");
      assertThat(guild.getTextChannelById(TEXT).getName()).isEqualTo("general");
      assertThat(guild.getVoiceChannelById(VOICE).getName()).isEqualTo("Music");
      assertThat(guild.getStageChannelById(STAGE).getType()).isEqualTo(ChannelType.STAGE);
      assertThat(guild.getRoleById(DJ_ROLE).getName()).isEqualTo("DJ");
      assertThat(guild.getMembers()).extracting(Member::getIdLong)
          .containsExactlyInAnyOrder(discord.botId(), ALICE, BOB, OTHER_BOT);
      assertThat(guild.getMemberById(OTHER_BOT).getUser().isBot()).isTrue();
      assertThat(guild.getMemberById(ALICE).getRoles()).extracting(r -> r.getIdLong())
          .containsExactly(DJ_ROLE);
      assertThat(guild.getMemberById(ALICE).getVoiceState().getChannel().getIdLong())
          .isEqualTo(VOICE);
      assertThat(guild.getVoiceChannelById(VOICE).getMembers()).extracting(Member::getIdLong)
          .containsExactly(ALICE);
      assertThat(guild.getSelfMember().hasPermission(guild.getVoiceChannelById(VOICE),
          Permission.VOICE_CONNECT)).isTrue();
    }
  }

  @Test
  void loadMembers_requestGuildMembers_isAnsweredWithEveryMember() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder().guild(Fixtures.guild()).build();
         Bot bot = Bot.login(discord,
             builder -> builder.enableIntents(GatewayIntent.GUILD_MEMBERS))) {
      List<Member> members = bot.jda.getGuildById(GUILD).loadMembers().get();

      assertThat(members).extracting(Member::getIdLong)
          .containsExactlyInAnyOrder(discord.botId(), ALICE, BOB, OTHER_BOT);
      assertThat(discord.frames()).anyMatch(frame -> frame.op() == 8);
    }
  }

  @Test
  void retrieveApplicationInfo_isAnsweredWithTheBotsApplication() throws Exception {
    try (FakeDiscord discord = FakeDiscord.builder().applicationId(987_654_321_098_765_432L)
             .build();
         Bot bot = Bot.login(discord)) {
      ApplicationInfo info = bot.jda.retrieveApplicationInfo().complete();

      assertThat(info.getIdLong()).isEqualTo(987_654_321_098_765_432L);
      assertThat(bot.jda.getSelfUser().getApplicationIdLong()).isEqualTo(info.getIdLong());
      assertThat(discord.restCalls()).anyMatch(call -> call.path().endsWith("applications/@me"));
    }
  }

  @Test
  void overwrite_denyingTheBotConnect_jdaSeesTheBotCannotConnect() throws Exception {
    long botId = FakeDiscordBuilder.DEFAULT_BOT_ID;
    GuildSpec guild = GuildSpec.builder(GUILD).voiceChannel(VOICE, "Music")
        .overwrite(VOICE, botId, 0, Permissions.CONNECT).build();
    try (FakeDiscord discord = FakeDiscord.builder().guild(guild).build();
         Bot bot = Bot.login(discord)) {
      Guild cached = bot.jda.getGuildById(GUILD);

      assertThat(cached.getSelfMember().hasPermission(cached.getVoiceChannelById(VOICE),
          Permission.VOICE_CONNECT)).isFalse();
      assertThat(cached.getSelfMember().hasPermission(Permission.VOICE_CONNECT)).isTrue();
    }
  }

  @Test
  void botToken_firstSegment_isTheBotIdInBase64() {
    try (FakeDiscord discord = FakeDiscord.builder().botId(123_456_789_012_345_678L).build()) {
      String first = discord.botToken().substring(0, discord.botToken().indexOf('.'));

      assertThat(new String(Base64.getDecoder().decode(first), StandardCharsets.US_ASCII))
          .isEqualTo("123456789012345678");
    }
  }
}
