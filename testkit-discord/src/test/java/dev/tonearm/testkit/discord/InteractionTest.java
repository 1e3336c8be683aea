package dev.tonearm.testkit.discord;

import static dev.tonearm.testkit.discord.Fixtures.ALICE;
import static dev.tonearm.testkit.discord.Fixtures.BOB;
import static dev.tonearm.testkit.discord.Fixtures.GUILD;
import static dev.tonearm.testkit.discord.Fixtures.TEXT;
import static dev.tonearm.testkit.discord.Fixtures.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slash commands sent to real JDA, the bot's answers recorded and read back. */
class InteractionTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final MessageEmbed NOW_PLAYING = new EmbedBuilder().setTitle("Now playing")
      .setDescription("Never Gonna Give You Up").addField("Length", "3:32", true).build();

  private final List<SlashCommandInteractionEvent> commands = new CopyOnWriteArrayList<>();
  private volatile Consumer<SlashCommandInteractionEvent> handler = event -> { };
  private FakeDiscord discord;
  private Bot bot;

  @BeforeEach
  void logIn() throws InterruptedException {
    discord = FakeDiscord.builder().guild(Fixtures.guild()).build();
    bot = Bot.login(discord, builder -> builder.addEventListeners(new ListenerAdapter() {
      @Override
      public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        commands.add(event);
        handler.accept(event);
      }
    }));
  }

  @AfterEach
  void shutDown() throws InterruptedException {
    bot.close();
    discord.close();
  }

  @Test
  void slashCommand_withOptions_jdaFiresTheEventWithEveryOption() {
    discord.guild(GUILD).slashCommand("play")
        .option("query", "never gonna give you up")
        .option("position", 2)
        .option("loud", true)
        .userOption("for", BOB)
        .channelOption("where", VOICE)
        .from(ALICE).in(TEXT)
        .send();

    await().atMost(WAIT).until(() -> !commands.isEmpty());
    SlashCommandInteractionEvent event = commands.get(0);
    assertThat(event.getName()).isEqualTo("play");
    assertThat(event.getOption("query").getAsString()).isEqualTo("never gonna give you up");
    assertThat(event.getOption("position").getAsLong()).isEqualTo(2);
    assertThat(event.getOption("loud").getAsBoolean()).isTrue();
    assertThat(event.getOption("for").getAsMember().getIdLong()).isEqualTo(BOB);
    assertThat(event.getOption("where").getAsChannel().getIdLong()).isEqualTo(VOICE);
    assertThat(event.getMember().getIdLong()).isEqualTo(ALICE);
    assertThat(event.getMember().hasPermission(Permission.VOICE_MOVE_OTHERS)).isTrue();
    assertThat(event.getGuild().getSelfMember().hasPermission(Permission.VOICE_MOVE_OTHERS))
        .isFalse();
    assertThat(event.getMember().getVoiceState().getChannel().getIdLong()).isEqualTo(VOICE);
    assertThat(event.getChannel().getIdLong()).isEqualTo(TEXT);
    assertThat(event.getGuild().getIdLong()).isEqualTo(GUILD);
  }

  @Test
  void reply_ephemeralEmbed_isRecordedAndReadable() {
    handler = event -> event.replyEmbeds(NOW_PLAYING).setEphemeral(true).queue();

    FakeInteraction play = discord.guild(GUILD).slashCommand("play").send();

    BotMessage reply = play.nextReply(WAIT);
    assertThat(reply.kind()).isEqualTo(BotMessage.Kind.REPLY);
    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.channelId()).isEqualTo(TEXT);
    assertThat(reply.embeds()).containsExactly(new Embed("Now playing",
        "Never Gonna Give You Up", List.of(new Embed.Field("Length", "3:32", true))));
    assertThat(discord.restCalls()).anyMatch(call -> call.is("POST",
        "/interactions/" + play.id() + "/" + play.token() + "/callback"));
  }

  @Test
  void deferReply_thenEditOriginal_originalHoldsTheEdit() {
    handler = event -> event.deferReply().queue(hook -> hook.editOriginal("Queued 3 tracks")
        .queue());

    FakeInteraction play = discord.guild(GUILD).slashCommand("play").send();

    assertThat(play.nextReply(WAIT).kind()).isEqualTo(BotMessage.Kind.DEFERRED_REPLY);
    BotMessage edit = play.nextReply(WAIT);
    assertThat(edit.kind()).isEqualTo(BotMessage.Kind.EDIT);
    assertThat(edit.content()).isEqualTo("Queued 3 tracks");
    assertThat(play.original().orElseThrow().content()).isEqualTo("Queued 3 tracks");
    assertThat(discord.restCalls()).anyMatch(call -> call.is("PATCH",
        "/webhooks/" + discord.applicationId() + "/" + play.token() + "/messages/@original"));
  }

  @Test
  void followUp_embedsThenEdit_areRecordedInOrder() {
    handler = event -> event.reply("Searching…").queue(hook -> hook.sendMessageEmbeds(NOW_PLAYING)
        .queue(message -> hook.editMessageById(message.getIdLong(), "Done").queue()));

    FakeInteraction play = discord.guild(GUILD).slashCommand("play").send();

    assertThat(play.nextReply(WAIT).content()).isEqualTo("Searching…");
    BotMessage followUp = play.nextReply(WAIT);
    assertThat(followUp.kind()).isEqualTo(BotMessage.Kind.FOLLOW_UP);
    assertThat(followUp.embeds()).extracting(Embed::title).containsExactly("Now playing");
    BotMessage edit = play.nextReply(WAIT);
    assertThat(edit.kind()).isEqualTo(BotMessage.Kind.EDIT);
    assertThat(edit.id()).isEqualTo(followUp.id());
    assertThat(edit.content()).isEqualTo("Done");
    assertThat(edit.embeds()).hasSize(1);
  }

  @Test
  void nextReply_botNeverAnswers_failsAfterTheTimeout() {
    FakeInteraction play = discord.guild(GUILD).slashCommand("play").send();

    assertThatThrownBy(() -> play.nextReply(Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("interaction");
  }

  @Test
  void updateCommands_globalAndGuild_areRegisteredWithIdsThatInteractionsCarry() {
    List<Command> global = bot.jda.updateCommands().addCommands(Commands.slash("play", "Plays")
        .addOption(OptionType.STRING, "query", "What to play", true)).complete();
    bot.jda.getGuildById(GUILD).updateCommands().addCommands(Commands.slash("skip", "Skips"))
        .complete();

    assertThat(global).singleElement().satisfies(command -> {
      assertThat(command.getIdLong()).isPositive();
      assertThat(command.getOptions()).extracting(Command.Option::getName)
          .containsExactly("query");
    });
    assertThat(discord.commands()).extracting(RegisteredCommand::name, RegisteredCommand::guildId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("play", 0L),
            org.assertj.core.groups.Tuple.tuple("skip", GUILD));
    assertThat(discord.restCalls()).anyMatch(call -> call.is("PUT",
        "/applications/" + discord.applicationId() + "/guilds/" + GUILD + "/commands"));

    discord.guild(GUILD).slashCommand("play").option("query", "x").send();

    await().atMost(WAIT).until(() -> !commands.isEmpty());
    assertThat(commands.get(0).getCommandIdLong()).isEqualTo(global.get(0).getIdLong());
  }

  @Test
  void sendMessage_toTextChannel_isRecordedAndAnsweredWithAMessage() {
    Message sent = bot.jda.getTextChannelById(TEXT).sendMessageEmbeds(NOW_PLAYING)
        .setContent("Hello").complete();

    assertThat(discord.messages()).singleElement().satisfies(message -> {
      assertThat(message.kind()).isEqualTo(BotMessage.Kind.CHANNEL_MESSAGE);
      assertThat(message.id()).isEqualTo(sent.getIdLong());
      assertThat(message.content()).isEqualTo("Hello");
      assertThat(message.embeds()).extracting(Embed::title).containsExactly("Now playing");
    });
    assertThat(sent.getEmbeds()).extracting(MessageEmbed::getTitle).containsExactly("Now playing");
  }

  @Test
  void nextChannelMessage_postsAndAnInteractionAnswer_returnsEachPostOnceInOrder() {
    handler = event -> event.reply("pong").queue();
    discord.guild(GUILD).slashCommand("ping").send().nextReply(WAIT);
    bot.jda.getTextChannelById(TEXT).sendMessage("first").queue();
    bot.jda.getTextChannelById(TEXT).sendMessage("second").queue();

    assertThat(discord.nextChannelMessage(WAIT).content()).isEqualTo("first");
    assertThat(discord.nextChannelMessage(WAIT).content()).isEqualTo("second");
    assertThatThrownBy(() -> discord.nextChannelMessage(Duration.ZERO))
        .isInstanceOf(AssertionError.class).hasMessageContaining("channel message 3");
  }

  @Test
  void unknownRoute_isAnsweredWithDiscordsNotFoundAndRecorded() {
    assertThatThrownBy(() -> bot.jda.retrieveUserById(BOB).complete())
        .isInstanceOf(ErrorResponseException.class)
        .satisfies(e -> assertThat(((ErrorResponseException) e).getErrorCode()).isZero())
        .hasMessageContaining("404: Not Found");
    assertThat(discord.restCalls()).anyMatch(call -> call.is("GET", "/users/" + BOB)
        && call.status() == 404);
  }

  @Test
  void slashCommand_unknownMember_throwsNamingIt() {
    assertThatThrownBy(() -> discord.guild(GUILD).slashCommand("play").from(42).send())
        .isInstanceOf(UnknownEntityException.class).hasMessageContaining("42");
    assertThatThrownBy(() -> discord.guild(GUILD).slashCommand("play").userOption("for", 43)
        .send()).isInstanceOf(UnknownEntityException.class).hasMessageContaining("43");
  }
}
