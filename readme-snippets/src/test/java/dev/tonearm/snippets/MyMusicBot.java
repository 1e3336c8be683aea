package dev.tonearm.snippets;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.GuildVoiceState;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * The bot of the README's fake Discord test: {@code /play query} joins the member's voice channel
 * and answers "Now playing". Joining goes through JDA's direct audio controller (opcode 4), as a
 * bot whose audio is Lavalink's does.
 */
final class MyMusicBot extends ListenerAdapter {
  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Member member = event.getMember();
    GuildVoiceState voice = member == null ? null : member.getVoiceState();
    if (!event.getName().equals("play") || voice == null || voice.getChannel() == null) {
      event.reply("Join a voice channel first.").setEphemeral(true).queue();
      return;
    }
    event.getJDA().getDirectAudioController().connect(voice.getChannel());
    event.replyEmbeds(new EmbedBuilder()
        .setTitle("Now playing")
        .setDescription(event.getOption("query", "", o -> o.getAsString()))
        .build()).queue();
  }
}
