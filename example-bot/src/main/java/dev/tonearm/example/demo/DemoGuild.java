package dev.tonearm.example.demo;

import dev.tonearm.example.discord.SlashCommands;
import dev.tonearm.testkit.discord.BotMessage;
import dev.tonearm.testkit.discord.FakeDiscord;
import dev.tonearm.testkit.discord.FakeInteraction;
import dev.tonearm.testkit.discord.GuildSpec;
import dev.tonearm.testkit.discord.SlashCommand;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * The demo's server on the fake Discord: a voice channel #lounge where Robin sits, a text channel
 * #music where members type commands, and Sam, who is in no voice channel. Members type slash
 * commands here as Discord's client would send them, and the bot's answers and posts are printed
 * as Discord received them.
 */
final class DemoGuild {
  /** The guild. */
  static final long GUILD_ID = 100L;
  /** The voice channel Robin sits in. */
  static final long LOUNGE_ID = 200L;
  /** The text channel members type commands in. */
  static final long MUSIC_ID = 201L;
  /** Robin, in #lounge. */
  static final long ROBIN = 300L;
  /** Sam, in no voice channel. */
  static final long SAM = 301L;
  /** The names the console shows for channel mentions. */
  static final Map<Long, String> CHANNEL_NAMES = Map.of(LOUNGE_ID, "#lounge", MUSIC_ID, "#music");

  private static final Map<Long, String> MEMBER_NAMES = Map.of(ROBIN, "Robin", SAM, "Sam");

  private final FakeDiscord discord;
  private final DemoConsole console;
  private final Duration wait;

  DemoGuild(FakeDiscord discord, DemoConsole console, Duration wait) {
    this.discord = Objects.requireNonNull(discord, "discord");
    this.console = Objects.requireNonNull(console, "console");
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /** Returns what the fake Discord's guild holds when the demo begins. */
  static GuildSpec spec() {
    return GuildSpec.builder(GUILD_ID)
        .name("Tonearm demo")
        .textChannel(MUSIC_ID, "music")
        .voiceChannel(LOUNGE_ID, "lounge")
        .human(ROBIN, MEMBER_NAMES.get(ROBIN))
        .human(SAM, MEMBER_NAMES.get(SAM))
        .voiceState(ROBIN, LOUNGE_ID)
        .build();
  }

  /**
   * A member types a command in #music: prints it, sends the interaction and prints the bot's
   * answer, the edited one for a command the bot defers.
   *
   * @param member the member
   * @param name the command
   * @param options option names and values, alternating; each is sent with the type the bot
   *     registered for it
   * @throws IllegalStateException if the bot does not answer in time
   */
  void command(long member, String name, String... options) {
    SlashCommand slash = discord.guild(GUILD_ID).slashCommand(name).from(member).in(MUSIC_ID);
    StringBuilder typed = new StringBuilder(MEMBER_NAMES.get(member))
        .append(discord.guild(GUILD_ID).voiceState(member).isEmpty() ? " (not in voice)" : "")
        .append(": /").append(name);
    for (int i = 0; i < options.length; i += 2) {
      String option = options[i];
      String value = options[i + 1];
      if (type(name, option) == OptionType.INTEGER) {
        slash.option(option, Long.parseLong(value));
      } else {
        slash.option(option, value);
      }
      typed.append(' ').append(option).append(':').append(value);
    }
    console.command(typed.toString());
    FakeInteraction interaction = slash.send();
    BotMessage answer = waited(() -> interaction.nextReply(wait));
    if (answer.kind() == BotMessage.Kind.DEFERRED_REPLY) {
      answer = waited(() -> interaction.nextReply(wait));
    }
    console.answer(answer);
  }

  /**
   * Waits for the bot's next post in a channel, such as "now playing", and prints it.
   *
   * @throws IllegalStateException if the bot posts nothing in time
   */
  void announcement() {
    console.posted(waited(() -> discord.nextChannelMessage(wait)));
  }

  /** The fake's waits fail with an AssertionError, made for tests; the demo reports its own way. */
  private static BotMessage waited(Supplier<BotMessage> wait) {
    try {
      return wait.get();
    } catch (AssertionError e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static OptionType type(String command, String option) {
    return SlashCommands.definitions().stream()
        .filter(definition -> definition.getName().equals(command))
        .flatMap(definition -> definition.getOptions().stream())
        .filter(data -> data.getName().equals(option))
        .map(OptionData::getType)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("/" + command + " has no option " + option));
  }
}
