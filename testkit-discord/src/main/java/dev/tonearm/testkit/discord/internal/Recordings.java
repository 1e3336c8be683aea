package dev.tonearm.testkit.discord.internal;

import dev.tonearm.testkit.discord.Dispatch;
import dev.tonearm.testkit.discord.GatewayFrame;
import dev.tonearm.testkit.discord.GatewayHandshake;
import dev.tonearm.testkit.discord.RestCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the fake Discord received and sent, for assertions: gateway handshakes and frames,
 * dispatches and REST calls. Not thread-safe: the fake's lock guards it.
 */
public final class Recordings {
  private final List<GatewayHandshake> handshakes = new ArrayList<>();
  private final List<GatewayFrame> frames = new ArrayList<>();
  private final List<Dispatch> dispatches = new ArrayList<>();
  private final List<RestCall> restCalls = new ArrayList<>();

  /** @param handshake a connection the bot opened */
  public void add(GatewayHandshake handshake) {
    handshakes.add(handshake);
  }

  /** @param frame a frame the bot sent */
  public void add(GatewayFrame frame) {
    frames.add(frame);
  }

  /** @param dispatch a dispatch the fake sent or queued */
  public void add(Dispatch dispatch) {
    dispatches.add(dispatch);
  }

  /** @param call a REST call the bot made */
  public void add(RestCall call) {
    restCalls.add(call);
  }

  /** @return a snapshot of the handshakes */
  public List<GatewayHandshake> handshakes() {
    return List.copyOf(handshakes);
  }

  /** @return a snapshot of the frames */
  public List<GatewayFrame> frames() {
    return List.copyOf(frames);
  }

  /** @return a snapshot of the dispatches */
  public List<Dispatch> dispatches() {
    return List.copyOf(dispatches);
  }

  /** @return a snapshot of the REST calls */
  public List<RestCall> restCalls() {
    return List.copyOf(restCalls);
  }
}
