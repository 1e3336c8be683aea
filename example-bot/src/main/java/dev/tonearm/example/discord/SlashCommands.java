package dev.tonearm.example.discord;

import dev.tonearm.example.music.Command;
import dev.tonearm.example.music.CommandRequest;
import dev.tonearm.example.music.FilterPreset;
import dev.tonearm.example.music.MusicCommands;
import dev.tonearm.example.music.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.GuildVoiceState;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.jspecify.annotations.Nullable;

/**
 * The Discord side of the music commands: their slash command definitions, and the JDA listener
 * that turns an interaction into a {@link CommandRequest} and the {@link Reply} into an embed.
 *
 * <p>{@code /play} is deferred at once, since loading a track asks Lavalink and may take longer
 * than the three seconds Discord gives for an answer; the other commands answer directly. Polite
 * refusals of those are shown only to the member who asked.
 */
public final class SlashCommands extends ListenerAdapter {
  private final MusicCommands commands;
  private final ChannelAnnouncer announcer;

  /**
   * Creates the listener.
   *
   * @param commands runs the commands
   * @param announcer learns, from each command, which channel a guild uses the bot in
   */
  public SlashCommands(MusicCommands commands, ChannelAnnouncer announcer) {
    this.commands = Objects.requireNonNull(commands, "commands");
    this.announcer = Objects.requireNonNull(announcer, "announcer");
  }

  /**
   * Returns the definitions of every command, to register with Discord.
   *
   * @return one definition per {@link Command}, usable only in servers
   */
  public static List<SlashCommandData> definitions() {
    List<SlashCommandData> definitions = new ArrayList<>();
    for (Command command : Command.values()) {
      SlashCommandData data = Commands.slash(command.slashName(), command.description())
          .setContexts(InteractionContextType.GUILD);
      options(command).forEach(data::addOptions);
      definitions.add(data);
    }
    return definitions;
  }

  private static List<OptionData> options(Command command) {
    return switch (command) {
      case PLAY -> List.of(new OptionData(OptionType.STRING, "query",
          "A search, such as 'never gonna give you up', or a link to a track or playlist", true));
      case SEEK -> List.of(new OptionData(OptionType.STRING, "position",
          "Where to jump: seconds (90), mm:ss (1:30) or h:mm:ss (1:02:03)", true));
      case VOLUME -> List.of(new OptionData(OptionType.INTEGER, "level",
          "0 to " + MusicCommands.MAX_VOLUME + "; 100 is the track's own loudness", true)
          .setRequiredRange(0, MusicCommands.MAX_VOLUME));
      case QUEUE -> List.of(new OptionData(OptionType.INTEGER, "page", "Which page", false)
          .setMinValue(1));
      case LOOP -> List.of(new OptionData(OptionType.STRING, "mode", "What repeats", true)
          .addChoice("off", "off").addChoice("track", "track").addChoice("queue", "queue"));
      case REMOVE -> List.of(new OptionData(OptionType.INTEGER, "position",
          "The track's number in /queue", true).setMinValue(1));
      case MOVE -> List.of(
          new OptionData(OptionType.INTEGER, "from", "The track's number in /queue", true)
              .setMinValue(1),
          new OptionData(OptionType.INTEGER, "to", "Its new number", true).setMinValue(1));
      case FILTER -> {
        OptionData preset = new OptionData(OptionType.STRING, "preset", "The effect", true);
        for (FilterPreset value : FilterPreset.values()) {
          preset.addChoice(value.key(), value.key());
        }
        yield List.of(preset);
      }
      case SKIP, STOP, PAUSE, RESUME, NOW_PLAYING, SHUFFLE, LEAVE -> List.of();
    };
  }

  /**
   * Runs a music command and answers it. JDA calls this.
   *
   * @param event the interaction
   */
  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<Command> command = Command.bySlashName(event.getName());
    Guild guild = event.getGuild();
    Member member = event.getMember();
    if (command.isEmpty()) {
      return;
    }
    if (guild == null || member == null) {
      event.replyEmbeds(Embeds.of(Reply.error("Only in servers",
          "Music needs a voice channel, so use me in a server."))).setEphemeral(true).queue();
      return;
    }
    announcer.remember(guild.getIdLong(), event.getChannelIdLong());
    CommandRequest request = request(guild, member, event.getOptions());
    if (command.get() == Command.PLAY) {
      event.deferReply().queue();
      commands.handle(command.get(), request).thenAccept(reply ->
          event.getHook().editOriginalEmbeds(Embeds.of(reply)).queue());
    } else {
      commands.handle(command.get(), request).thenAccept(reply ->
          event.replyEmbeds(Embeds.of(reply)).setEphemeral(reply.error()).queue());
    }
  }

  private static CommandRequest request(Guild guild, Member member, List<OptionMapping> options) {
    Map<String, String> values = new LinkedHashMap<>();
    for (OptionMapping option : options) {
      values.put(option.getName(), option.getAsString());
    }
    return new CommandRequest(guild.getIdLong(), member.getIdLong(), member.getEffectiveName(),
        voiceChannel(member), values);
  }

  /** The member's voice channel from JDA's voice state cache, or 0. */
  private static long voiceChannel(Member member) {
    GuildVoiceState state = member.getVoiceState();
    @Nullable AudioChannel channel = state == null ? null : state.getChannel();
    return channel == null ? 0 : channel.getIdLong();
  }
}
