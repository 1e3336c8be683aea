package dev.tonearm.testkit.discord.internal.jda;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's session controller without the five seconds it waits between two IDENTIFYs, a limit of
 * Discord's that the fake does not have, so that every shard logs in at once. The gateway URL of a
 * single JDA comes from here; shard managers ask {@code GET /gateway/bot}, as with Discord.
 */
public final class NoWaitSessionController extends SessionControllerAdapter {
  private final String gatewayUrl;

  /**
   * Creates the controller.
   *
   * @param gatewayUrl the fake's gateway URL
   */
  public NoWaitSessionController(String gatewayUrl) {
    this.gatewayUrl = gatewayUrl;
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  @Override
  protected void runWorker() {
    synchronized (lock) {
      if (workerHandle == null) {
        workerHandle = new QueueWorker(0L);
        workerHandle.start();
      }
    }
  }
}
