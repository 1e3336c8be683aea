package dev.tonearm.testkit.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.hooks.VoiceDispatchInterceptor;

/**
 * JDA's voice dispatch interceptor as a Lavalink client installs it, noting each call as {@code
 * "state <channel id or none> <session id>"} or {@code "server <endpoint> <token>"}.
 */
final class RecordingInterceptor implements VoiceDispatchInterceptor {
  final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  public void onVoiceServerUpdate(VoiceServerUpdate update) {
    calls.add("server " + update.getEndpoint() + " " + update.getToken());
  }

  @Override
  public boolean onVoiceStateUpdate(VoiceStateUpdate update) {
    AudioChannel channel = update.getChannel();
    calls.add("state " + (channel == null ? "none" : channel.getId()) + " "
        + update.getVoiceState().getSessionId());
    return true;
  }

  List<String> kinds() {
    return calls.stream().map(call -> call.substring(0, call.indexOf(' '))).toList();
  }
}
