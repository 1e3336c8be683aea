package dev.tonearm.example.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.example.music.Command;
import dev.tonearm.example.music.FilterPreset;
import dev.tonearm.example.music.MusicCommands;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
  private final List<SlashCommandData> definitions = SlashCommands.definitions();

  private SlashCommandData definition(Command command) {
    return definitions.stream().filter(data -> data.getName().equals(command.slashName()))
        .findFirst().orElseThrow();
  }

  @Test
  void definitions_everyCommand_isDefinedForServersOnly() {
    assertThat(definitions).extracting(SlashCommandData::getName).containsExactly(
        "play", "skip", "stop", "pause", "resume", "seek", "volume", "queue", "nowplaying",
        "shuffle", "loop", "remove", "move", "filter", "leave");
    assertThat(definitions).allSatisfy(data ->
        assertThat(data.getContexts()).containsExactly(InteractionContextType.GUILD));
    assertThat(definitions).extracting(SlashCommandData::getDescription)
        .containsExactlyElementsOf(
            Arrays.stream(Command.values()).map(Command::description).toList());
  }

  @Test
  void definitions_options_matchWhatTheCommandsRead() {
    OptionData query = definition(Command.PLAY).getOptions().get(0);
    OptionData level = definition(Command.VOLUME).getOptions().get(0);
    OptionData page = definition(Command.QUEUE).getOptions().get(0);

    assertThat(query.getName()).isEqualTo("query");
    assertThat(query.isRequired()).isTrue();
    assertThat(definition(Command.SEEK).getOptions()).extracting(OptionData::getName)
        .containsExactly("position");
    assertThat(level.getType()).isEqualTo(OptionType.INTEGER);
    assertThat(level.getMinValue()).isEqualTo(0L);
    assertThat(level.getMaxValue()).isEqualTo((long) MusicCommands.MAX_VOLUME);
    assertThat(page.isRequired()).isFalse();
    assertThat(definition(Command.MOVE).getOptions()).extracting(OptionData::getName)
        .containsExactly("from", "to");
    assertThat(definition(Command.REMOVE).getOptions()).extracting(OptionData::getName)
        .containsExactly("position");
    assertThat(definition(Command.LOOP).getOptions().get(0).getChoices())
        .extracting(Choice::getAsString).containsExactly("off", "track", "queue");
    assertThat(definition(Command.FILTER).getOptions().get(0).getChoices())
        .extracting(Choice::getAsString)
        .containsExactlyElementsOf(
            Arrays.stream(FilterPreset.values()).map(FilterPreset::key).toList());
    assertThat(definition(Command.SKIP).getOptions()).isEmpty();
  }
}
